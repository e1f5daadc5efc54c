import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Command } from 'commander';
import type { Claim, Kind, Region } from '../src/doc.js';
import { evidenceText, fromRecords, groupByRegion, placeClaims, regionLabel, type ReportArticle } from '../src/report/model.js';
import { buildReport, escapeHtml, scriptJson } from '../src/report/html.js';
import { gather, sniffRecord } from '../src/report/inputs.js';
import { registerReport } from '../src/commands/report.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-report-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function claim(kind: Kind, span: [number, number], extra: Partial<Claim> = {}): Claim {
  return {
    kind, value: 1, valueMax: null, unit: '人', classifier: '人', approx: null, per: null, honor: null,
    subject: null, category: null, period: null, status: 'result', partOf: null, text: '', span, ...extra,
  };
}

const zhuCheng: Region = { code: '370782', name: '诸城市', level: 'county', province: '山东省', city: '潍坊市', county: '诸城市', town: null };
const dingXi: Region = { code: '621100', name: '定西市', level: 'city', province: '甘肃省', city: '定西市', county: null, town: null };

/** The JSON embedded in a report, parsed back. */
function embedded(html: string): any {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]);
}

describe('placeClaims', () => {
  it('gives every claim exactly one properly nested range', () => {
    const claims = [
      claim('count', [10, 14]),
      claim('people', [0, 3]),
      claim('honor', [8, 20]), // contains the count
      claim('money', [18, 25]), // overlaps the honor's end: clipped to it
      claim('percent', [8, 20]), // same span as the honor: one inside the other (kind order)
    ];
    const placed = placeClaims(30, claims);
    expect(placed).toHaveLength(5);
    expect(placed.map((p) => [p.claim.kind, p.start, p.end])).toEqual([
      ['people', 0, 3],
      ['percent', 8, 20],
      ['honor', 8, 20],
      ['count', 10, 14],
      ['money', 18, 20],
    ]);
    // proper nesting: any two ranges are disjoint or one contains the other
    for (const a of placed) for (const b of placed) {
      if (a === b) continue;
      const disjoint = a.end <= b.start || b.end <= a.start;
      const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
      expect(disjoint || nested).toBe(true);
    }
  });

  it('leaves spans outside the text unplaced instead of guessing', () => {
    const placed = placeClaims(10, [claim('count', [8, 12]), claim('count', [5, 5]), claim('count', [-1, 2]), claim('count', [2, 4])]);
    expect(placed.filter((p) => p.start < 0)).toHaveLength(3);
    expect(placed.find((p) => p.start >= 0)).toMatchObject({ start: 2, end: 4 });
  });
});

describe('escaping', () => {
  it('escapes markup in text and keeps JSON free of "<" yet lossless', () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">&'`)).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;&#39;');
    const nasty = '</script><!-- <script>alert(1)</script> \u2028\u2029 “引号”';
    const json = scriptJson({ x: nasty });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).x).toBe(nasty);
  });

  it('a hostile page cannot break out of the data block or the markup', () => {
    const text = '某县妇联</script><script>window.pwned=1</script><img src=x onerror=alert(1)>培训妇女3500余人';
    const n = text.indexOf('3500');
    const art: ReportArticle = {
      doc: 'evil<b>', index: 0, title: '标题<img src=x onerror=alert(2)>', date: null, source: null,
      region: { ...zhuCheng, name: '诸城<i>市', county: '诸城<i>市' }, text,
      claims: [claim('people', [n, n + 6], { subject: '妇女</script>' })],
    };
    const html = buildReport([art], { title: '报告 <script>alert(3)</script>' });
    // exactly our two <script> elements, and no tag from the page text
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<i>');
    expect(html).toContain('诸城&#60;i&#62;市');
    const data = embedded(html);
    expect(data.articles[0].x).toBe(text);
    expect(data.articles[0].c[0]).toMatchObject({ s: n, e: n + 6, sj: '妇女</script>' });
  });

  it('pins the inline script by hash in a CSP that allows no network', () => {
    const html = buildReport([]);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    const script = /<script>([\s\S]*)<\/script>\n<\/body>/.exec(html)![1];
    const hash = createHash('sha256').update(script).digest('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
  });
});

