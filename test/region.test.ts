import { describe, expect, it } from 'vitest';
import type { Article, Doc, Region } from '../src/doc.js';
import { placeLevel, regionOfName, regionOfText, regionWords, resolveRegions } from '../src/stages/region.js';
import { shortForms } from '../src/regions/names.js';
import { scan } from '../src/regions/scan.js';
import { processPage } from '../src/pipeline.js';
import { segment } from '../src/stages/segment.js';

// Region resolution on sentences written the way work-summary and county-paper articles are.

const chain = (r: Region | null) => (r ? [r.province, r.city, r.county, r.town] : null);

function article(text: string, index: number, title: string | null = null): Article {
  return { title, date: null, source: null, authors: [], text, index, norm: text, tokens: segment(text), claims: [], region: null };
}

function page(articles: [string | null, string][]): Doc {
  const arts = articles.map(([title, text], i) => article(text, i, title));
  const raw = articles.map(([t, x]) => `${t ?? ''}\n${x}`).join('\n\n');
  return { id: 'p', origin: 'p', encoding: 'utf-8', isHtml: false, raw, articles: arts, warnings: [] };
}

describe('names shared by several places are settled by their parents on the page', () => {
  it('朝阳区 of 长春 and of 北京', () => {
    const a = regionOfText('长春市朝阳区妇联召开执委会议，全区各街道妇联主席参加。');
    expect(a?.code).toBe('220104');
    expect(chain(a)).toEqual(['吉林省', '长春市', '朝阳区', null]);
    const b = regionOfText('北京市朝阳区妇联开展“最美家庭”评选活动，全区共评选出最美家庭20户。');
    expect(b?.code).toBe('110105');
    expect(b?.province).toBe('北京市');
  });

  it('朝阳区 alone is the municipality\'s (regions/prominent.tsv); 鼓楼区 alone, of two capitals, is left unresolved', () => {
    expect(regionOfText('朝阳区妇联开展“最美家庭”评选活动，全区共评选出最美家庭20户。')?.code).toBe('110105');
    expect(regionOfText('鼓楼区妇联开展“最美家庭”评选活动，全区共评选出最美家庭20户。')).toBeNull();
  });

  it('one place under two codes (三元区 of 三明市, renumbered after a merger) is the later code', () => {
    expect(regionOfText('三元区妇联开展家庭教育讲座，全区共举办讲座20场。')?.code).toBe('350404');
    expect(regionOfText('三明市三元区妇联召开执委会议，区妇联主席出席。')?.code).toBe('350404');
  });

  it('通州区 of 南通 (江苏) and of 北京: a district name shared by two provinces', () => {
    expect(regionOfText('南通市通州区妇联举办培训班。通州区共培训妇女300人。')?.code).toBe('320612');
    expect(regionOfText('通州区妇联举办培训班，为北京城市副中心建设贡献巾帼力量。')?.code).toBe('110112');
  });

  it('鼓楼区 exists in four cities: the named city decides', () => {
    expect(regionOfText('福州市鼓楼区妇联召开执委会。鼓楼区妇联主席出席。')?.code).toBe('350102');
    expect(regionOfText('南京市鼓楼区妇联召开执委会。鼓楼区妇联主席出席。')?.code).toBe('320106');
  });

  it('a short name shared by a province and a city: 吉林', () => {
    expect(regionOfText('吉林省妇联召开全省妇联主席会议，吉林各地妇联参加。')?.code).toBe('220000');
    const r = regionOfText('吉林市船营区妇联开展活动。吉林市妇联主席参加。');
    expect(r?.code).toBe('220204');
    expect(r?.city).toBe('吉林市');
  });

  it('a township name used in many counties (城关镇) needs its county', () => {
    expect(regionOfText('城关镇妇联开展活动，全镇妇女参加。')).toBeNull();
    const r = regionOfText('和林格尔县城关镇妇联开展“三八”节活动，全镇300余名妇女参加。');
    expect(r?.level).toBe('town');
    expect(r?.code).toBe('150123100');
    expect(chain(r)).toEqual(['内蒙古自治区', '呼和浩特市', '和林格尔县', '城关镇']);
  });
});

