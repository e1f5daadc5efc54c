import { describe, expect, it } from 'vitest';
import type { Article, Doc } from '../src/doc.js';
import { extractClaims } from '../src/stages/extract/claims.js';
import { foldWidth } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';

// Sentences of our own in the genre, several wordings per rule: which claims break down a total
// (partOf) and which do not. A link is written "part→total" with the number expressions as written.

function links(text: string): string[] {
  const article: Article = {
    index: 0, title: null, date: null, source: null, authors: [], url: null,
    text, norm: foldWidth(text), tokens: segment(text), claims: [], region: null,
  };
  const doc: Doc = { id: 't', origin: 't', encoding: null, isHtml: false, raw: text, articles: [], warnings: [] };
  const claims = extractClaims(article, doc);
  const expr = (span: [number, number]) => text.slice(span[0], span[1]);
  for (const c of claims) {
    // every link points at a claim of the same article
    if (c.partOf) expect(claims.some((x) => x.span[0] === c.partOf![0] && x.span[1] === c.partOf![1])).toBe(true);
  }
  return claims.filter((c) => c.partOf).map((c) => `${expr(c.span)}→${expr(c.partOf!)}`);
}

type Case = [string, string[]];

function run(cases: Case[]): void {
  for (const [body, want] of cases) {
    it(body, () => {
      expect(links(body)).toEqual(want);
    });
  }
}

describe('其中 after a total', () => {
  run([
    ['全年培训妇女3500人,其中农村妇女2000人。', ['2000→3500']],
    ['选配村级妇联执委1260名,其中党员480名、致富能手230名。', ['480→1260', '230→1260']],
    ['发放创业担保贷款8600万元,扶持妇女创业1200人,其中贫困妇女380人。', ['380→1200']],
    ['共筹集助学资金120万元,用于资助困难学生,其中社会捐款45万元。', ['45万→120万']],
    // a sentence opened by 其中 breaks down the last figures before it
    ['全县共有女性人大代表86名。其中,乡镇人大代表61名,县人大代表25名。', ['61→86', '25→86']],
    ['县妇联共争取项目资金300万元。其中,省妇联支持120万元,市妇联支持80万元,县财政配套100万元。', ['120万→300万', '80万→300万', '100万→300万']],
    ['今年为困难职工子女发放助学金30余万元。据了解,受助学生多为农民工子女。其中,大学生96人获得资助,高中生40人获得资助。', []],
  ]);
});

describe('nested breakdowns point to their immediate total', () => {
  run([
    ['全年发放贷款5000万元,其中创业贷款3200万元,其中女大学生创业贷款600万元。', ['3200万→5000万', '600万→3200万']],
    // a semicolon ends the breakdown: the next clause has its own total
    ['全年投入资金800万元,其中市级资金500万元,同比增长12%;县级配套资金260万元,占县级总投入的40%。', ['500万→800万']],
  ]);
});

describe('包括, 含, 分别, 尤其, 特别是', () => {
  run([
    ['建成妇女之家126个,包括省级示范妇女之家12个。', ['12→126']],
    ['慰问困难妇女680人(含单亲母亲150人)。', ['150→680']],
    ['举办培训班12期,培训妇女600人(其中贫困妇女230人)。', ['230→600']],
    ['共投入资金90万元,市、县两级分别投入60万元和30万元。', ['60万→90万', '30万→90万']],
    ['市妇联投入资金100万元,县、乡两级分别投入50万元和30万元。', []],
    ['全县累计改造农村危房1800户。尤其是偏远山区完成改造620户。', ['620→1800']],
    ['帮扶残疾人就业320人,特别是安置重度残疾人就业45人。', ['45→320']],
  ]);
});

describe('honors break down honors of the same title', () => {
  run([
    ['全市共评选出“最美家庭”50户,其中5户被评为全国“最美家庭”。', ['5→50']],
    ['表彰三八红旗手30名、三八红旗集体10个。其中,刘英被评为全国三八红旗手。', ['全国三八红旗手→30']],
    ['表彰三八红旗手30名。其中,王丽家庭被评为全国“最美家庭”。', []],
    ['全县共有80个集体被授予“巾帼文明岗”称号,其中全国级3个,省级10个,市级27个,县级40个。', ['3→80', '10→80', '27→80', '40→80']],
  ]);
});

