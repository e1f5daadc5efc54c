import { describe, expect, it } from 'vitest';
import type { Article, Claim, Doc, Region } from '../src/doc.js';
import { extractClaims } from '../src/stages/extract/claims.js';
import { foldWidth } from '../src/stages/normalize.js';
import { fixedTokens, segment } from '../src/stages/segment.js';

// Subjects (spec "Subject") on sentences of our own in the genre, a few wordings per rule: each
// case lists the subject of every claim of its text, in order.

const COUNTY: Region = {
  code: '530625', name: '永善县', level: 'county',
  province: '云南省', city: '昭通市', county: '永善县', town: null,
};

function subjects(body: string): (string | null)[] {
  const article: Article = {
    index: 0, title: null, date: null, source: null, authors: [],
    text: body, norm: foldWidth(body), tokens: segment(body), claims: [], region: COUNTY,
  };
  const doc: Doc = { id: 't', origin: 't', encoding: null, isHtml: false, raw: body, articles: [], warnings: [] };
  return extractClaims(article, doc).map((c: Claim) => c.subject?.replace(/[“”]/g, '') ?? null);
}

const cases: [string, string, (string | null)[]][] = [
  // the noun after a number-first classifier ends at a verb, an adverb, 每 or a 的
  ['number first, then a verb', '资助1.2万名困难职工子女顺利完成学业。', ['困难职工子女']],
  ['number first, then an adverb', '为3600名农村妇女免费开展“两癌”筛查。', ['农村妇女']],
  ['number first, then 每', '为85名留守儿童每人送去慰问品。', ['留守儿童']],
  ['one-character noun before a verb', '投入资金50万元为20个村建设儿童之家。', ['资金', '村']],
  ['number first, then an act', '全县86个村级妇联换届工作顺利完成。', ['妇联']],
  ['number first, then 的', '走访了12个村的260户困难家庭。', ['村', '困难家庭']],
  ['money first', '县妇联连续三年拨付20万元资金用于妇女之家建设。', ['资金']],
  ['money first after 的', '她每月领到600元的护理补贴。', ['护理补贴']],
  ['money first, 不等', '86名困难学生获得1000~3000元不等的助学金。', ['困难学生', '助学金']],
  // relative clauses after the classifier: the noun after their 的
  ['relative clause with 符合', '为420名符合救助条件的困难妇女发放救助金。', ['困难妇女']],
  ['relative clause with 有', '为56名有创业意愿的返乡女青年提供小额贷款。', ['返乡女青年']],
  ['relative clause with 从事', '全县有300余名从事家政服务的农村妇女参加了技能培训。', ['农村妇女']],
  ['relative verb without 的', '为18名患重病贫困母亲送去救助金。', ['患重病贫困母亲']],
  // the governing verb before the number; a verb before a head noun is part of the noun
  ['governing verb', '全年共培训留守妇女1300余人次,发放宣传资料5000余份。', ['留守妇女', '宣传资料']],
  ['money after its recipients and a verb', '为860名农民工追回欠薪1200万元。', ['农民工', '欠薪']],
  ['verb + noun after a verb', '办理法律援助案件230件。', ['法律援助案件']],
  ['verb + fund noun after a verb', '筹集慰问资金45万元,发放救助金12万元。', ['慰问资金', '救助金']],
  ['verb + one character', '举办家政培训班16期。', ['家政培训班']],
  ['verb + one character joined to a noun', '送去慰问金及慰问品折合4.5万元。', ['慰问金及慰问品']],
  ['a noun holding a verb', '全县现有女性村党组织书记48名。', ['女性村党组织书记']],
  ['verb as the object', '开展讲座20场,组织宣讲36次。', ['讲座', '宣讲']],
  ['measure after a verb', '全县妇女创业担保贷款发放总额达2.6亿元。', ['妇女创业担保贷款']],
  ['a measure that is one noun', '帮扶救助金额达3.5万元。', ['救助金额']],
  // scope, level and ordinal words are left out
  ['scope words', '全县各类妇女组织新发展会员800人。', ['会员']],
  // a one-character scope word (共, 全, 在) that begins a word of its own stays (共青团员, 全职, 在职);
  // 各, 该, 这 go whatever the segmenter glues to them
  ['共青团员 is no total', '全校共有学生1200人,其中共青团员560人。', ['学生', '共青团员']],
  ['共青团员 after a share', '共青团员860人,占青年职工总数的46.5%。', ['共青团员', '共青团员']],
  ['共 as a total still goes', '全县共青年志愿者服务队42支。', ['青年志愿者服务队']],
  ['全职 is no scope', '今年为高校毕业生提供全职岗位1200个。', ['全职岗位']],
  ['在职 is no preposition', '慰问在职困难职工320名、退休困难职工90名。', ['在职困难职工', '退休困难职工']],
  ['在校 is no preposition', '资助在校大学生46名。', ['在校大学生']],
  ['在 as a preposition still goes', '在全县建成妇女之家38个。', ['妇女之家']],
  ['各 glued to a place word', '各旗县妇联主席40余人参加培训。', ['旗县妇联主席']],
  ['这 glued to 一', '这一项目共投入资金120万元。', ['资金']],
  ['目前 is time scope', '目前辅助性就业残疾人126人。', ['辅助性就业残疾人']],
  ['a place named in full before a fund', '宝鸡市残疾人事业经费累计投入2.4亿元。', ['残疾人事业经费']],
  ['a place before women, not before its body', '延安市妇女创业担保贷款发放1.8亿元,延安市妇联筹集资金30万元。', ['妇女创业担保贷款', '资金']],
  // verbs of service and handing out govern the noun after them (subject-verbs.txt)
  ['解答 governs', '律师为女职工解答法律问题80余次。', ['法律问题']],
  ['播放 governs', '在车站滚动播放公益广告3万余次。', ['公益广告']],
  ['配发 governs', '为残疾儿童配发助听器120台。', ['助听器']],
  ['减免 governs', '为困难学生减免学杂费2.6万元。', ['学杂费']],
  // the fund an act of moving money takes it from (从…中列支/提取/拿出)
  ['从…中列支', '县妇联从妇女儿童事业经费中列支8万元。', ['妇女儿童事业经费']],
  ['从…中提取 after another verb', '团县委决定从希望工程专项资金中提取12万元资助寒门学子。', ['希望工程专项资金']],
  ['从…中拿出', '市妇联从爱心捐款中拿出5万元。', ['爱心捐款']],
  // a one-character place noun after a modifier closes the noun (扶贫重点县, 出列贫困村)
  ['place noun after a modifier', '支教队员将分赴全省20个扶贫重点县。', ['扶贫重点县']],
  ['not a place word of two characters', '组建5个医疗小组赶赴贫困地区开展筛查。', ['医疗小组']],
  // a count of acts (次, 场次) counts the act with the noun naming its kind (subject-act-units.txt)
  ['a count of acts', '全年开展巾帼志愿服务1600余次。', ['巾帼志愿服务']],
  ['a count of acts, another wording', '全年妇女维权法律咨询300余次。', ['妇女维权法律咨询']],
  ['not a count of things', '妇女之家已建成86个。', ['妇女之家']],
  // two verbs in a row: the one that acts on things governs (筹集|发放|慰问物资), a verb of a kind of
  // technique stays in the noun (推广|种植养殖技术)
  ['serial verbs of acting', '全县工会筹集发放慰问物资85万元。', ['慰问物资']],
  ['serial verbs, another wording', '各级妇联募集发放救助金36万元。', ['救助金']],
  ['an act verb after a noun is no serial verb', '举办相关家庭教育培训、宣传活动120余场(次)。', ['家庭教育培训、宣传活动']],
  ['a verb naming a kind of technique', '推广种植养殖技术12项。', ['种植养殖技术']],
  ['verbs of drawing money in (激活, 撬动)', '撬动社会资金2.3亿元。', ['社会资金']],
  // a list's next item with a quantity word of its own (一大批, 众多) is no part of the noun
  ['next item with a quantity word', '资助了1200多名贫困学生及一大批困难群众。', ['贫困学生']],
  // a change from a point of reference (由过去的…提至…): what changed stands before 由
  ['a change from before, money', '补助标准由过去的每人每月200元提高到300元。', ['补助标准', '补助标准']],
  ['a change from before, another wording', '救助标准从原来的每人3000元提高到5000元。', ['救助标准', '救助标准']],
  ['a change from the last term, a share', '女干部比例由上届的18%提高到26%。', ['女干部比例', '女干部比例']],
  ['a localizer that ends a word stays', '新建农村寄宿制初中12所,改扩建高中3所。', ['农村寄宿制初中', '高中']],
  ['a localizer after the noun goes', '全县设立的86个妇女之家中,有30个已挂牌。', ['妇女之家', '妇女之家']],
  ['连续N年 is time scope', '连续5年年增幅超过12%。', ['年增幅']],
  ['其余 is scope', '资金共120亿元,其余20亿元向社会募集。', ['资金', '资金']],
  ['a change from the last term, 上一届', '女代表比例由上一届的21%提高到26%。', ['女代表比例', '女代表比例']],
  ['only reached', '农村初中住校率只到38%。', ['农村初中住校率']],
  // overlapping verbs join only where the segmenter ends a word (发放|放贷|款: 贷款 is the noun)
  ['overlapping verbs inside a word', '该县累计发放贷款2437户1.2亿元。', ['贷款', '贷款']],
  ['overlapping verbs, another wording', '截至目前共发放贷款310万元。', ['贷款']],
  ['a preposition that begins a verb', '慰问品被送到100个帮扶中心。', ['帮扶中心']],
  ['an adverb right after the amount', '拨付资金26万元大力实施助残工程。', ['资金']],
  ['用来 ends the noun', '助学金共计17.5万元用来帮助困难家庭学生。', ['助学金']],
  ['a standard per person from … to', '将困难职工救助标准每人从700元提高到900元。', ['困难职工救助标准', '困难职工救助标准']],
  // money after a count of funds (三项助学金共计16.6万元): the fund counted, its parts too
  ['money after a count of funds', '争取3项助学金共计16.6万元。', ['助学金', '助学金']],
  ['money after a count of funds, parts', '争取2项补助资金260万元,其中省级81万元,市级73万元。', ['补助资金', '补助资金', '补助资金', '补助资金']],
  ['a joint right after the amount', '为困难职工每人发放现金600元和米面油票。', ['现金']],
  ['a joint right after the amount, another wording', '向每户送去慰问金500元及棉被一床。', ['慰问金']],
  // heads of training events after a verb of their kind (…素质提升培训班), per words (人均) at the end
  ['a training class after a verb', '举办了4期妇女素质提升培训班。', ['妇女素质提升培训班']],
  ['人均 at the end', '合作社社员人均达3.6万元。', ['合作社社员']],
  ['a list of persons before a verb that governs an amount', '累计为573名困难职工、农民工子女发放助学金145.9万元。', ['困难职工、农民工子女', '助学金']],
  ['an act counted in the next item is no governing verb', '新增残疾人就业1万人、实名制培训2万人。', ['残疾人', '实名制培训']],
  ['an age threshold inside the phrase', '为800名6岁以下残疾儿童实施抢救性康复。', ['残疾儿童']],
  ['a pronoun is scope', '小额贷款帮助她们增收730余万元。', ['增收']],
  ['the persons before 被', '全省残疾考生被各类院校录取488名。', ['残疾考生']],
  ['an adverb before a hedge', '农村留守儿童入托率还不到60%。', ['入托率']],
  ['level of a facility', '建成省级示范妇女之家5个、市级儿童之家12个。', ['示范妇女之家', '儿童之家']],
  ['joined levels', '创建国家和省级巾帼科技示范基地4个。', ['巾帼科技示范基地']],
  ['ordinal', '推出第二批巾帼就业岗位320个。', ['巾帼就业岗位']],
  ['level kept for a fund', '争取省级财政专项资金180万元。', ['省级财政专项资金']],
  ['an item of only a level word', '规划建设1个省级、3个市级妇女儿童活动中心。', ['妇女儿童活动中心', '妇女儿童活动中心']],
  // lists
  ['list with 等', '发放棉被、大米、食用油等慰问物资价值8万元。', ['慰问物资']],
  ['list with 等…的', '出台了创业扶持、技能培训等方面的优惠政策六条。', ['优惠政策']],
  ['nouns joined by 、 stay whole', '走访慰问困难妇女、留守儿童860人次。', ['困难妇女、留守儿童']],
  ['the previous item is not ours', '吸纳周边6个村以及邻县农村妇女900余人就业。', ['村', '邻县农村妇女']],
  ['verbs listed before 等', '开展种植、养殖、电商等实用技能培训28期。', ['实用技能培训']],
  ['items after one verb', '建成妇女之家120个、儿童之家35个、巾帼志愿服务站8个。', ['妇女之家', '儿童之家', '巾帼志愿服务站']],
  ['a place noun as its own classifier', '计划用两年时间实现6区8县全覆盖。', ['区', '县']],
  // people: persons, not what follows them, not a place or an act
  ['people end at the person noun', '全年免费筛查城乡妇女“两癌”1.2万人。', ['城乡妇女']],
  ['people then a preposition', '2000余名志愿者活跃在社区防疫一线。', ['志愿者']],
  ['people without a noun', '全县有1.5万人。', [null]],
  ['people after a preposition', '为困难职工子女助学860人次。', ['困难职工子女']],
  // a clause without a noun of its own takes its sentence's
  ['money after a fund', '共发放春蕾助学金26万元,每名学生受资助1000元。', ['春蕾助学金', '春蕾助学金']],
  ['money after its recipients', '发放救助金8.6万元,42户困难家庭每户获得2000元。', ['救助金', '困难家庭', '救助金']],
  ['fund counted, then its amount', '妇女小额贷款发放了150户900万元。', ['妇女小额贷款', '妇女小额贷款']],
  ['no noun at all', '市妇联投入200万元。', [null]],
  ['a fund named by its verb', '收到第一批爱心捐款36万元。', ['爱心捐款']],
  ['what a verb yields', '合作社当年就收获了12万元,该基地投资800万元。', [null, '投资']],
  ['a body that acts', '市总工会筹集600万元对困难职工进行帮扶。', [null]],
  // shares, changes and named rates
  ['share: the part', '女性占村“两委”成员总数的28.5%。', ['女性']],
  ['share after a count', '全县现有女干部2150人,占干部总数的38.6%。', ['女干部', '女干部']],
  ['change before 比', '女性委员比例比上届提高4.2个百分点。', ['女性委员比例']],
  ['named rate', '贷款按期还款率达到98%。', ['贷款按期还款率']],
  ['rate named after an act', '化解矛盾纠纷560件,化解成功率达97%。', ['矛盾纠纷', '化解成功率']],
  ['rate with a change verb', '农村妇女参保率提高到95%,贫困发生率降至1.2%。', ['参保率', '贫困发生率']],
  // quoted names
  ['modifier before a quoted name', '发放男女平等“宣传折页”3000份。', ['宣传折页']],
  ['quoted name kept with its noun', '举办“巾帼心向党”主题宣讲活动45场。', ['巾帼心向党主题宣讲活动']],
  ['counted items inside a quotation', '制定出台“2项制度、12项规范、15个流程”。', ['制度', '规范', '流程']],
  // counted honors: the title
  ['honor title after the recipients', '全县共有26户家庭被评为县级“文明家庭”。', ['文明家庭']],
  ['honor titles in a list', '评选表彰“巾帼建功标兵”15名、“最美家庭”30户。', ['巾帼建功标兵', '最美家庭']],
  ['honor with its level left out', '评选县级“最美家庭”80户。', ['最美家庭']],
  // a verb of aim (确保, 力争, 实现) before a rate is no part of its name; nor 是 of 分别是
  ['确保 before a rate', '确保全省困难职工帮扶率达到100%。', ['帮扶率']],
  ['实现 before a rate', '力争到2027年,实现职工书屋覆盖率达到90%。', ['职工书屋覆盖率']],
  ['实现 before a rate, no verb after', '实现全省妇联组织覆盖率100%。', ['妇联组织覆盖率']],
  ['分别是 before the parts', '培训妇女3000人,分别是农村妇女2000人、城镇妇女1000人。', ['妇女', '农村妇女', '城镇妇女']],
  // a rate whose name begins with a one-character scope word (达, 有, 对)
  ['达标率', '达标率100%。', ['达标率']],
  // a named rate is the rate; the persons it is of are its scope (spec "Subject": 就业率)
  ['persons before a rate', '全县残疾人就业率达到85%。', ['就业率']],
  ['persons with a description before a rate', '有就业意愿的农村妇女就业率达92%。', ['就业率']],
  ['persons before a rate, target', '力争全市困难职工子女入学率达到100%。', ['入学率']],
  ['a facility of persons keeps its name', '全市职工书屋覆盖率达到90%。', ['职工书屋覆盖率']],
  ['有效率', '调解有效率达到95%。', ['调解有效率']],
  ['对接成功率', '对接成功率85%。', ['对接成功率']],
  // a one-character place noun with its alternative in brackets, as written
  ['村(社区)', '在全省126个村(社区)建立妇女议事会。', ['村(社区)']],
  ['村(社区) closing the clause', '覆盖126个村(社区)。', ['村(社区)']],
  ['县(区)', '全市共有12个县(区)参加。', ['县(区)']],
  // a per-unit base between the thing paid and the amount is no part of it
  ['助学金每人', '发放助学金每人3000元。', ['助学金']],
  ['护理补贴每人每月', '为困难残疾人发放护理补贴每人每月80元。', ['护理补贴']],
  ['慰问金每户', '为困难家庭发放慰问金每户500元。', ['慰问金']],
  // a verb before 热线/工作站 is part of the facility's name
  ['援助热线', '设立法律援助热线8条。', ['法律援助热线']],
  ['服务热线', '全省开通服务热线15条。', ['服务热线']],
  ['援助工作站', '建成法律援助工作站56个。', ['法律援助工作站']],
  // 将 between the noun and the verb of a forecast, 预计 before it, 到位 of funds
  ['将达到', '预计到年底,全省参保残疾人将达到45万人。', ['参保残疾人']],
  ['将达到, a facility', '到2025年,全省妇女之家将达到1500个。', ['妇女之家']],
  ['预计…将突破', '预计全年参训职工将突破2万人次。', ['参训职工']],
  ['争取到位资金', '争取到位资金3200万元。', ['资金']],
  ['争取到位项目资金', '全年争取到位项目资金1.2亿元。', ['项目资金']],
  // a clause opening with a comparison counts the noun of the figure it compares
  ['比上年增加, a count', '全市新增就业岗位8000个,比上年增加1200个。', ['就业岗位', '就业岗位']],
  ['较上年增加, money', '发放创业贷款3亿元,较上年增加5000万元。', ['创业贷款', '创业贷款']],
  ['比上年增加, people', '全年培训农村妇女5000人,比上年增加800人。', ['农村妇女', '农村妇女']],
];

