import { describe, expect, it } from 'vitest';
import { processPage } from '../src/pipeline.js';
import type { Article, Claim, Doc, Region } from '../src/doc.js';
import { extractClaims } from '../src/stages/extract/claims.js';
import { foldWidth } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';

// Sentences of our own in the genre (妇联 work summaries), one rule each, run through the
// extraction stage alone on an article about a county.

const COUNTY: Region = {
  code: '530625', name: '永善县', level: 'county',
  province: '云南省', city: '昭通市', county: '永善县', town: null,
};

function articleOf(text: string, region: Region | null = COUNTY): Article {
  return {
    index: 0, title: null, date: null, source: null, authors: [],
    text, norm: foldWidth(text), tokens: segment(text), claims: [], region,
  };
}

function claimsOf(body: string, region: Region | null = COUNTY): Claim[] {
  const doc: Doc = { id: 't', origin: 't', encoding: null, isHtml: false, raw: body, articles: [], warnings: [] };
  return extractClaims(articleOf(body, region), doc);
}

type Want = Partial<Pick<Claim, 'kind' | 'value' | 'valueMax' | 'unit' | 'approx' | 'per'>> & { level?: string | null };

function pick(c: Claim): Want {
  return {
    kind: c.kind,
    value: c.value,
    ...(c.valueMax !== null ? { valueMax: c.valueMax } : {}),
    unit: c.unit,
    approx: c.approx,
    ...(c.per !== null ? { per: c.per } : {}),
    ...(c.honor ? { level: c.honor.level } : {}),
  };
}