describe('self-references pin the level', () => {
  it('我县 / 全县 / 县妇联 make a county article county-level although the city is named', () => {
    const r = regionOfText('近年来，我县妇联围绕中心工作，全县培训妇女1000人。县妇联被昭通市妇联评为先进集体。永善县妇女工作走在前列。');
    expect(r?.code).toBe('530625');
    expect(r?.level).toBe('county');
  });

  it('全市 in a city article keeps it at city level although a county is named', () => {
    const r = regionOfText('昭通市妇联召开全市妇联工作会议，永善县妇联作交流发言。全市共培训妇女5万人次。');
    expect(r?.code).toBe('530600');
    expect(r?.level).toBe('city');
  });

  it('全市 in an article about a county-level city refers to that city', () => {
    const r = regionOfText('诸城市妇联召开全市妇女工作会议。我市共评选最美家庭200户，全市妇女积极参与潍坊市巾帼建功活动。');
    expect(r?.code).toBe('370782');
    expect(r?.level).toBe('county');
  });

  it('全市 goes to the city that acts, not to a county-level city named once', () => {
    const r = regionOfText('潍坊市妇联召开全市妇女工作会议。诸城市妇联作典型发言。全市共评选最美家庭200户。');
    expect(r?.code).toBe('370700');
  });

  it('该镇 / 全镇 make a township article town-level', () => {
    const r = regionOfText('恩平市大槐镇妇联开展三八节活动。该镇共评选最美家庭10户，全镇妇女踊跃参与。');
    expect(r?.code).toBe('440785108');
    expect(r?.level).toBe('town');
  });
});

describe('what is not the article’s place', () => {
  it('a destination listed after 赴 is not the region', () => {
    const r = regionOfText('诸城市妇联组织女企业家赴上海、北京、浙江等地参观学习，激发创业热情。全市共有女企业家协会会员106家。');
    expect(r?.code).toBe('370782');
  });

  it('a township visited by a county bureau leaves the article at county level', () => {
    const r = regionOfText('近日，镇赉县住建局质监站开展帮扶活动，深入黑鱼泡镇哈拉火村贫困户家中走访。');
    expect(r?.code).toBe('220821');
  });

  it.each([
    ['蒙山县召开庆祝三八妇女节暨表彰会', '3月4日,蒙山县召开庆祝三八妇女节暨表彰会。其中,蒙山镇妇联被评为先进集体。', '450423'],
    ['县妇联2023年工作总结', '今年以来,泸溪县妇联扎实推进各项工作。武溪镇妇联被评为省级先进集体,浦市镇12户家庭获评最美家庭。', '433122'],
    ['区妇联2017年工作总结', '区妇联扎实推进各项工作。2017年3月南宁市新江镇新乐村合作社荣获“巾帼脱贫示范基地”称号。', '450109'],
  ])('a town the summary of its county names is not the region: %s', (title, text, code) => {
    expect(regionOfText(text, title)?.code).toBe(code);
  });

  it('a town is the region of its own summary', () => {
    expect(regionOfText('今年以来,浦市镇妇联扎实推进各项工作,全镇培训妇女300人。', '浦市镇妇联2023年工作总结')?.code).toMatch(/^433122\d{3}$/);
  });

  it('everyday words that are also place names are not places', () => {
    // 安康市, 长治市, 同心县, 平安区, 文化街道 …
    expect(regionOfText('建设幸福安康家园，推进平安家庭创建，确保长治久安，与党建同心同向，依托文化馆开展文化活动。')).toBeNull();
    expect(regionOfText('示范县创建工作扎实推进。')).toBeNull();
  });

  it('a development zone never wins over a real county', () => {
    const r = regionOfText('寿光市妇联联合潍坊滨海经济技术开发区妇联开展活动，潍坊滨海经济技术开发区共有妇女之家30个。');
    expect(r?.code).toBe('370783');
  });
});

describe('short, literary and former names', () => {
  it('derives short forms from official names', () => {
    expect(shortForms('永善县', 'county')).toEqual(['永善']);
    expect(shortForms('恩施土家族苗族自治州', 'city')).toEqual(['恩施']);
    expect(shortForms('莫莫格蒙古族乡', 'town')).toEqual(['莫莫格']);
    expect(shortForms('内蒙古自治区', 'province')).toEqual(['内蒙古']);
    expect(shortForms('漳县', 'county')).toEqual([]);
  });

  it('a short name counts when the page backs it', () => {
    const r = regionOfText('永善妇联开展“巾帼建功”活动，昭通各地妇女踊跃参与。');
    expect(r?.code).toBe('530625');
  });

  it('hand-kept aliases: former names and newspapers', () => {
    expect(regionOfText('襄樊市妇联开展家庭教育宣传周活动。')?.code).toBe('420600');
    expect(regionOfText('来源：大众网\n市妇联开展“巾帼建功”活动。')?.code).toBe('370000');
  });
});