describe('model and overview', () => {
  const arts: ReportArticle[] = [
    { doc: 'b', index: 0, title: 'B', date: null, source: null, region: zhuCheng, text: '培训妇女3500余人,发放贷款1000万元', claims: [claim('people', [4, 8]), claim('money', [15, 19], { unit: '元' })] },
    { doc: 'a', index: 1, title: 'A1', date: null, source: null, region: dingXi, text: '建成妇女之家13个', claims: [claim('count', [6, 8], { unit: '个' })] },
    { doc: 'a', index: 0, title: 'A0', date: '2017-04-14', source: '诸城新闻网', region: null, text: '没有数字', claims: [] },
  ];

  it('groups by region code with unknown last and counts per kind', () => {
    const groups = groupByRegion(arts);
    expect(groups.map((g) => g.key)).toEqual(['370782', '621100', 'unknown']);
    expect(groups[0].byKind).toMatchObject({ people: 1, money: 1, count: 0 });
    expect(groups[0].label).toBe('山东省 潍坊市 诸城市');
    expect(regionLabel(dingXi)).toBe('甘肃省 定西市');
  });

  it('writes a table row per region, totals, a bar per region and kind, deterministic bytes', () => {
    const html = buildReport(arts);
    expect(html).toBe(buildReport([...arts].reverse()));
    const rows = html.match(/<tr data-region="\d+">/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(html.match(/<rect class="bar k-/g)).toHaveLength(6); // all claims, and results only
    expect(html.match(/<g class="bars bars-all">/g)).toHaveLength(2);
    const tfoot = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(html)![1];
    expect(tfoot.match(/<td class="num[^"]*">([\d,]+)<\/td>/g)!.map((t) => t.replace(/<[^>]+>/g, ''))).toEqual(['3', '3', '1', '1', '0', '0', '1', '3', '0', '0', '0']);
    const data = embedded(html);
    expect(data.articles.map((a: any) => `${a.d}#${a.i}`)).toEqual(['b#0', 'a#1', 'a#0']);
    expect(data.regions.map((r: any) => r.arts)).toEqual([[0], [1], [2]]);
    expect(data.articles[2].mt).toBe('2017-04-14 · 诸城新闻网');
  });

  it('joins claims to articles; claims without text show their evidence clauses', () => {
    const rec = (doc: string, article: number, text: string, span: [number, number]) => ({
      doc, article, title: null, region: null, kind: 'people' as const, value: 1, valueMax: null, unit: '人', classifier: '人',
      approx: null, per: null, honor: null, subject: null, category: null, period: null, periodStart: null, periodEnd: null,
      status: 'result', partOf: null, date: null, year: null, url: null, duplicateOf: null, text, span,
    });
    const joined = fromRecords(
      [rec('x', 0, '培训妇女3500余人', [4, 8]), rec('y', 0, '帮扶贫困妇女200人', [6, 9]), rec('y', 0, '新增就业100人', [4, 7])],
      [{ doc: 'x', article: 0, title: 'X', date: null, source: null, authors: [], region: dingXi, text: '全市培训妇女3500余人' }],
    );
    expect(joined.find((a) => a.doc === 'x')).toMatchObject({ title: 'X', region: dingXi, text: '全市培训妇女3500余人' });
    const y = joined.find((a) => a.doc === 'y')!;
    expect(y.text).toBeNull();
    const ev = evidenceText(y.claims);
    expect(ev.text).toBe('帮扶贫困妇女200人\n新增就业100人\n');
    expect(ev.claims.map((c) => ev.text.slice(c.span[0], c.span[1]))).toEqual(['帮扶贫困妇女200人', '新增就业100人']);
  });
});

describe('inputs and the command', () => {
  const claimLine = (doc: string, span: [number, number], text: string) =>
    JSON.stringify({
      doc, article: 0, title: '题', region: zhuCheng, kind: 'money', value: 200000, valueMax: null, unit: '元', classifier: '万元',
      approx: null, per: null, honor: null, subject: '贴息', category: 'finance', period: null, periodStart: null, periodEnd: null,
      status: 'result', partOf: null, date: null, year: null, url: null, duplicateOf: null, text, span,
    });
  const articleText = '落实妇女小额贷款贴息20万元。';
  const claimsFile = path.join(tmp, 'claims.jsonl');
  const articlesFile = path.join(tmp, 'articles.jsonl');
  fs.writeFileSync(claimsFile, claimLine('p1', [10, 14], '落实妇女小额贷款贴息20万元') + '\n{"doc": "p1", "kind": "money"}\n\n');
  fs.writeFileSync(
    articlesFile,
    // an articles file without signatures (written before they were added) is read all the same
    JSON.stringify({ doc: 'p1', article: 0, title: '题', date: null, source: null, authors: [], url: null, region: zhuCheng, text: articleText }) + '\n',
  );

  it('tells claims, articles and pages apart by their first record', () => {
    expect(sniffRecord(JSON.parse(claimLine('d', [0, 1], 'x')))).toBe('claims');
    expect(sniffRecord({ doc: 'd', article: 0, text: 't', title: null })).toBe('articles');
    expect(sniffRecord({ id: 'd', html: '<p>x</p>' })).toBe('pages');
  });

  it('reads claims + articles, reporting a bad line by file and line number', async () => {
    const problems: string[] = [];
    const got = await gather([claimsFile], [articlesFile], (o, r) => problems.push(`${o}: ${r}`));
    expect(got.failures).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${claimsFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not a valid record`));
    expect(got.articles).toHaveLength(1);
    const a = got.articles[0];
    expect(a.text).toBe(articleText);
    expect(a.text!.slice(a.claims[0].span[0], a.claims[0].span[1])).toBe('20万元');
  });

  it('writes the report file and sets exit code 1 when an input failed', async () => {
    const out = path.join(tmp, 'r.html');
    const program = new Command().exitOverride();
    registerReport(program);
    const saved = process.exitCode;
    const errWrite = process.stderr.write;
    const errs: string[] = [];
    process.stderr.write = ((s: string) => (errs.push(String(s)), true)) as typeof process.stderr.write;
    try {
      await program.parseAsync(['node', 'x', 'report', claimsFile, path.join(tmp, 'missing.txt'), '--articles', articlesFile, '-o', out]);
      expect(process.exitCode).toBe(1);
    } finally {
      process.stderr.write = errWrite;
      process.exitCode = saved;
    }
    expect(errs.some((e) => e.includes('missing.txt: no such file or directory'))).toBe(true);
    const html = fs.readFileSync(out, 'utf8');
    expect(embedded(html).articles).toHaveLength(1);
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('targets, parts and reposts in the report', () => {
  // hand-annotated records (fixtures/summarize/README.md): 8 targets, 3 parts, a repost of d09
  const FIXTURE = path.resolve(__dirname, '../fixtures/summarize/claims.jsonl');
  const records = fs.readFileSync(FIXTURE, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const articles = fromRecords(records, []);

  it('counts results, targets, parts and reposts per region', () => {
    const groups = groupByRegion(articles);
    const ru = groups.find((g) => g.region?.name === '汝城县')!;
    expect([ru.claims, ru.results, ru.targets, ru.parts, ru.reposts]).toEqual([20, 8, 0, 2, 10]);
    const hb = groups.find((g) => g.region?.name === '哈尔滨市')!;
    expect([hb.claims, hb.results, hb.targets, hb.parts]).toEqual([8, 4, 3, 1]);
    expect(ru.resultsByKind.people + ru.resultsByKind.money).toBe(8);
  });

  it('marks them in the data, the table and the chart, with a legend and a results-only switch', () => {
    const html = buildReport(articles);
    const data = embedded(html);
    const claims = data.articles.flatMap((a: any) => a.c);
    expect(claims.filter((c: any) => c.st === 1)).toHaveLength(records.filter((r) => r.status === 'target').length);
    expect(claims.filter((c: any) => Array.isArray(c.po))).toHaveLength(records.filter((r) => r.partOf).length);
    expect(data.articles.filter((a: any) => a.du)).toEqual([expect.objectContaining({ d: 'd09-repost', du: ['d09', 0] })]);
    expect(html).toContain('<p class="legend" id="legend">');
    expect(html).toMatch(/<span class="sample k-count st-target">目标 target<\/span>/);
    expect(html).toContain('<input type="checkbox" id="results-only">');
    const rows = html.match(/<g class="chart-row"[\s\S]*?<\/g><\/g>/g) ?? [];
    expect(rows.length).toBe(3);
    // 汝城县: 20 claims in all, 8 results
    const ru = rows.find((r) => r.includes('汝城县'))!;
    expect(ru).toMatch(/<g class="bars bars-all">[\s\S]*?<text class="total"[^>]*>20<\/text><\/g><g class="bars bars-results">[\s\S]*?>8<\/text><\/g><\/g>$/);
    const tr = /<tr data-region="\d+"><th scope="row"><a [^>]*>湖南省 郴州市 汝城县<\/a>[\s\S]*?<\/tr>/.exec(html)![0];
    expect([...tr.matchAll(/<td class="num">([\d,]+)<\/td>/g)].map((m) => m[1]).slice(-4)).toEqual(['8', '0', '2', '10']);
  });
});