const cases: [string, string, Want[]][] = [
  // counts, people, money with hedges
  ['hedge 余 inside', '今年以来,组织开展家政培训30余期,培训农村妇女1200余人次。', [
    { kind: 'count', value: 30, unit: '期', approx: 'over' },
    { kind: 'people', value: 1200, unit: '人次', approx: 'over' },
  ]],
  ['money in 万元', '全年争取妇女小额担保贷款2350万元,为156名妇女解决创业资金难题。', [
    { kind: 'money', value: 23500000, unit: '元', approx: null },
    { kind: 'people', value: 156, unit: '人', approx: null },
  ]],
  ['about with 约 and 左右', '受益群众约3000人,发放宣传册5000份左右。', [
    { kind: 'people', value: 3000, unit: '人', approx: 'about' },
    { kind: 'count', value: 5000, unit: '份', approx: 'about' },
  ]],
  ['under with 近 and 不足', '近2000名留守儿童得到关爱,人均不足500元的困难家庭得到帮扶。', [
    { kind: 'people', value: 2000, unit: '人', approx: 'under' },
    { kind: 'money', value: 500, unit: '元', approx: 'under' },
  ]],
  ['over with 超过 and 以上', '线上课程点击量超过10万人次,覆盖妇女群众1万人以上。', [
    { kind: 'people', value: 100000, unit: '人次', approx: 'over' },
    { kind: 'people', value: 10000, unit: '人', approx: 'over' },
  ]],
  ['上 before a bare multiplier', '带动就业上万人,线上培训1200人次。', [
    { kind: 'people', value: 10000, unit: '人', approx: 'over' },
    { kind: 'people', value: 1200, unit: '人次', approx: null },
  ]],
  ['达/累计 are not hedges', '累计培训妇女达5600人次。', [{ kind: 'people', value: 5600, unit: '人次', approx: null }]],
  ['person-times written 人(次)', '开展心理疏导服务86场(次),服务妇女2300人(次)。', [
    { kind: 'count', value: 86, unit: '场次' },
    { kind: 'people', value: 2300, unit: '人次' },
  ]],
  ['compound clause', '举办巾帼家政培训班36期2800人次。', [
    { kind: 'count', value: 36, unit: '期' },
    { kind: 'people', value: 2800, unit: '人次' },
  ]],
  ['households and people', '帮助1.5万户3.8万人稳定增收。', [
    { kind: 'count', value: 15000, unit: '户' },
    { kind: 'people', value: 38000, unit: '人' },
  ]],
  ['bare 亿 in a funds clause', '五年来募集各类公益物资价值1.26亿,惠及困难妇女儿童。', [
    { kind: 'money', value: 126000000, unit: '元' },
  ]],
  ['percent and points', '女干部占比达38.5%,比上届提高3.2个百分点,村级妇联主席进村“两委”比例达到百分之九十。', [
    { kind: 'percent', value: 38.5, unit: '%' },
    { kind: 'percent', value: 3.2, unit: '百分点' },
    { kind: 'percent', value: 90, unit: '%' },
  ]],
  ['per-unit base after a slash', '为困难母亲发放生活补贴500元/月。', [
    { kind: 'money', value: 500, unit: '元', per: '月' },
  ]],
  ['range', '每场培训规模30至50人,每户补贴3000-5000元。', [
    { kind: 'people', value: 30, valueMax: 50, unit: '人' },
    { kind: 'money', value: 3000, valueMax: 5000, unit: '元' },
  ]],
  ['Chinese numerals with classifiers', '连续举办三届妇女手工技能大赛,每月开展两次入户走访。', [
    { kind: 'count', value: 3, unit: '届' },
    { kind: 'count', value: 2, unit: '次', per: '月' },
  ]],
  ['frequency with 一', '每季度召开一次执委会议。', [{ kind: 'count', value: 1, unit: '次', per: '季度' }]],
  ['full-width digits', '建成“妇女之家”１２８个,发放资料１，５００份。', [
    { kind: 'count', value: 128, unit: '个' },
    { kind: 'count', value: 1500, unit: '份' },
  ]],
  ['a named beneficiary earned', '她说:“我家今年种菌菇赚了1.2万多元。”', [{ kind: 'money', value: 12000, unit: '元', approx: 'over' }]],
  // not claims
  ['dates and durations', '2019年3月8日,县妇联召开第十三次代表大会,回顾过去5年来的工作。', []],
  ['ordinals', '第二期培训班于第三季度开班,获得比赛第一名。', []],
  ['slogans and names', '深入开展“两学一做”学习教育,推进“三八红旗手”评选,落实“四个一”工作机制。', []],
  ['hotlines and phones', '开通12338妇女维权热线,咨询电话0871-6123456,邮编650000。', []],
  ['ages and thresholds', '为35-64岁农村妇女提供检查,服务对象50人以上的站点优先。', []],
  ['lone 一 as article', '涌现出一批先进典型,形成一道靓丽风景。', []],
  ['one-person description', '李大姐是三个孩子的母亲,照顾婆婆10余年。', []],
  ['enumerations', '一是强化引领,二是服务大局,三是深化改革。', []],
  ['N+X formula', '推行“1+N”帮扶模式和4+2工作法。', []],
  ['programme names', '严格落实中央八项规定精神,完善三项机制。', []],
  // honors
  ['counted honor with national and elliptical levels', '全县共涌现出全国三八红旗集体2个,省级5个,市级17个。', [
    { kind: 'honor', value: 2, unit: '个', level: 'national' },
    { kind: 'honor', value: 5, unit: '个', level: 'provincial' },
    { kind: 'honor', value: 17, unit: '个', level: 'municipal' },
  ]],
  ['a build verb makes a count', '新建省级巾帼脱贫示范基地4个,建成儿童之家26个。', [
    { kind: 'count', value: 4, unit: '个' },
    { kind: 'count', value: 26, unit: '个' },
  ]],
  ['conferring verb, no level', '评选表彰“最美家庭”120户、“好婆婆”“好媳妇”45名。', [
    { kind: 'honor', value: 120, unit: '户', level: null },
    { kind: 'honor', value: 45, unit: '人', level: null },
  ]],
  ['全县 takes the article level (a county)', '全县共评选出最美家庭86户。', [
    { kind: 'honor', value: 86, unit: '户', level: 'county' },
  ]],
  ['group that earned an honor', '28户家庭获得市级五好文明家庭称号,12个家庭获省级表彰。', [
    { kind: 'honor', value: 28, unit: '户', level: 'municipal' },
    { kind: 'honor', value: 12, unit: '个', level: 'provincial' },
  ]],
  ['aggregate honors without title', '县妇联先后获得省级以上荣誉称号12项。', [
    { kind: 'honor', value: 12, unit: '项', level: 'provincial' },
  ]],
  ['a group taking part after an honor stays a count', '20个家庭获奖;举办亲子阅读活动,吸引198个家庭参与。', [
    { kind: 'honor', value: 20, unit: '个', level: null },
    { kind: 'count', value: 198, unit: '个' },
  ]],
  ['bare 万 before a person noun', '各级妇联共组织3.6万妇女参加技能培训,使1.2万农村群众受益。', [
    { kind: 'people', value: 36000, unit: '人' },
    { kind: 'people', value: 12000, unit: '人' },
  ]],
  ['number-first honors take the level word after the classifier', '大会表彰了120个省巾帼文明岗,60名省巾帼建功标兵。', [
    { kind: 'honor', value: 120, unit: '个', level: 'provincial' },
    { kind: 'honor', value: 60, unit: '人', level: 'provincial' },
  ]],
  ['the host of the event confers, not the recipient', '在省城举办的全省巾帼建功推进会上,某区妇联等15个单位荣获“巾帼建功先进集体”称号。', [
    { kind: 'honor', value: 15, unit: '个', level: 'provincial' },
  ]],
  ['honorees who attend are participants', '全县三八红旗手、最美家庭代表和妇女群众等300人参加了表彰大会。', [
    { kind: 'people', value: 300, unit: '人' },
  ]],
  ['获得 money is not an honor', '帮助36名妇女获得创业贴息贷款180万元。', [
    { kind: 'people', value: 36, unit: '人' },
    { kind: 'money', value: 1800000, unit: '元' },
  ]],
];

