import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { resolvePeriod } from '../src/stages/time.js';
import { processPage, claimRecords } from '../src/pipeline.js';

// Period words → years (dictionaries/period-years.tsv), and the years on the claim records of a
// real page (fixtures/seeds/002: 定西市妇联五年工作综述, dated 2019-12-18).

const ROOT = path.resolve(__dirname, '..');
const years = (period: string | null, year: number | null) => {
  const r = resolvePeriod(period, year);
  return [r.periodStart, r.periodEnd];
};

describe('resolvePeriod', () => {
  it('resolves the forms of the issue against the article year', () => {
    expect(years('2018年以来', 2019)).toEqual([2018, 2019]);
    expect(years('五年来', 2019)).toEqual([2015, 2019]);
    expect(years('今年', 2019)).toEqual([2019, 2019]);
    expect(years('今年以来', 2024)).toEqual([2024, 2024]);
    expect(years('去年', 2013)).toEqual([2012, 2012]);
  });

  it('tells a year from a count of years, in digits and in Chinese numerals', () => {
    expect(years('2020年', null)).toEqual([2020, 2020]); // a stated year needs no article date
    expect(years('5年来', 2018)).toEqual([2014, 2018]);
    expect(years('近5年来', 2013)).toEqual([2009, 2013]);
    expect(years('十一年来', 2020)).toEqual([2010, 2020]);
    expect(years('两年来', 2017)).toEqual([2016, 2017]);
    expect(years('五年', 2019)).toEqual([2015, 2019]);
    expect(years('从2014年开始', 2017)).toEqual([2014, 2017]);
    expect(years('自2016年起', 2018)).toEqual([2016, 2018]);
    expect(years('2013年至今', 2015)).toEqual([2013, 2015]);
  });

  it('leaves both null when the period or the article date does not allow it', () => {
    expect(years(null, 2019)).toEqual([null, null]);
    expect(years('近年来', 2019)).toEqual([null, null]);
    expect(years('多年来', 2019)).toEqual([null, null]);
    expect(years('今年', null)).toEqual([null, null]);
    expect(years('五年来', null)).toEqual([null, null]);
    expect(years('2018年以来', null)).toEqual([null, null]); // the end is the article's year
    expect(years('2020年以来', 2019)).toEqual([null, null]); // starts after the article: not a span
  });
});

describe('claim records', () => {
  it('carry date, year and the period years of a real page', () => {
    const file = path.join(ROOT, 'fixtures/seeds/002_54a5f71b6562aaba.txt');
    const doc = processPage({ id: '002', origin: file, bytes: fs.readFileSync(file), kind: 'text' });
    const recs = claimRecords(doc);
    expect(recs.length).toBeGreaterThan(40);
    for (const r of recs) {
      expect(r.date).toBe('2019-12-18');
      expect(r.year).toBe(2019);
    }
    const by = (p: string) => recs.filter((r) => r.period === p);
    expect(by('五年').length).toBeGreaterThan(10);
    for (const r of by('五年')) expect([r.periodStart, r.periodEnd]).toEqual([2015, 2019]);
    expect(by('2018年以来').length).toBeGreaterThan(0);
    for (const r of by('2018年以来')) expect([r.periodStart, r.periodEnd]).toEqual([2018, 2019]);
    for (const r of recs.filter((x) => x.period === null)) expect([r.periodStart, r.periodEnd]).toEqual([null, null]);
  });
});