describe('pages with several articles', () => {
  it('a county article and a city article keep their own regions; an article without evidence gets none', () => {
    const doc = page([
      ['永善县妇联：巾帼建功展风采', '近年来，永善县妇联团结带领全县妇女投身乡村振兴。永善县妇联被评为先进集体，全县培训妇女2300余人，县妇联争取创业贷款5666万元。'],
      ['市退役军人事务局开展五“家”创建', '昭通市退役军人事务局在全市退役军人系统开展创建活动，全市共走访慰问65691人次。'],
      [null, '近日，妇联干部深入社区开展走访慰问，送去慰问金2万元。'],
    ]);
    resolveRegions(doc);
    expect(doc.articles.map((a) => a.region?.code ?? null)).toEqual(['530625', '530600', null]);
  });

  it('a brief that names only its township gets the township under the page’s county', () => {
    const doc = page([
      ['不忘初心跟党走', '镇赉县妇联团结带领全县妇女建功立业，全县各级妇联组织紧紧围绕中心工作。镇赉县被评为示范县。'],
      [null, '镇赉镇党委坚持和完善各种制度，建立群众来信来访工作机制。(邹立杰)'],
    ]);
    resolveRegions(doc);
    expect(doc.articles[0].region?.code).toBe('220821');
    expect(doc.articles[1].region?.code).toBe('220821100');
    expect(chain(doc.articles[1].region)).toEqual(['吉林省', '白城市', '镇赉县', '镇赉镇']);
  });

  it('a city paper’s page of briefs from several counties: each its own place, a placeless brief the city', () => {
    const doc = page([
      ['台山市妇联开展“三八”维权周活动', '本报讯 台山市妇联日前开展“三八”维权周宣传活动，发放宣传资料2000余份。'],
      [null, '开平市赤坎镇妇联组织妇女参加技能培训，该镇共有120名妇女参训。'],
      [null, '鹤山市妇联联合市人社局举办招聘会，提供岗位500个。'],
      [null, '近日，市妇联深入社区走访慰问困难妇女，送去慰问金3万元。'],
    ]);
    resolveRegions(doc);
    // the brief says 市妇联: the city its page's other stories are from
    expect(doc.articles.map((a) => a.region?.code)).toEqual(['440781', '440783109', '440784', '440700']);
  });

  it('two counties named alike leave the article at their city', () => {
    const r = regionOfText('昭通市永善县、镇雄县两地妇联联合开展“巾帼建功”活动，永善县、镇雄县各有200名妇女参加。');
    expect(r?.code).toBe('530600');
  });

  it('the page’s furniture is no evidence: a site name, footer or sidebar that cleaning removed', () => {
    const doc = page([['汇聚巾帼力量', '该镇妇联开展“最美家庭”评选，全镇共评出最美家庭20户。']]);
    doc.isHtml = true;
    doc.raw = '<html><head><title>汇聚巾帼力量_江门新闻网</title></head><body><div class="side">恩平市大槐镇妇联开展“最美家庭”评选</div><p>该镇妇联开展“最美家庭”评选，全镇共评出最美家庭20户。</p><footer>江门日报社主办</footer></body></html>';
    resolveRegions(doc);
    expect(doc.articles[0].region).toBeNull();
  });

  it('a source line is evidence: 某某日报, 县融媒体中心', () => {
    const doc = page([['汇聚巾帼力量', '该镇妇联开展“最美家庭”评选，全镇共评出最美家庭20户。']]);
    doc.articles[0].source = '镇赉县融媒体中心';
    resolveRegions(doc);
    expect(doc.articles[0].region?.code).toBe('220821');
  });
});

