import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseNumeral, scanNumbers, type NumberMatch } from '../src/stages/extract/numbers.js';

// Expected matches: [the expression as written, value, optional fields that differ from the defaults
// valueMax null, approx null, percent null, chinese false, multiplier '', ordinal false].
type Extra = Partial<Pick<NumberMatch, 'valueMax' | 'approx' | 'percent' | 'multiplier' | 'ordinal'>> & { zh?: boolean };
type Want = [string, number, Extra?];

function check(input: string, want: Want[]): void {
  const got = scanNumbers(input);
  const simple = got.map((m) => ({
    text: input.slice(m.start, m.end),
    value: m.value,
    valueMax: m.valueMax,
    approx: m.approx,
    percent: m.percent,
    chinese: m.chinese,
    multiplier: m.multiplier,
    ordinal: m.ordinal,
  }));
  const expected = want.map(([text, value, x = {}]) => ({
    text,
    value,
    valueMax: x.valueMax ?? null,
    approx: x.approx ?? null,
    percent: x.percent ?? null,
    chinese: x.zh ?? false,
    multiplier: x.multiplier ?? '',
    ordinal: x.ordinal ?? false,
  }));
  expect(simple).toEqual(expected);
}

const W = '万';
const over = 'over' as const;

// Sentences in the genre: the seed pages' own wording and sentences of the same kind.
const scanCases: [string, Want[]][] = [
  // hedges inside the expression
  ['培训农村妇女400余人(次)', [['400余', 400, { approx: over }]]],
  ['参与女职工10800多人(次)', [['10800多', 10800, { approx: over }]]],
  ['受益家长100000\n\n余人次', [['100000\n\n余', 100000, { approx: over }]]],
  ['组织多层次多门类培训10余场', [['10余', 10, { approx: over }]]],
  ['发放法制宣传资料20000余份,受益人数达1万余人', [['20000余', 20000, { approx: over }], ['1万余', 10000, { approx: over, multiplier: W }]]],
  ['救助资金、物资达43万余元', [['43万余', 430000, { approx: over, multiplier: W }]]],
  ['收入20多万元', [['20多万', 200000, { approx: over, multiplier: W }]]],
  ['市妇联微信公众号粉丝达2.1万余人', [['2.1万余', 21000, { approx: over, multiplier: W }]]],
  ['赚了7000多元', [['7000多', 7000, { approx: over }]]],
  ['关爱救助困境妇女儿童2万多人', [['2万多', 20000, { approx: over, multiplier: W }]]],
  ['募集善款1000多万元', [['1000多万', 10000000, { approx: over, multiplier: W }]]],
  ['帮扶资金20余万元', [['20余万', 200000, { approx: over, multiplier: W }]]],
  ['共发放宣传册3 000 余册', [['3 000 余', 3000, { approx: over }]]],
  ['对全区10 678名城镇贫困妇女', [['10 678', 10678]]],
  ['2023 年共有12 个村', [['2023', 2023], ['12', 12]]],
  ['受益群众1万 余人', [['1万 余', 10000, { approx: over, multiplier: W }]]],
  ['参与女职工10800\r\n \r\n多人(次)', [['10800\r\n \r\n多', 10800, { approx: over }]]],
  ['受益群众达1000\n\n多措并举推进', [['1000', 1000]]],
  ['共计100\n万家灯火', [['100', 100]]],
  ['共计100\n\n\n\n\n\n\n余人', [['100', 100]]],
  ['共3\n5人', [['3', 3], ['5', 5]]],
  // multipliers after Arabic digits, exact decimal arithmetic
  ['申请“两癌救助金”67.6万元', [['两', 2, { zh: true }], ['67.6万', 676000, { multiplier: W }]]],
  ['全市投入财政资金420.59万元', [['420.59万', 4205900, { multiplier: W }]]],
  ['注入培训、研发等资金879.65万元', [['879.65万', 8796500, { multiplier: W }]]],
  ['争取实施3327.9万元的民生项目', [['3327.9万', 33279000, { multiplier: W }]]],
  ['共筹集春蕾计划捐款99.15万元', [['99.15万', 991500, { multiplier: W }]]],
  ['人均增收0.1万元', [['0.1万', 1000, { multiplier: W }]]],
  ['协调银行为企业授信2.3亿元', [['2.3亿', 230000000, { multiplier: '亿' }]]],
  ['全市农村贫困妇女减少28.3万人', [['28.3万', 283000, { multiplier: W }]]],
  ['2.23万户贫困户9.42万贫困人口受益', [['2.23万', 22300, { multiplier: W }], ['9.42万', 94200, { multiplier: W }]]],
  ['举办培训班420期4.9万人次', [['420', 420], ['4.9万', 49000, { multiplier: W }]]],
  ['培训贫困妇女1.2万人次', [['1.2万', 12000, { multiplier: W }]]],
  ['参与妇女儿童16.2万人次', [['16.2万', 162000, { multiplier: W }]]],
  ['社会融资规模3.5万亿元', [['3.5万亿', 3500000000000, { multiplier: '万亿' }]]],
  ['争取项目资金5千元', [['5千', 5000, { multiplier: '千' }]]],
  ['总投资5千万元', [['5千万', 50000000, { multiplier: '千万' }]]],
  ['争取贷款1亿2000万元', [['1亿2000万', 120000000, { multiplier: W }]]],
  ['受益群众3万5000人', [['3万5000', 35000]]],
  ['受益群众3万5千人', [['3万5千', 35000, { multiplier: '千' }]]],
  ['捐赠款物100万元', [['100万', 1000000, { multiplier: W }]]],
  ['募集公益物资3.26亿', [['3.26亿', 326000000, { multiplier: '亿' }]]],
  ['共3\n万人参加', [['3\n万', 30000, { multiplier: W }]]],
  // a multiplier character that starts a unit word is part of the unit
  ['提供种子3千克', [['3', 3]]],
  ['修建道路12千米', [['12', 12]]],
  ['装机容量5千瓦', [['5', 5]]],
  ['3千元', [['3千', 3000, { multiplier: '千' }]]],
  // a 20-digit-or-longer run of digits is a code, not an amount; 1000 is never 1000 × 千
  ['编号12345678901234567890123', []],
  ['2022千村示范', [['2022', 2022]]],
  // thousands separators
  ['共有1,500名妇女参加', [['1,500', 1500]]],
  ['共有1，500名妇女参加', [['1，500', 1500]]],
  ['发放20,000份资料', [['20,000', 20000]]],
  ['资金1,234.5万元', [['1,234.5万', 12345000, { multiplier: W }]]],
  ['投入1,234,567元', [['1,234,567', 1234567]]],
  ['比上届提高6%和9%', [['6%', 6, { percent: 'percent' }], ['9%', 9, { percent: 'percent' }]]],
  ['1、2、3', [['1', 1], ['2', 2], ['3', 3]]],
  ['培训1500,300人次参加', [['1500', 1500], ['300', 300]]],
  ['1,50', [['1', 1], ['50', 50]]],
  ['1,5000', [['1', 1], ['5000', 5000]]],
  // full-width input (raw text, not folded)
  ['培训２０００人', [['２０００', 2000]]],
  ['共１，５００名', [['１，５００', 1500]]],
  ['占４１．２６％', [['４１．２６％', 41.26, { percent: 'percent' }]]],
  ['１２．５万元', [['１２．５万', 125000, { multiplier: W }]]],
  ['１０～２０人', [['１０～２０', 10, { valueMax: 20 }]]],
  // percents and percentage points
  ['占干部总数的41.26%;', [['41.26%', 41.26, { percent: 'percent' }]]],
  ['实现100%全覆盖', [['100%', 100, { percent: 'percent' }]]],
  ['信访结案率达99%。', [['99%', 99, { percent: 'percent' }]]],
  ['女代表数比上届高6.82个百分点', [['6.82个百分点', 6.82, { percent: 'points' }]]],
  ['比上届高5.3个百分点。', [['5.3个百分点', 5.3, { percent: 'points' }]]],
  ['提高了3百分点', [['3百分点', 3, { percent: 'points' }]]],
  ['提高两个百分点', [['两个百分点', 2, { percent: 'points', zh: true }]]],
  ['占比达到百分之八十', [['百分之八十', 80, { percent: 'percent', zh: true }]]],
  ['增长百分之4.5', [['百分之4.5', 4.5, { percent: 'percent' }]]],
  ['百分之百完成', [['百分之百', 100, { percent: 'percent', zh: true }]]],
  ['下降零点五个百分点', [['零点五个百分点', 0.5, { percent: 'points', zh: true }]]],
  ['覆盖率达71.96 %', [['71.96 %', 71.96, { percent: 'percent' }]]],
  // ranges
  ['每户补助3-5万元', [['3-5万', 30000, { valueMax: 50000, multiplier: W }]]],
  ['每户补助3万-5万元', [['3万-5万', 30000, { valueMax: 50000, multiplier: W }]]],
  ['奖励5000-1万元', [['5000-1万', 5000, { valueMax: 10000, multiplier: W }]]],
  ['每月开展三至五次', [['三至五', 3, { valueMax: 5, zh: true }]]],
  ['每组10~20人', [['10~20', 10, { valueMax: 20 }]]],
  ['每村3到5个', [['3到5', 3, { valueMax: 5 }]]],
  ['培训3—5天', [['3—5', 3, { valueMax: 5 }]]],
  ['投入三至五万元', [['三至五万', 30000, { valueMax: 50000, zh: true, multiplier: W }]]],
  ['增长30%-50%', [['30%-50%', 30, { valueMax: 50, percent: 'percent' }]]],
  ['增长3-5%', [['3-5%', 3, { valueMax: 5, percent: 'percent' }]]],
  ['提高百分之三十至五十', [['百分之三十至五十', 30, { valueMax: 50, percent: 'percent', zh: true }]]],
  ['颁布实施了2011—2020年妇女儿童发展规划', [['2011—2020', 2011, { valueMax: 2020 }]]],
  ['为35-64岁农村妇女', [['35-64', 35, { valueMax: 64 }]]],
  ['三四个', [['三四', 3, { valueMax: 4, zh: true }]]],
  ['七八十人', [['七八十', 70, { valueMax: 80, zh: true }]]],
  ['十七八岁', [['十七八', 17, { valueMax: 18, zh: true }]]],
  ['一两个', [['一两', 1, { valueMax: 2, zh: true }]]],
  ['两三万元', [['两三万', 20000, { valueMax: 30000, zh: true, multiplier: W }]]],
  // not ranges: a chain of dashes is a date or code, a leading zero is a code, high below low
  ['19-12-18 14:27 来源:定西日报', [['19', 19], ['12', 12], ['18', 18], ['14', 14], ['27', 27]]],
  ['电话0913-2126249', [['0913', 913], ['2126249', 2126249]]],
  ['2022-2021', [['2022', 2022], ['2021', 2021]]],
  ['3万余-5万', [['3万余', 30000, { approx: over, multiplier: W }], ['5万', 50000, { multiplier: W }]]],
  ['“4+1”工作法', [['4', 4], ['1', 1]]],
  ['12·4法治宣传日', [['12', 12], ['4', 4]]],
  // Chinese numerals
  ['两万三千人', [['两万三千', 23000, { zh: true }]]],
  ['二十余名', [['二十余', 20, { approx: over, zh: true }]]],
  ['十一个乡镇', [['十一', 11, { zh: true }]]],
  ['一百零五户', [['一百零五', 105, { zh: true }]]],
  ['三千五百万元', [['三千五百万', 35000000, { zh: true, multiplier: W }]]],
  ['两万零五百', [['两万零五百', 20500, { zh: true }]]],
  ['一千零五十', [['一千零五十', 1050, { zh: true }]]],
  ['一亿二千万', [['一亿二千万', 120000000, { zh: true, multiplier: W }]]],
  ['三万五千亿', [['三万五千亿', 3500000000000, { zh: true, multiplier: '亿' }]]],
  ['一百五人', [['一百五', 150, { zh: true }]]],
  ['三千五', [['三千五', 3500, { zh: true }]]],
  ['廿五日', [['廿五', 25, { zh: true }]]],
  ['姐妹俩', [['俩', 2, { zh: true }]]],
  ['一年养了三次', [['一', 1, { zh: true }], ['三', 3, { zh: true }]]],
  ['分五个产业组', [['五', 5, { zh: true }]]],
  ['连续举办了五届', [['五', 5, { zh: true }]]],
  ['十几万人', [['十几万', 100000, { approx: over, zh: true, multiplier: W }]]],
  ['十多个部门', [['十多', 10, { approx: over, zh: true }]]],
  ['三十余万元', [['三十余万', 300000, { approx: over, zh: true, multiplier: W }]]],
  ['一万多名', [['一万多', 10000, { approx: over, zh: true, multiplier: W }]]],
  ['百余人', [['百余', 100, { approx: over, zh: true }]]],
  ['千余户', [['千余', 1000, { approx: over, zh: true }]]],
  ['上万名群众', [['万', 10000, { zh: true, multiplier: W }]]],
  ['近千人', [['千', 1000, { zh: true }]]],
  ['上百万元', [['百万', 1000000, { zh: true, multiplier: W }]]],
  ['三点五亿元', [['三点五亿', 350000000, { zh: true, multiplier: '亿' }]]],
  ['八十五点五分', [['八十五点五', 85.5, { zh: true }]]],
  ['二〇二三年', [['二〇二三', 2023, { zh: true }]]],
  ['壹佰贰拾元', [['壹佰贰拾', 120, { zh: true }]]],
  ['十分钟', [['十', 10, { zh: true }]]],
  // ordinals are reported and marked
  ['镇赉县妇女第十二次代表大会', [['十二', 12, { zh: true, ordinal: true }]]],
  ['第3期', [['3', 3, { ordinal: true }]]],
  // not numbers: enumerations, names, words with numeral characters, vague amounts
  ['一是强化政治引领。二是推进示范创建。三是营造浓厚氛围。', []],
  ['一要提高认识,二要狠抓落实', []],
  ['三八红旗手', []],
  ['七五普法', []],
  ['八一建军节', []],
  ['一二九运动', []],
  ['十一五规划', []],
  ['进一步加强', []],
  ['十分重要', []],
  ['千家万户', []],
  ['千方百计筹措资金', []],
  ['成千上万', []],
  ['镇赉县成为首批12个试点之一', [['12', 12]]],
  ['几十万人', []],
  ['数百名志愿者', []],
  ['好几千元', []],
  ['一一对应', []],
  ['统一部署', []],
  ['实现零的突破', []],
  ['（一）强化政治引领', []],
  ['覆盖率达百分之几', []],
  // more sentences of the genre
  ['近80000名乡村学生受益', [['80000', 80000]]],
  ['共培树各类典型932人,开展宣讲活动361场次。', [['932', 932], ['361', 361]]],
  ['建成积分超市636个,正在建设234个,贫困村覆盖率达71.96%。', [['636', 636], ['234', 234], ['71.96%', 71.96, { percent: 'percent' }]]],
  ['争取各类资金两千余万元', [['两千余万', 20000000, { approx: over, zh: true, multiplier: W }]]],
  ['全县151个村和社区妇代会全部改建为妇联', [['151', 151]]],
  ['每周开展1次政策业务集中培训', [['1', 1]]],
  ['每月走访不少于两次', [['两', 2, { zh: true }]]],
  ['全市9827名低保、特困退役军人', [['9827', 9827]]],
  ['受益妇女三万余人次', [['三万余', 30000, { approx: over, zh: true, multiplier: W }]]],
  ['发放贷款1.5亿余元', [['1.5亿余', 150000000, { approx: over, multiplier: '亿' }]]],
  ['带动就业5.8万人', [['5.8万', 58000, { multiplier: W }]]],
  ['全年接待来访1500起,结案率达99.5%', [['1500', 1500], ['99.5%', 99.5, { percent: 'percent' }]]],
];

