import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Doc, PageInput } from '../../src/doc.js';
import { claimRecords, processPage } from '../../src/pipeline.js';
import { decodeInput } from '../../src/stages/decode.js';
import { dropPinyinGlosses, foldWidth, simplifyPage, toSimplified } from '../../src/stages/normalize.js';

// Traditional-script pages: mainland work summaries republished in traditional characters (Taiwan,
// Hong Kong or OpenCC-standard forms, UTF-8 or Big5, plain text or a portal page) give the same
// headlines, regions and claims as the simplified text. Passages are our own, in the genre.

type Convert = (s: string) => string;
const OpenCC = createRequire(import.meta.url)('opencc-js') as { Converter(o: { from: string; to: string }): Convert };
const to = (v: string): Convert => OpenCC.Converter({ from: 'cn', to: v });
const TW = to('tw');
const HK = to('hk');
const T = to('t');
/** The punctuation of some Big5 gateways: small form variants (﹐﹔﹪﹙﹚) and ‧ for ·. */
const SMALL: Record<string, string> = { '，': '﹐', '；': '﹔', '%': '﹪', '（': '﹙', '）': '﹚', '：': '﹕', '·': '‧' };
const smallForms = (s: string) => s.replace(/[，；%（）：·]/g, (c) => SMALL[c]);

const PASSAGES: Record<string, string> = {
  'county federation, Zhejiang': [
    '桐乡市妇联2023年工作综述',
    '2023年，桐乡市妇联围绕中心、服务大局，全年举办各类技能培训班46期，培训农村妇女3200余人次，其中电商培训1200人次。争取妇女创业担保贷款1.5亿元，帮扶困难妇女860户，发放救助金68.5万元。',
    '全市新建“妇女微家”52个，3户家庭获评全国“最美家庭”，12个集体被授予浙江省“巾帼文明岗”称号。下一步，市妇联计划新建儿童之家20所。',
  ].join('\n'),
  'city trade union, Sichuan': [
    '绵阳市总工会开展“两节”送温暖活动',
    '近日，绵阳市总工会启动2024年“两节”送温暖活动，共筹集资金860万元，走访慰问困难职工、一线职工和劳动模范1.2万人，为每户困难职工家庭送去慰问金1000元。截至目前，全市已建成职工之家135个。',
  ].join('\n'),
  'city youth league, Henan': [
    '团市委希望工程圆梦行动助学子圆梦',
    '今年以来，共青团洛阳市委通过希望工程“圆梦行动”募集助学资金320余万元，资助家庭困难大学新生1050名，每人资助5000元。全市各级团组织共开展志愿服务活动1800余场，参与青年志愿者达4.6万人次，占全市注册志愿者总数的35%。',
  ].join('\n'),
  'prefecture disabled persons federation, Guizhou': [
    '黔东南州残联扎实推进残疾人康复工作',
    '2022年，黔东南州残联为3860名残疾儿童提供康复救助，发放辅助器具5200件，完成贫困残疾人家庭无障碍改造1260户，投入资金约1890万元。',
  ].join('\n'),
  'banner federation, Inner Mongolia': [
    '鄂托克旗妇联：巾帼建功新时代',
    '五年来，鄂托克旗妇联累计培训各族妇女1.8万人次，涌现出全国三八红旗手2名、自治区级“巾帼建功标兵”6名，全旗共评选表彰“最美家庭”300户，发放“巾帼贷”2.3亿元。',
  ].join('\n'),
  'autonomous county, Guangxi, with full-width digits': [
    '融水苗族自治县妇联２０２２年工作回顾',
    '一年来，县妇联共开展“两癌”免费检查１.６万人，其中宫颈癌检查９０００人、乳腺癌检查７０００人，筛查率达92.5%。为每名受助妇女发放救助金3000元至5000元不等。',
    '全县共有14户家庭被评为自治区“最美家庭”，县妇联被授予“全国三八红旗集体”称号。2023年，县妇联将力争新建儿童之家15个。',
  ].join('\n'),
};

interface Seen {
  title: string | null;
  region: string | null;
  claims: string[];
}