describe('what counts as evidence of the article’s place', () => {
  it('one passing mention in the body is not the article’s place', () => {
    expect(regionOfText('共享充电宝涨价引发关注。业内人士分析了原因。8月8日，在成都温江五医院住院的付小姐借了充电宝被扣款8元。多家企业回应称价格调整属于市场行为。')).toBeNull();
  });

  it('a short city name the article names as a word, more than once, counts (武汉, not 阿里 of 阿里巴巴)', () => {
    const regionOf = (text: string) => processPage({ id: 't', origin: 't', text, kind: 'text' }).articles[0].region?.code ?? null;
    expect(regionOf('武汉的志愿者车队每天接送医护人员。快递小哥汪勇说，武汉一定能挺过去。')).toBe('420100');
    // once is a passing mention; inside a company's name it is no place
    expect(regionOf('快递小哥汪勇每天接送医护人员。他说，武汉一定能挺过去。')).toBeNull();
    expect(regionOf('阿里巴巴发布芯片。阿里巴巴表示，阿里云将继续投入研发。')).toBeNull();
  });

  it('phrases that hold a place name name no place: 北京时间, 阿里巴巴, 比如', () => {
    expect(scan('北京时间9月11日凌晨，阿里巴巴发布芯片，比如县级市场').map((h) => h.key)).not.toContain('北京');
    expect(regionOfText('北京时间9月11日凌晨消息，苹果发布新手机。北京时间12日，新品开始预售。')).toBeNull();
  });

  it('towns of cities without counties, 盟, 州, 地区 and municipalities’ districts', () => {
    const cases: [string, string, (string | null)[]][] = [
      ['东莞市虎门镇妇联开展三八节活动，全镇300余名妇女参加。', '441900121', ['广东省', '东莞市', null, '虎门镇']],
      ['中山市小榄镇妇联举办家庭教育讲座12场。', '442000100', ['广东省', '中山市', null, '小榄镇']],
      ['儋州市那大镇妇联组织妇女参加技能培训。', '460400100', ['海南省', '儋州市', null, '那大镇']],
      ['嘉峪关市雄关街道妇联开展走访慰问。', '620201001', ['甘肃省', '嘉峪关市', null, '雄关街道']],
      ['锡林郭勒盟妇联召开全盟妇联工作会议。', '152500', ['内蒙古自治区', '锡林郭勒盟', null, null]],
      ['黔东南州妇联开展活动，全州共建成妇女之家。', '522600', ['贵州省', '黔东南苗族侗族自治州', null, null]],
      ['阿勒泰地区妇联召开会议，评选最美家庭。', '654300', ['新疆维吾尔自治区', '阿勒泰地区', null, null]],
      ['重庆市万州区妇联开展活动，全区共有妇女之家300个。', '500101', ['重庆市', '重庆市', '万州区', null]],
      ['浦东新区妇联开展巾帼建功活动，全区共有妇女之家300个。', '310115', ['上海市', '上海市', '浦东新区', null]],
    ];
    for (const [text, code, want] of cases) {
      const r = regionOfText(text);
      expect(r?.code, text).toBe(code);
      expect(chain(r), text).toEqual(want);
    }
  });
});

describe('placeLevel and regionOfName', () => {
  it('levels of honor prefixes', () => {
    expect(placeLevel('潍坊市级')).toBe('city');
    expect(placeLevel('诸城市级')).toBe('county');
    expect(placeLevel('江门市')).toBe('city');
    expect(placeLevel('恩平市')).toBe('county');
    expect(placeLevel('吉林省')).toBe('province');
    expect(placeLevel('昭通市委')).toBe('city');
    expect(placeLevel('潍坊')).toBe('city');
    expect(placeLevel('诸城')).toBe('county');
    expect(placeLevel('大槐镇')).toBe('town');
    expect(placeLevel('北京市级')).toBe('province');
    expect(placeLevel('全国')).toBeNull();
    expect(placeLevel('市级')).toBeNull();
    // everyday words and towns' short forms are not place names here
    expect(placeLevel('创新示范基地')).toBeNull();
    expect(placeLevel('城区')).toBeNull();
  });

  it('a shared name is settled by the hint', () => {
    expect(regionOfName('朝阳区', regionOfText('长春市妇联召开会议'))?.code).toBe('220104');
    expect(regionOfName('朝阳区')).toBeNull();
    expect(regionOfName('永善')?.code).toBe('530625');
  });
});