describe('subject', () => {
  for (const [name, text, want] of cases) {
    it(name, () => expect(subjects(text)).toEqual(want));
  }
});

// Another segmenter cuts words differently: the rules read characters, so cutting every character
// apart or every clause whole gives the same subjects wherever no one-character verb decides.
function subjectsCut(body: string, cut: 'chars' | 'clauses'): (string | null)[] {
  const tokens =
    cut === 'chars'
      ? [...body].map((word, i) => ({ word, start: i, end: i + 1 }))
      : [...body.matchAll(/[^,。、]+|[,。、]/g)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
  const article: Article = {
    index: 0, title: null, date: null, source: null, authors: [],
    text: body, norm: foldWidth(body), tokens: fixedTokens(tokens), claims: [], region: COUNTY,
  };
  const doc: Doc = { id: 't', origin: 't', encoding: null, isHtml: false, raw: body, articles: [], warnings: [] };
  return extractClaims(article, doc).map((c: Claim) => c.subject?.replace(/[“”]/g, '') ?? null);
}

// 每名学生|受|资助: only the segmenter tells the one-character verb 受 from a part of a word, 共|青年
// from 共青团员, 将 before a noun from a verb, and where two verbs overlap inside a word (发放|放贷|款)
const SEGMENTER_DECIDES = new Set(['money after a fund', 'overlapping verbs inside a word', 'overlapping verbs, another wording', 'a standard per person from … to', '共青团员 is no total', '共青团员 after a share', '全职 is no scope', '在职 is no preposition', '在校 is no preposition']);

describe('subject whatever the segmentation', () => {
  for (const [name, text, want] of cases.filter(([n]) => !SEGMENTER_DECIDES.has(n))) {
    it(name, () => {
      expect(subjectsCut(text, 'chars')).toEqual(want);
      expect(subjectsCut(text, 'clauses')).toEqual(want);
    });
  }
});