describe('claim rules on sentences of the genre', () => {
  for (const [name, sentence, want] of cases) {
    it(name, () => {
      const got = claimsOf(sentence).filter((c) => c.value !== null).map(pick);
      expect(got).toEqual(want.map((w) => expect.objectContaining(w)));
    });
  }
});

describe('uncounted honors', () => {
  it('one claim per quoted title, level from the title', () => {
    const cs = claimsOf('县妇联被评为“全国三八红旗集体”“全省巾帼建功先进集体”。').filter((c) => c.kind === 'honor');
    expect(cs.map((c) => [c.honor?.title, c.honor?.level, c.honor?.recipient])).toEqual([
      ['三八红旗集体', 'national', '县妇联'],
      ['巾帼建功先进集体', 'provincial', '县妇联'],
    ]);
  });
  it('level from the conferring body', () => {
    const cs = claimsOf('王丽家庭被全国妇联评为“最美家庭”。').filter((c) => c.kind === 'honor');
    expect(cs).toHaveLength(1);
    expect(cs[0].honor).toEqual({ title: '最美家庭', level: 'national', recipient: '王丽家庭' });
    expect(cs[0].value).toBeNull();
  });
  it('a province named before an unquoted title', () => {
    const cs = claimsOf('某村妇联被命名为云南省巾帼示范村。').filter((c) => c.kind === 'honor');
    expect(cs.map((c) => [c.honor?.title, c.honor?.level])).toEqual([['巾帼示范村', 'provincial']]);
  });
  it('items before 等 share the title after it', () => {
    const cs = claimsOf('县妇联先后获得市妇联系统宣传、维权等工作先进集体荣誉。').filter((c) => c.kind === 'honor');
    expect(cs.map((c) => [c.honor?.title, c.honor?.level])).toEqual([['工作先进集体', 'municipal']]);
  });
  it('an elliptical item inherits the title of its list', () => {
    const cs = claimsOf('全县共有各级巾帼文明岗56个,其中国家级2个、省级5个。');
    expect(cs.map((c) => [c.kind, c.value, c.honor?.title, c.honor?.level])).toEqual([
      ['honor', 56, '巾帼文明岗', null],
      ['honor', 2, '巾帼文明岗', 'national'],
      ['honor', 5, '巾帼文明岗', 'provincial'],
    ]);
  });
  it('各级 before the title names no level (spec: 各级 is null), a level word after it does', () => {
    const levels = (s: string) => claimsOf(s).filter((c) => c.kind === 'honor').map((c) => [c.value, c.honor?.level]);
    expect(levels('全市现有各级“巾帼文明岗”120个。')).toEqual([[120, null]]);
    expect(levels('五年来,全县累计评选表彰各级“最美家庭”860户。')).toEqual([[860, null]]);
    expect(levels('全县共有省级巾帼文明岗5个。')).toEqual([[5, 'provincial']]);
    expect(levels('各级妇联共评出全国三八红旗手3名。')).toEqual([[3, 'national']]);
  });
  it('获得感 is not an honor', () => {
    expect(claimsOf('广大妇女的获得感不断增强。')).toEqual([]);
  });
});

describe('spans and evidence', () => {
  it('a number split by a page break is one claim whose span points into the text', () => {
    const a = articleOf('线上线下开展家庭教育活动128场次,受益家长100000\n\n余人次,成效明显。');
    a.claims = claimsOf(a.text);
    const c = a.claims.find((x) => x.value === 100000)!;
    expect(c).toMatchObject({ kind: 'people', unit: '人次', approx: 'over' });
    expect(a.text.slice(c.span[0], c.span[1]).replace(/\s/g, '')).toBe('100000余');
    for (const claim of a.claims) expect(claim.text).toContain(a.text.slice(claim.span[0], claim.span[1]).replace(/\s+/g, ''));
  });
  it('every claim on the fixture pages traces back to its number expression', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = 'fixtures/seeds';
    let n = 0;
    for (const f of fs.readdirSync(dir).sort()) {
      const page = processPage({ id: f, origin: f, bytes: fs.readFileSync(path.join(dir, f)), kind: 'auto' });
      for (const a of page.articles) {
        for (const c of a.claims) {
          const expr = a.text.slice(c.span[0], c.span[1]);
          expect(expr.length).toBeGreaterThan(0);
          if (c.value !== null) expect(expr).toMatch(/[0-9０-９一二三四五六七八九十两百千万亿%]/);
          expect(c.text.length).toBeGreaterThan(0);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(300);
  });
});