describe('the word list for the segmenter', () => {
  it('holds full names and short forms, not everyday words; towns on request', () => {
    const words = new Set(regionWords());
    for (const w of ['永善县', '永善', '诸城', '定西市', '镇赉', '甘肃']) expect(words.has(w)).toBe(true);
    for (const w of ['平安', '城区', '大槐镇']) expect(words.has(w)).toBe(false);
    expect(new Set(regionWords({ towns: true })).has('大槐镇')).toBe(true);
  });
});

describe('speed', () => {
  it('one pass: time grows linearly with the text', () => {
    regionOfText('预热');
    const unit = '近年来，永善县妇联团结带领全县妇女投身乡村振兴，昭通市妇联给予肯定，溪洛渡街道妇女踊跃参与。';
    const small = unit.repeat(100);
    const big = unit.repeat(1000);
    // The best of a few runs: a shared machine's noise and garbage collection only add time.
    const time = (t: string) => {
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const s = performance.now();
        regionOfText(t);
        best = Math.min(best, performance.now() - s);
      }
      return best;
    };
    time(small);
    time(big);
    const ts = time(small);
    const tb = time(big);
    expect(regionOfText(big)?.code).toBe('530625');
    // 10× the text: generously under 40× the time (a quadratic pass would take ~100×).
    expect(tb).toBeLessThan(Math.max(ts, 1) * 40);
  });

  it('scans a page into hits without overlapping', () => {
    const hits = scan('恩平市大槐镇妇联、镇赉县妇联与全县妇女');
    expect(hits.map((h) => h.key)).toEqual(['恩平市', '大槐镇', '镇赉县', '全县']);
  });
});

describe('a self-reference vouches for a short name said once', () => {
  it('本市 … 天津 in a page that names no other place', async () => {
    const { processPage } = await import('../src/pipeline.js');
    const region = (text: string) => processPage({ id: 'x', origin: 'x', text, kind: 'text' }).articles[0]?.region?.code ?? null;
    expect(region('据了解,近两年来,本市工会系统认真落实工作部署,全市工会系统走访慰问困难职工36.7万人次,为构建和谐天津做出了积极贡献。')).toBe('120000');
    // a destination is no evidence of the article's own place
    expect(region('近两年来,本县妇联组织妇女骨干赴上海学习考察,全县共培训妇女骨干300人,取得了积极成效。')).toBeNull();
  });
});

describe('the addressees of a notice are not its place', () => {
  it.each([
    ['关于表彰全省三八红旗手的决定', '各市州、直管市、神农架林区妇联:\n为表彰先进,省妇联决定授予100名同志“湖北省三八红旗手”称号。', '420000'],
    ['关于开展最美家庭评选的通知', '各县(市、区)妇联:\n为深入推进家庭文明建设,宜昌市妇联决定开展评选活动。', '420500'],
  ])('%s', async (title, text, code) => {
    const { processPage } = await import('../src/pipeline.js');
    const [a] = processPage({ id: 'n', origin: 'n', text: `${title}\n${text}`, kind: 'text' }).articles;
    expect(a.region?.code).toBe(code);
    expect(a.title).toBe(title);
    expect(a.text).not.toContain('各');
  });
});

describe('a place named once as a part of the figures is not the article’s place', () => {
  // (a page of one article lends itself no prior: its own evidence counted twice made the county
  // of a breakdown outweigh the city whose body acts in the headline)
  it.each([
    ['长沙市妇联扎实推进巾帼家政服务', '今年以来,市妇联共培训家政服务人员3000余人,其中浏阳市800人。', '430100'],
    ['黔东南州妇联扎实推进巾帼家政服务', '今年以来,州妇联共培训家政服务人员3000余人,其中凯里市800人。', '522600'],
    ['黔东南州妇联扎实推进巾帼家政服务', '今年以来,州妇联共培训家政服务人员3000余人,其中凯里市800人、黎平县500人。', '522600'],
    ['泰州市总工会开展送温暖活动', '市总工会共走访慰问困难职工1200户,其中兴化市300户。', '321200'],
  ])('%s', (title, text, code) => {
    const d = page([[title, text]]);
    resolveRegions(d);
    expect(d.articles[0].region?.code).toBe(code);
    expect(regionOfText(text, title)?.code).toBe(code);
  });

  it('the county stays the place where it acts or the article refers to it', () => {
    const cases: [string, string, string][] = [
      ['浏阳市妇联扎实推进巾帼家政服务', '今年以来,浏阳市妇联共培训家政服务人员800余人,长沙市妇联给予指导。', '430181'],
      ['长沙:浏阳市妇联开展家政培训', '今年以来,市妇联共培训家政服务人员800余人。', '430181'],
      ['凯里市妇联开展巾帼家政培训', '凯里市妇联联合黔东南州人社局,共培训家政服务人员800人。', '522601'],
    ];
    for (const [title, text, code] of cases) {
      const d = page([[title, text]]);
      resolveRegions(d);
      expect(d.articles[0].region?.code, title).toBe(code);
    }
  });
});