function seen(doc: Doc): Seen[] {
  return doc.articles.map((a) => ({
    // titles are kept as written: compared with their punctuation folded (﹕ as ：)
    title: a.title && foldWidth(a.title),
    region: a.region ? `${a.region.code} ${a.region.name}` : null,
    claims: a.claims.map((c) =>
      // (subjects and titles are copied as the page writes them: compared in simplified script)
      [c.kind, c.value, c.valueMax, c.unit, c.approx, c.per, c.honor?.title && foldWidth(simplifyPage(c.honor.title)), c.honor?.level, c.subject && foldWidth(simplifyPage(c.subject)), c.status, c.partOf ? 'part' : '', c.period].join(' '),
    ),
  }));
}

const run = (page: Omit<PageInput, 'id' | 'origin'>): Seen[] => seen(processPage({ id: 'p', origin: 'p', ...page } as PageInput));
const asText = (text: string) => run({ text, kind: 'text' });

/** A portal page in traditional script: navigation, a source line, an editor line, related news. */
function portal(text: string, source: string): string {
  const [head, ...body] = text.split('\n');
  return [
    '<html><head><meta charset="utf-8"><title>' + head + '_新闻网</title></head><body>',
    '<div class="nav"><a href="/">首页</a> <a href="/xw">新闻中心</a> <a href="/zw">政务公开</a></div>',
    `<h1>${head}</h1><div class="info">2024-03-02 10:20　来源：${source}　浏览次数：</div>`,
    '<div class="content">' + body.map((p) => `<p>${p}</p>`).join('') + '</div>',
    '<div class="editor">责任编辑：王某</div>',
    '<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">市妇联召开执委会议</a></li><li><a href="/2">全市妇联系统培训班开班</a></li></ul></div>',
    '</body></html>',
  ].join('\n');
}

describe('a traditional page gives what its simplified text gives', () => {
  for (const [name, simplified] of Object.entries(PASSAGES)) {
    const want = asText(simplified);
    it(`${name}: the simplified text has a region and claims`, () => {
      expect(want[0].region).not.toBeNull();
      expect(want[0].claims.length).toBeGreaterThanOrEqual(2);
    });
    it.each([
      ['Taiwan forms', TW],
      ['Hong Kong forms', HK],
      ['OpenCC standard forms (爲, 裏, 綫)', T],
      ['Taiwan forms with small-form punctuation (﹐﹔﹪)', (x: string) => smallForms(TW(x))],
    ])(`${name}: %s`, (_, conv) => {
      expect(asText(conv(simplified))).toEqual(want);
    });
    it(`${name}: Big5 bytes`, () => {
      expect(run({ bytes: iconv.encode(TW(simplified), 'big5'), kind: 'auto' })).toEqual(want);
    });
  }
});

describe('portal pages in traditional script: furniture is recognised after conversion', () => {
  it.each([
    ['UTF-8', (html: string) => Buffer.from(html)],
    ['Big5', (html: string) => iconv.encode(html.replace('charset="utf-8"', 'charset="big5"'), 'big5')],
  ])('%s: the source line (來源：…融媒體中心) names the county, the related news stay out', (_, encode) => {
    const simplified = ['县妇联举办巾帼创业培训班', '近日，县妇联联合县人社局举办巾帼创业培训班3期，培训农村妇女260人，发放创业担保贷款1200万元。'].join('\n');
    const html = portal(simplified, '宜丰县融媒体中心');
    const want = run({ bytes: Buffer.from(html), kind: 'auto' });
    expect(want).toHaveLength(1);
    expect(want[0].region).toBe('360924 宜丰县');
    expect(want[0].claims).toHaveLength(3);
    for (const conv of [TW, HK]) expect(run({ bytes: encode(conv(html)), kind: 'auto' })).toEqual(want);
  });
  it.each(Object.entries(PASSAGES).slice(0, 3))('%s: as a traditional portal page', (_, simplified) => {
    const want = asText(simplified);
    const got = run({ bytes: Buffer.from(TW(portal(simplified, '新闻中心'))), kind: 'auto' });
    expect(got.map((a) => [a.region, a.claims])).toEqual(want.map((a) => [a.region, a.claims]));
  });
});