describe('scanNumbers', () => {
  test.each(scanCases)('%j', (input, want) => check(input, want));
});

const numeralCases: [string, number | null][] = [
  ['两万三千', 23000],
  ['一百零五', 105],
  ['二十', 20],
  ['十一', 11],
  ['十', 10],
  ['廿', 20],
  ['〇', 0],
  ['零', 0],
  ['俩', 2],
  ['两', 2],
  ['1，500', 1500],
  ['1,500', 1500],
  ['２０００', 2000],
  ['1.2万', 12000],
  ['三千五百万', 35000000],
  ['5千', 5000],
  ['1,234.5', 1234.5],
  ['67.6万', 676000],
  ['420.59万', 4205900],
  ['879.65万', 8796500],
  ['3327.9万', 33279000],
  ['99.15万', 991500],
  ['0.1万', 1000],
  ['25.2万', 252000],
  ['3万余', 30000],
  ['一万', 10000],
  ['万', 10000],
  ['百', 100],
  ['九千九百九十九', 9999],
  ['一千二百三十四万五千六百七十八', 12345678],
  ['两亿', 200000000],
  ['二〇二三', 2023],
  [' 42 ', 42],
  ['三八', null],
  ['五一', null],
  ['十一五', null],
  ['三-五', null],
  ['abc', null],
  ['', null],
  ['42元', null],
  ['一百零', null],
  ['二十十', null],
];