describe('全州 is the whole prefecture unless 全州县’s city or province is on the page', () => {
  it.each([
    ['州妇联召开全州妇联主席会议', '会议总结了全州妇联工作。去年,全州共创建巾帼示范基地42个。海西州妇联主席作工作报告。', '632800'],
    ['全州妇女儿童工作会议召开', '一年来,全州共培训农村妇女1.2万人次。黔南州妇联主席出席会议。', '522700'],
    ['全州县妇联召开执委会议', '会议总结了全县妇联工作。去年,全州县共创建巾帼示范基地42个。', '450324'],
    ['桂林市全州县:妇联助力乡村振兴', '全州妇联组织开展培训,共培训妇女300人。', '450324'],
  ])('%s', (title, text, code) => {
    const d = page([[title, text]]);
    resolveRegions(d);
    expect(d.articles[0].region?.code).toBe(code);
  });
});

describe('an article that only says 我县: the outlet that runs the page, where exactly one fits', () => {
  const regionOf = (text: string, kind: 'text' | 'html' = 'text') =>
    processPage({ id: 't', origin: 't', text, kind }).articles.map((a) => a.region?.code ?? null);
  const body = '我县召开妇女儿童工作会议\n\n2月23日,我县召开妇女儿童工作会议。五年来,全县共培训农村妇女1.2万人次,县妇联主席作工作报告。\n';

  it('a breadcrumb or site line of a county outlet (text dump)', () => {
    expect(regionOf(`您当前的位置 : 永嘉网 -> 新闻中心 -> 正文\n${body}`)).toEqual(['330324']);
    expect(regionOf(`首页 > 兴仁新闻 > 本地要闻\n${body}`)).toEqual(['522302']);
  });

  it('a county-level city’s outlet fits 我市', () => {
    const shi = body.replace(/县/g, '市');
    expect(regionOf(`义乌新闻网 > 时政要闻\n${shi}`)).toEqual(['330782']);
  });

  it('the <title> of an HTML page (the place inside the outlet’s name: 某县人民政府网)', () => {
    const html = (title: string) =>
      `<html><head><title>${title}</title></head><body><h1>我县召开妇女儿童工作会议</h1><p>2月23日,我县召开妇女儿童工作会议。五年来,全县共培训农村妇女1.2万人次,县妇联主席作工作报告。</p></body></html>`;
    expect(regionOf(html('我县召开妇女儿童工作会议_永嘉网'), 'html')).toEqual(['330324']);
    expect(regionOf(html('我县召开妇女儿童工作会议 - 兴仁县人民政府网'), 'html')).toEqual(['522302']);
  });

  it('no outlet that fits, or more than one, leaves the region empty', () => {
    // a city's portal: 温州 does not end in 县
    expect(regionOf(`温州网 > 县市新闻\n${body}`)).toEqual([null]);
    // two counties' channels in one menu
    expect(regionOf(`瑞安新闻 | 永嘉新闻 | 平阳新闻\n${body}`)).toEqual([null]);
    // no outlet at all
    expect(regionOf(body)).toEqual([null]);
    // national outlets whose names begin like a place's (凤凰网 is no site of 凤凰县, 光明网 none of 光明区)
    expect(regionOf(`凤凰网 > 资讯频道\n${body}`)).toEqual([null]);
    expect(regionOf(`光明网 > 时政\n${body}`)).toEqual([null]);
  });

  it('a body named as the page\'s masthead: alone on a line, after 版权所有/主办, after a <title> separator', () => {
    const shi = '市总工会召开全委会议\n\n2月6日,市总工会召开全委会议。一年来,全市各级工会共走访慰问困难职工9600人次。\n';
    expect(regionOf(`宜昌市总工会\n首页 > 工会动态\n${shi}`)).toEqual(['420500']);
    expect(regionOf(`${shi}上一篇:全市工会举办职工技能大赛\n版权所有 共青团宝鸡市委员会 陕ICP备14000000号\n`)).toEqual(['610300']);
    expect(regionOf(`${shi}主办单位:绵阳市妇女联合会 地址:涪城区\n`)).toEqual(['510700']);
    const html = `<html><head><title>市总工会召开全委会议-宜昌市总工会</title></head><body><h1>市总工会召开全委会议</h1><p>2月6日,市总工会召开全委会议。一年来,全市各级工会共走访慰问困难职工9600人次。</p></body></html>`;
    expect(regionOf(html, 'html')).toEqual(['420500']);
    // a traditional page: its masthead read in simplified characters
    expect(regionOf('市總工會召開全委會議\n\n2月6日,市總工會召開全委會議。一年來,全市各級工會共走訪慰問困難職工9600人次。\n版權所有 太原市總工會 晉ICP備09001188號\n')).toEqual(['140100']);
  });

  it('a body named inside a sentence or a related headline is no masthead', () => {
    const shi = '市总工会召开全委会议\n\n2月6日,市总工会召开全委会议。一年来,全市各级工会共走访慰问困难职工9600人次。\n';
    expect(regionOf(`${shi}上一篇:宜昌市总工会举办职工技能大赛\n`)).toEqual([null]);
    expect(regionOf(`${shi}相关新闻:宜昌市妇联召开执委会,襄阳市总工会开展送温暖\n`)).toEqual([null]);
    // a masthead that does not fit the self-reference (a county's body for 全市)
    expect(regionOf(`远安县总工会\n${shi}`)).toEqual([null]);
  });

  it('an article that names its place keeps it, whatever the outlet', () => {
    expect(regionOf(`永嘉网 -> 新闻中心\n岳阳县妇联召开执委会议\n\n近日,岳阳县妇联召开执委会议,全县共评选最美家庭50户。\n`)).toEqual(['430621']);
  });
});