describe('pinyin glosses of converter sites (婦聯(lián)) are dropped', () => {
  it.each([
    ['district trade union, glosses without spaces', '万秀区总工会开展送温暖活动\n今年，万秀区总工会积极争取上级帮扶资金20多万元，对辖区内296名困难职工进行帮扶救助，共计发放慰问金22.68万元。'],
    ['glosses with a space before the bracket', '省青基会开展圆梦行动\n省青基会已连续8年在全省开展“希望工程圆梦行动”，至今共资助贫困大学生16411名、高中生5542名。'],
  ])('%s: the glossed traditional page reads as the plain one', (name, simplified) => {
    const glosses: Record<string, string> = { 區: 'qū', 會: 'huì', 內: 'nèi', 進: 'jìn', 計: 'jì', 發: 'fā', 開: 'kāi', 學: 'xué', 動: 'dòng' };
    const spaced = name.includes('space');
    const glossed = TW(simplified).replace(/[區會內進計發開學動]/g, (c) => `${c}(${glosses[c]}${spaced ? ' ' : ''})`);
    expect(glossed).toMatch(/\((?:huì|qū)/);
    expect(asText(glossed)).toEqual(asText(simplified));
  });
  it('keeps a lone gloss and brackets that are not pinyin', () => {
    expect(dropPinyinGlosses('重(chóng)阳节慰问老人80人')).toBe('重(chóng)阳节慰问老人80人');
    expect(dropPinyinGlosses('发放慰问品(大米)价值4.61万元(a)(b)(c)')).toBe('发放慰问品(大米)价值4.61万元(a)(b)(c)');
    expect(dropPinyinGlosses('婦聯(lián)組織(zhī)開(kāi)展')).toBe('婦聯組織開展');
  });
});

describe('variant forms and converter slips', () => {
  it('small-form punctuation ends clauses and marks percents as the ordinary marks do', () => {
    const plain = '县妇联举办培训班\n今年以来，县妇联举办培训班12期，培训妇女560人；女性占比达35%，发放贷款（含贴息）80万元。';
    const got = asText(TW(smallForms(plain)));
    expect(got).toEqual(asText(plain));
    expect(got[0].claims.map((c) => c.split(' ')[0])).toEqual(['count', 'people', 'percent', 'money']);
  });
  it.each([
    ['環衞工人', '环卫工人'],
    ['敍事', '叙事'],
    ['寫字枱', '写字台'],
    ['慰問衞生院職工', '慰问卫生院职工'],
  ])('Hong Kong variant %s → %s', (t, s) => {
    // a line of traditional text around the variant, so the page counts as traditional
    expect(toSimplified(`婦聯組織開展活動，${t}`)).toBe(`妇联组织开展活动，${s}`);
  });
  it('the subject keeps its Hong Kong variant converted', () => {
    const [a] = asText(HK('市总工会启动送清凉活动\n今年夏天，市总工会走访慰问一线环卫工人3200人，发放防暑降温物资价值46万元。'));
    expect(a.claims[0]).toContain('环卫工人');
  });
  it.each([
    ['送去慰問金,,並為她們送去大米', '送去慰问金,并为她们送去大米'],
    ['乳腺癌,、宮頸癌患者', '乳腺癌、宫颈癌患者'],
    ['慰問品,。', '慰问品。'],
  ])('a doubled comma is one mark: %s', (t, s) => {
    expect(simplifyPage(t)).toBe(s);
  });
  it('a list cut by a stray comma stays one subject', () => {
    const [a] = asText('市妇联走访慰问“两癌”母亲\n市妇联先后走访了3位乳腺癌,、宫颈癌患病母亲，为她们每人送去慰问金2000元。');
    expect(a.claims[0]).toContain('乳腺癌、宫颈癌患病母亲');
  });
});

describe('output keeps the page\'s own script', () => {
  const page = TW(PASSAGES['county federation, Zhejiang']);
  const doc = processPage({ id: 'p', origin: 'p', text: page, kind: 'text' } as PageInput);
  const [a] = doc.articles;
  it('the article text and headline as written; analysis reads the simplified text of the same length', () => {
    expect(a.written?.title).toBe(page.split('\n')[0]);
    expect(page).toContain(a.written!.text.split('\n')[0]);
    expect(a.written!.text.length).toBe(a.text.length);
    expect(a.text).toContain('培训农村妇女');
  });
  it('evidence, subjects and titles are copied as written; every span points at the number in the written text', () => {
    const claims = claimRecords(doc);
    expect(claims.length).toBeGreaterThan(5);
    for (const c of claims) {
      expect(page).toContain(c.text);
      const expr = a.written!.text.slice(c.span[0], c.span[1]);
      expect(c.text).toContain(expr);
    }
    expect(claims.map((c) => c.subject)).toContain(TW('农村妇女'));
    expect(claims.find((c) => c.kind === 'honor' && c.value === 3)?.honor?.title).toBe(TW('最美家庭'));
  });
  it('a simplified page has no written form of its own', () => {
    const [s] = processPage({ id: 's', origin: 's', text: PASSAGES['county federation, Zhejiang'], kind: 'text' } as PageInput).articles;
    expect(s.written).toBeUndefined();
  });
  it('an HTML page in traditional script keeps its script in text and headline', () => {
    const html = `<html><head><title>${TW('桐乡市妇联2023年工作综述')}</title></head><body><h1>${TW('桐乡市妇联2023年工作综述')}</h1><div class="content">${TW(PASSAGES['county federation, Zhejiang']).split('\n').slice(1).map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const d = processPage({ id: 'h', origin: 'h', text: html, kind: 'html' } as PageInput);
    expect(d.articles[0].written?.title).toBe(TW('桐乡市妇联2023年工作综述'));
    expect(d.articles[0].written?.text).toContain(TW('培训农村妇女3200余人次'));
  });
});

describe('variant characters no converter knows', () => {
  it.each([
    ['陜西省婦聯', '陕西省妇联'],
    ['陜西省妇联', '陕西省妇联'],
    ['各鄕鎮婦聯', '各乡镇妇联'],
  ])('%s → %s, on a traditional or a simplified page', (t, s) => {
    expect(simplifyPage(t)).toBe(s);
  });
  it('the region of a page that writes 陜西 is 陕西省', () => {
    const [a] = asText('陜西省婦聯開展“紅鳳工程”助學活動\n陜西省婦聯介紹，“紅鳳工程”已資助七百多名貧困女大學生，其中已畢業二百六十人。');
    expect(a.region).toContain('610000');
  });
});

describe('place names survive the round trip through traditional script', () => {
  it('every prefecture- and county-level name gives the same region in Taiwan forms (濬縣 is 浚县)', async () => {
    const { regionData } = await import('../../src/regions/data.js');
    const { regionOfText } = await import('../../src/stages/region.js');
    const differ: string[] = [];
    for (const u of regionData().units) {
      if (u.level === 'town' || u.level === 'province' || u.zone) continue;
      const text = `${u.name}妇联召开执委会议，${u.name}妇联主席作工作报告。`;
      const want = regionOfText(text)?.code ?? null;
      const got = regionOfText(simplifyPage(TW(text)))?.code ?? null;
      if (got !== want) differ.push(`${u.name}: ${want} → ${got}`);
    }
    expect(differ).toEqual([]);
  });
});

describe('short pages: GB18030 or Big5', () => {
  // both decode most short byte strings cleanly; read as Big5, GB text falls in Big5's rare level 2
  const decode = (bytes: Buffer) => decodeInput({ id: 'd', origin: 'd', bytes, kind: 'auto' });
  it.each([
    '县妇联举办家政培训班，培训妇女80人。',
    '区总工会慰问困难职工36户。',
    '团县委资助贫困学生52名，发放助学金10.4万元。',
    '镇残联为残疾人发放轮椅15台。',
  ])('a short simplified GB page is GB18030, also under a Big5 declaration: %s', (line) => {
    expect(decode(iconv.encode(line, 'gb18030'))).toMatchObject({ encoding: 'gb18030', text: line });
    const html = `<html><head><meta charset="big5"><title>t</title></head><body><p>${line}</p></body></html>`;
    expect(decode(iconv.encode(html, 'gbk'))).toMatchObject({ encoding: 'gb18030', text: html });
  });
  it.each([
    '縣婦聯舉辦家政培訓班，培訓婦女80人。',
    '區總工會慰問困難職工36戶。',
    '團縣委資助貧困學生52名，發放助學金10.4萬元。',
  ])('a short Big5 page stays Big5: %s', (line) => {
    expect(decode(iconv.encode(line, 'big5'))).toMatchObject({ encoding: 'big5', text: line });
  });
});

describe('town names that the round trip changes (乾潭镇 read back as 干潭镇)', () => {
  it.each([
    ['建德市', '乾潭镇'],
    ['斗门区', '乾务镇'],
    ['蓝田县', '泄湖镇'],
    ['祁县', '昭馀镇'],
    ['淇滨区', '钜桥镇'],
  ])('%s%s in Taiwan forms is still the town', async (county, town) => {
    const { regionOfText } = await import('../../src/stages/region.js');
    const text = `${county}${town}妇联开展“美丽庭院”创建活动，${town}共评选示范户30户。`;
    const want = regionOfText(text);
    expect(want?.level).toBe('town');
    expect(regionOfText(simplifyPage(TW(text)))?.code).toBe(want?.code);
  });
  it('such a form alone is no place: 借口镇压 is not 藉口镇', async () => {
    const { regionOfText } = await import('../../src/stages/region.js');
    expect(regionOfText('他们以此为借口镇压罢工，借口镇压的做法遭到各界谴责。')).toBeNull();
  });
});

describe('a traditional article inside a simplified portal\'s template keeps its own script in the output', () => {
  it('the evidence is written as the article writes it; the claims are those of its simplified text', () => {
    const simplified = ['县妇联举办巾帼创业培训班', '近日，县妇联联合县人社局举办巾帼创业培训班3期，培训农村妇女260人，发放创业担保贷款1200万元。'].join('\n');
    const [head, body] = TW(simplified).split('\n');
    // the template's furniture, in simplified characters, outweighs the article's text
    const furniture = Array.from({ length: 120 }, (_, i) => `<li><a href="/${i}">市妇联召开第${i + 1}次执委会议部署全年妇女工作重点任务</a></li>`).join('');
    const html = [
      `<html><head><meta charset="utf-8"><title>${head}_新闻网</title></head><body>`,
      '<div class="nav"><a href="/">首页</a> <a href="/xw">新闻中心</a> <a href="/zw">政务公开</a></div>',
      `<h1>${head}</h1><div class="info">2024-03-02 10:20　来源：宜丰县融媒体中心</div>`,
      `<div class="content"><p>${body}</p></div>`,
      `<div class="related"><h3>相关新闻</h3><ul>${furniture}</ul></div>`,
      '</body></html>',
    ].join('\n');
    const doc = processPage({ id: 'p', origin: 'p', bytes: Buffer.from(html), kind: 'auto' } as PageInput);
    const records = claimRecords(doc);
    expect(records.map((c) => c.value)).toEqual([3, 260, 12000000]);
    expect(records.map((c) => c.text)).toEqual(['縣婦聯聯合縣人社局舉辦巾幗創業培訓班3期', '培訓農村婦女260人', '發放創業擔保貸款1200萬元']);
  });
});

describe('units stay canonical (simplified); the classifier is written as the page writes it', () => {
  const records = (text: string) => claimRecords(processPage({ id: 'p', origin: 'p', text: TW(text), kind: 'text' } as PageInput));
  it.each([
    ['县妇联2024年工作总结\n全年开展主题活动186场，参与妇女群众逾1.5万人次，新建巾帼创业就业基地5个。', [['场', '場'], ['人次', '萬人次'], ['个', '個']]],
    ['市总工会送温暖\n全市走访困难职工家庭1200户，发放慰问金360万元。', [['户', '戶'], ['元', '萬元']]],
  ])('%s', (text, want) => {
    expect(records(text).map((r) => [r.unit, r.classifier])).toEqual(want);
  });
  it('counter-example: a simplified page keeps its classifiers as they are', () => {
    const r = claimRecords(processPage({ id: 'p', origin: 'p', text: '县妇联工作总结\n全年开展主题活动186场，新建巾帼创业就业基地5个。', kind: 'text' } as PageInput));
    expect(r.map((x) => [x.unit, x.classifier])).toEqual([['场', '场'], ['个', '个']]);
  });
});