describe('parseNumeral', () => {
  test.each(numeralCases)('%j → %j', (input, value) => expect(parseNumeral(input)).toBe(value));
});

describe('on the seed pages', () => {
  const seeds = path.join('fixtures', 'seeds');
  const pages = fs
    .readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(seeds, f), 'utf8'));

  test('matches are ordered, non-overlapping and their spans hold a number', () => {
    let total = 0;
    for (const text of pages) {
      let last = 0;
      for (const m of scanNumbers(text)) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(Number.isFinite(m.value)).toBe(true);
        expect(text.slice(m.start, m.end)).toMatch(/^[\d０-９〇零一二两俩三四五六七八九十廿百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/);
        last = m.end;
        total++;
      }
    }
    expect(total).toBeGreaterThan(300);
  });

  test('the number split by a line break is one expression', () => {
    const text = pages.find((p) => p.includes('受益家长100000'))!;
    const at = text.indexOf('受益家长100000') + 4;
    const m = scanNumbers(text).find((x) => x.start === at)!;
    expect(m.value).toBe(100000);
    expect(m.approx).toBe('over');
    expect(text.slice(m.end - 1, m.end + 2)).toBe('余人次');
  });

  test('every numeric claim of the gold has its value among the numbers of its evidence text', () => {
    const goldDir = path.join('fixtures', 'gold');
    let checked = 0;
    for (const f of fs.readdirSync(goldDir).filter((x) => x.endsWith('.jsonl')).sort()) {
      for (const line of fs.readFileSync(path.join(goldDir, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const rec = JSON.parse(line) as { articles: { claims: { value: number | null; valueMax?: number | null; approx: string | null; text: string }[] }[] };
        for (const a of rec.articles) {
          for (const c of a.claims) {
            if (c.value === null) continue;
            const found = scanNumbers(c.text).filter((m) => m.value === c.value && m.valueMax === (c.valueMax ?? null));
            expect(found.length, `${c.value} in ${c.text}`).toBeGreaterThan(0);
            // 余/多 written in the expression are the parser's; prefix hedges (近) are not.
            if (c.approx === 'over' && /\d[余多]|[万亿][余多]/.test(c.text)) expect(found.some((m) => m.approx === 'over'), c.text).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(250);
  });
});

describe('linear time', () => {
  function timeScan(text: string): number {
    const t0 = performance.now();
    scanNumbers(text);
    return performance.now() - t0;
  }
  const MB = 1 << 20;
  const seedText = fs.readFileSync(path.join('fixtures', 'seeds', '002_54a5f71b6562aaba.txt'), 'utf8');
  const inputs: [string, string][] = [
    ['digits', '1234567890'.repeat(MB / 10)],
    ['digits with separators', '123,'.repeat(MB / 4)],
    ['dashed digits', '1-2-'.repeat(MB / 4)],
    ['Chinese text of the genre', seedText.repeat(Math.ceil(MB / seedText.length))],
    ['Chinese numerals', '一二三四五六七八九十百千万亿'.repeat(MB / 14)],
    ['nonnum words', '千千万万'.repeat(MB / 4)],
    ['hedges and gaps', '1 \n余'.repeat(MB / 4)],
  ];
  test.each(inputs)('%s: 1 MB in well under a few seconds', (_name, text) => {
    scanNumbers(text.slice(0, 10000)); // warm up
    expect(timeScan(text)).toBeLessThan(4000);
  });
});