describe('a key that is one unit’s full name and another’s short name', () => {
  it('沙县 is 沙县 (its own code), 沙县区 is the district', () => {
    expect(regionOfText('3月10日,沙县妇联召开执委扩大会议,县妇联主席总结了全县妇女工作。')?.code).toBe('350427');
    expect(regionOfText('三明市沙县区妇联召开执委会议,区妇联主席作工作报告。')?.code).toBe('350405');
  });

  it('a tie of levels still goes to the higher one (思茅: 普洱市 before 思茅区)', () => {
    expect(regionOfText('思茅各界妇女代表齐聚一堂,共话发展。')?.code).toBe('530800');
  });
});

describe('a province’s short name said once, with 全省 or 全区', () => {
  it.each([
    ['今年上半年,辽宁积极引导城乡妇女参与创业,全省共新发放贷款9.63亿元。', '210000'],
    ['今年,广西积极推进巾帼家政,全区共培训家政人员3万人次。', '450000'],
    ['一年来,浙江各级妇联积极作为,全省共建成妇女之家2.1万个。', '330000'],
  ])('%s', (text, code) => {
    expect(regionOfText(text)?.code).toBe(code);
  });

  it('a destination is no evidence, 全省 or not', () => {
    expect(regionOfText('我市妇女代表赴浙江学习,在全省妇联系统表彰大会上,我市获奖3项。')).toBeNull();
  });
});

describe('a bare date line between the first headline and its story', () => {
  it('keeps the headline (and gives the date)', () => {
    const text = '某某市妇联三项措施助力巾帼扶贫\n\n08.05.2017  13:16\n\n一是着力增强脱贫信心。全市累计4万多户家庭参与。\n';
    const [a] = processPage({ id: 't', origin: 't', text, kind: 'text' }).articles;
    expect([a.title, a.date]).toEqual(['某某市妇联三项措施助力巾帼扶贫', '2017-05-08']);
  });
});

describe('a development zone named after its city (合肥高新区) is the city’s', () => {
  it.each([
    ['今年前三季度,合肥高新区新签约项目62个,总投资额达386亿元。', '340100'],
    ['武汉经开区全年引进外资项目120个。', '420100'],
  ])('%s', (s, code) => {
    expect(regionOfText(s)?.code).toBe(code);
  });
  it('counter-example: a zone word alone names no place', () => {
    expect(regionOfText('高新区全年引进项目120个。')).toBeNull();
  });
});