describe('a total ending in 中 or a colon', () => {
  run([
    ['在新建的100个妇女之家中,村级妇女之家68个。', ['68→100']],
    ['全市3200名受助学生中,女生1700名。', ['1700→3200']],
    ['全年培训妇女5000人:农村妇女3200人、城镇妇女1800人。', ['3200→5000', '1800→5000']],
  ]);
});

describe('a list with no introducing word only where it adds up exactly', () => {
  run([
    ['对全县45名困难妇女进行救助,对15名重病妇女每人发放救助金2000元,对30名困难妇女每人发放慰问金500元。', ['15→45', '30→45']],
    ['县总工会筹集资金25万元,为40名困难职工发放救助金16万元,为30名劳动模范发放慰问金9万元。', ['16万→25万', '9万→25万']],
    // no total word, or parts that do not add up: no link
    ['建成示范基地10个,妇女之家5个,儿童之家5个。', []],
    ['投入资金100万元,争取上级资金60万元,社会捐赠30万元。', []],
    // a difference adds up too, but after a semicolon the figures stand on their own
    ['全年进口额3100万元;出口额800万元,逆差2300万元。', []],
    ['全县共培训妇女600人,举办培训班20期,开展宣讲30场,发放资料1万份。', []],
    // an exact sum of things that are not what the total counts
    ['全县共建成妇女之家200个,儿童之家120个,农家书屋80个。', []],
    ['全市共帮扶困难家庭500户,新建庭院300户,改造厨厕200户。', []],
    ['共为全县200名困难职工发放慰问金,为120名困难职工每人发放1000元,为80名困难职工每人发放500元。', ['120→200', '80→200']],
  ]);
});

describe('not parts: other things counted, per-unit amounts, shares and outcomes', () => {
  run([
    // money is not a part of people, nor 户 of 人
    ['帮扶困难妇女260人,其中发放慰问金12万元。', []],
    ['走访困难家庭300户,其中慰问困难妇女120人。', []],
    // a per-unit amount and a share
    ['资助困难学生200名,其中每人资助1000元。', []],
    ['全市现有女干部3.4万人,其中女性占干部总数的41%。', []],
    // an outcome of a screening is not a part of it
    ['免费筛查农村妇女6800人,发现患者20人。', []],
    // too far back: the 其中 breaks down something of its own
    ['为130余名妇女开展维权服务,发动女企业家捐款捐物,为疫情防控贡献力量,其中16名基层女干部事迹被报道。', []],
    // a part larger than the total cannot be one
    ['培训家政人员300人,其中累计培训各类人员5000人。', []],
    // 包括…在内: the figure is the total itself
    ['录制包括政策解读、技能培训等在内的课程51期。', []],
  ]);
});

describe('分别为/分别是/分别有 opening the clause after a total', () => {
  run([
    ['新建妇女之家45个,分别为城市社区20个、农村25个。', ['20→45', '25→45']],
    ['培训妇女3000人,分别是农村妇女2000人、城镇妇女1000人。', ['2000→3000', '1000→3000']],
    ['全省建成职工书屋500家,分别有国家级80家、省级420家。', ['80→500', '420→500']],
    // 分别为 after a subject is "for each": contributions side by side, no total
    ['市、县两级分别为困难妇女发放慰问金30万元和20万元。', []],
  ]);
});

describe('people among the people honored', () => {
  run([
    ['评选出“最美巾帼奋斗者”10名,其中农村妇女6名。', ['6→10']],
    ['表彰三八红旗手100名,其中基层一线妇女65名。', ['65→100']],
    ['全省有36名青年获得“中国青年五四奖章”,其中女青年12名。', ['12→36']],
    // honored groups are no total of the people trained after them
    ['表彰三八红旗手100名,培训妇女500名。', []],
  ]);
});
