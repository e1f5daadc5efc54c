import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Claim, Kind, Region, RegionLevel } from '../src/doc.js';
import type { ReportArticle } from '../src/report/model.js';
import { buildReport } from '../src/report/html.js';
import { gather } from '../src/report/inputs.js';

// The report in a real browser (Debian's chromium driven by playwright-core): highlights are
// there, one per claim, in the right place; hover and keyboard focus show a claim's details;
// the kind and region filters work; page text cannot inject markup; 10,000 articles render
// lazily. Also saves a screenshot (docs/report.png with UPDATE_SCREENSHOT=1).

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const FIX = path.resolve(__dirname, '../fixtures');
// The committed docs/report.png is refreshed with UPDATE_SCREENSHOT=1; otherwise the test writes its
// screenshot beside the other test output so that a test run leaves the work tree as it was.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT
  ? path.resolve(__dirname, '../docs/report.png')
  : path.resolve(__dirname, '../test-output/report.png');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-report-browser-'));
let context: BrowserContext;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `chromium not found at ${CHROMIUM}: the report's browser test needs it. ` +
        'Install it with: apt-get update && apt-get install -y chromium fonts-wqy-microhei',
    );
  }
  context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    offline: true,
  });
});
afterAll(async () => {
  await context?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

// ---- a report input built by hand from the gold annotations of the fixture pages ------------

interface GoldClaim {
  kind: Kind; value: number | null; valueMax?: number | null; unit: string | null; approx: Claim['approx'];
  per?: string | null; honor?: Claim['honor']; text: string;
}
interface GoldArticle { title: string | null; region: { province: string; city: string | null; county: string | null; town: string | null }; claims: GoldClaim[] }

// GB/T 2260 codes of the fixtures' regions (town: the 9-digit statistical code).
const CODES: Record<string, string> = {
  镇赉县: '220821', 永善县: '530625', 昭通市: '530600', 镇雄县: '530627', 定西市: '621100', 诸城市: '370782', 大槐镇: '440785108',
};

function regionOf(g: GoldArticle['region']): Region | null {
  const levels: [RegionLevel, string | null][] = [['town', g.town], ['county', g.county], ['city', g.city], ['province', g.province]];
  const [level, name] = levels.find(([, n]) => n) ?? [];
  if (!level || !name || !CODES[name]) return null;
  return { code: CODES[name], name, level, province: g.province, city: g.city, county: g.county, town: g.town };
}

/** Where the number stands in an evidence clause (the clause itself for an uncounted honor). */
function numberIn(clause: string): [number, number] {
  const m = /[0-9０-９][0-9０-９.,，]*[万亿]?/.exec(clause) ?? /[零〇一二两三四五六七八九十百千万亿]{1,8}/.exec(clause);
  return m ? [m.index, m.index + m[0].length] : [0, clause.length];
}

/**
 * One report article per titled gold article (untitled briefs join the article before them),
 * its text the part of the seed page from its title to the next title, each gold claim placed
 * where its evidence clause stands. Claims whose clause is not found verbatim are left out.
 */
function goldArticles(): ReportArticle[] {
  const out: ReportArticle[] = [];
  for (const file of fs.readdirSync(path.join(FIX, 'gold')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(FIX, 'gold', file), 'utf8').split('\n')[0]) as { doc: string; articles: GoldArticle[] };
    const seed = fs.readFileSync(path.join(FIX, 'seeds', `${gold.doc}.txt`), 'utf8');
    const groups: { title: string | null; region: GoldArticle['region']; claims: GoldClaim[]; start: number }[] = [];
    let cursor = 0;
    for (const a of gold.articles) {
      const at = a.title ? seed.indexOf(a.title, cursor) : -1;
      if (groups.length === 0 || at >= 0) {
        groups.push({ title: a.title, region: a.region, claims: [...a.claims], start: Math.max(0, at) });
        if (at >= 0) cursor = at + a.title!.length;
      } else {
        groups[groups.length - 1].claims.push(...a.claims);
      }
    }
    groups.forEach((g, i) => {
      const text = seed.slice(g.start, i + 1 < groups.length ? groups[i + 1].start : seed.length);
      const claims: Claim[] = [];
      let from = 0;
      for (const c of g.claims) {
        let at = text.indexOf(c.text, from);
        if (at < 0) at = text.indexOf(c.text);
        if (at < 0) continue;
        from = at;
        const [s, e] = numberIn(c.text);
        claims.push({
          kind: c.kind, value: c.value, valueMax: c.valueMax ?? null, unit: c.unit, classifier: null, approx: c.approx,
          per: c.per ?? null, honor: c.honor ?? null, subject: null, category: null, period: null, text: c.text,
          span: [at + s, at + e],
        });
      }
      out.push({ doc: gold.doc, index: i, title: g.title, date: null, source: null, region: regionOf(g.region), text, claims });
    });
  }
  return out;
}

/** An article whose text tries to inject markup and script. */
const HOSTILE = '县妇联</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">举办培训班42期';
function hostileArticle(): ReportArticle {
  const at = HOSTILE.lastIndexOf('42期');
  return {
    doc: 'zz_hostile<b>', index: 0, title: '<img src=x onerror="window.__pwned=3">注入测试', date: null, source: '<b>来源</b>',
    region: null, text: HOSTILE,
    claims: [{ kind: 'count', value: 42, valueMax: null, unit: '期', classifier: '期', approx: null, per: null, honor: null,
      subject: '<i>培训班</i>', category: null, period: null, text: '举办培训班42期', span: [at, at + 3] }],
  };
}

async function open(html: string, name: string): Promise<{ page: Page; errors: string[] }> {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, html);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(file).href);
  return { page, errors };
}

/** Highlights whose text is not exactly their claim's range of the article text. */
function misplaced(page: Page): Promise<number> {
  return page.evaluate(() => {
    const data = JSON.parse(document.getElementById('report-data')!.textContent!);
    return [...document.querySelectorAll<HTMLElement>('mark.claim')].filter((m) => {
      const a = data.articles[+m.dataset.a!];
      const c = a.c[+m.dataset.c!];
      return c.s < 0 || m.textContent !== a.x.slice(c.s, c.e);
    }).length;
  });
}

describe('report in a real browser', () => {
  const articles = [...goldArticles(), hostileArticle()];
  const total = articles.reduce((s, a) => s + a.claims.length, 0);
  const byKind = (k: Kind) => articles.reduce((s, a) => s + a.claims.filter((c) => c.kind === k).length, 0);
  const html = buildReport(articles, { title: 'zhclaims 报告 · fixtures' });

  it('the hand-built input is substantial', () => {
    expect(articles.length).toBeGreaterThanOrEqual(7);
    expect(total).toBeGreaterThan(250);
    expect(new Set(articles.map((a) => a.region?.code ?? null)).size).toBeGreaterThanOrEqual(6);
  });

  it('shows one highlight per claim, in place, with details on hover and focus, and filters', async () => {
    const { page, errors } = await open(html, 'report.html');

    // overview: one table row and one chart row per region with claims
    const regions = new Set(articles.map((a) => a.region?.code ?? 'unknown')).size;
    expect(await page.locator('table.regions tbody tr').count()).toBe(regions);
    expect(await page.locator('svg.chart .chart-row').count()).toBe(regions);

    await page.click('#render-all');
    const marks = page.locator('mark.claim');
    expect(await marks.count()).toBe(total);
    for (const k of ['money', 'people', 'percent', 'honor', 'count'] as Kind[]) {
      expect(await page.locator(`mark.claim.k-${k}`).count()).toBe(byKind(k));
    }
    // every highlight covers exactly its claim's range of the article text
    expect(await misplaced(page)).toBe(0);

    // page text is text: nothing injected ran or became an element
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    const hostile = page.locator('article.art', { hasText: '注入测试' });
    expect(await hostile.locator('.text').textContent()).toBe(HOSTILE);
    expect(await hostile.locator('img').count()).toBe(0);
    expect(await page.locator('main img, main script').count()).toBe(0);

    // keyboard: a highlight is focusable and shows its details; Tab moves to the next one
    const tip = page.locator('#tip');
    const firstMoney = page.locator('mark.claim.k-money').first();
    await firstMoney.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('金额 money');
    expect(await tip.textContent()).toContain('元');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('mark.claim'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);

    // hover: an honor shows its title and level
    const honor = page.locator('mark.claim.k-honor').first();
    await honor.scrollIntoViewIfNeeded();
    await honor.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const honorTip = (await tip.textContent())!;
    expect(honorTip).toContain('荣誉 honor');
    expect(honorTip).toMatch(/级别 level|无称号|荣誉 honor/);

    // kind filter: keep money only
    for (const k of ['people', 'percent', 'honor', 'count']) await page.uncheck(`input[name=kind][value=${k}]`);
    const styles = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('mark.claim')].map((m) => ({
        kind: m.dataset.kind,
        bg: getComputedStyle(m).backgroundColor,
        tab: m.getAttribute('tabindex'),
        shown: !!m.closest('article.art') && !(m.closest('article.art') as HTMLElement).hidden,
      })),
    );
    const clear = 'rgba(0, 0, 0, 0)';
    const money = styles.filter((s) => s.kind === 'money');
    const others = styles.filter((s) => s.kind !== 'money');
    expect(money.length).toBe(byKind('money'));
    expect(money.every((s) => s.bg !== clear && s.tab === '0' && s.shown)).toBe(true);
    expect(others.every((s) => s.bg === clear && s.tab === '-1')).toBe(true);
    // articles without a money claim are hidden
    const visibleArticles = await page.locator('article.art:visible').count();
    expect(visibleArticles).toBe(articles.filter((a) => a.claims.some((c) => c.kind === 'money')).length);
    // hovering a filtered-out highlight shows nothing
    await page.locator('article.art:visible mark.claim.k-people').first().hover().catch(() => {});
    expect(await tip.isVisible()).toBe(false);
    for (const k of ['people', 'percent', 'honor', 'count']) await page.check(`input[name=kind][value=${k}]`);
    expect(await page.locator('article.art:visible').count()).toBe(articles.length);

    // region filter: one region's section and table row only
    const pick = await page.locator('#region-filter option').nth(2).getAttribute('value');
    await page.selectOption('#region-filter', pick!);
    expect(await page.locator('details.region:visible').count()).toBe(1);
    expect(await page.locator('table.regions tbody tr:visible').count()).toBe(1);
    await page.selectOption('#region-filter', '');
    expect(await page.locator('details.region:visible').count()).toBe(regions);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays usable with 10,000 articles: bodies render only when their region is opened and scrolled to', async () => {
    const body = '今年以来，县妇联举办培训班42期，培训农村妇女3500余人次，发放创业贷款1000万元，农村妇女参训率达85%，' +
      '涌现出全国巾帼文明岗6个。'.repeat(1);
    const filler = '扎实推进家庭文明建设，组织开展各类活动。'.repeat(20);
    const spans: [Kind, string][] = [['count', '42期'], ['people', '3500余人次'], ['money', '1000万元'], ['percent', '85%'], ['honor', '6个']];
    const big: ReportArticle[] = [];
    for (let i = 0; i < 10_000; i++) {
      const r = i % 50;
      const text = `第${i}篇。` + body + filler;
      const claims = spans.map(([kind, s]): Claim => {
        const at = text.indexOf(s);
        return { kind, value: 1, valueMax: null, unit: null, classifier: s, approx: null, per: null, honor: null, subject: null, category: null, period: null, text: s, span: [at, at + s.length] };
      });
      const code = String(110101 + r);
      big.push({ doc: `p${String(i).padStart(5, '0')}`, index: 0, title: `文章${i}`, date: null, source: null,
        region: { code, name: `区${r}`, level: 'county', province: '某省', city: '某市', county: `区${r}`, town: null }, text, claims });
    }
    const { page, errors } = await open(buildReport(big), 'big.html');
    expect(await page.locator('table.regions tbody tr').count()).toBe(50);
    // nothing of the articles is in the document before a region is opened
    expect(await page.locator('article.art').count()).toBe(0);
    expect(await page.locator('mark.claim').count()).toBe(0);

    await page.click('details.region >> nth=0 >> summary');
    await page.locator('article.art').first().waitFor();
    // bodies are filled in by an IntersectionObserver callback, after the shells exist
    await page.locator('.text').first().waitFor();
    const shells = await page.locator('article.art').count();
    const rendered = await page.locator('.text').count();
    expect(shells).toBeGreaterThan(0);
    expect(shells).toBeLessThanOrEqual(100); // 200 articles in the region, added a chunk at a time
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(shells); // bodies only near the viewport
    expect(await page.locator('mark.claim').count()).toBe(rendered * spans.length);

    // scrolling to the end of what is there brings in the rest of the region
    await page.locator('details.region >> nth=0 >> button.more').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('article.art').count()).toBe(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('report of the fixture pages', () => {
  let seeds: ReportArticle[] = [];
  let seedClaims = 0;
  let seedsHtml = '';
  beforeAll(async () => {
    const problems: string[] = [];
    ({ articles: seeds } = await gather([path.join(FIX, 'seeds')], [], (o, r) => problems.push(`${o}: ${r}`)));
    expect(problems).toEqual([]);
    seedClaims = seeds.reduce((s, a) => s + a.claims.length, 0);
    seedsHtml = buildReport(seeds, { title: 'zhclaims 报告 · fixtures/seeds' });
    expect(seedClaims).toBeGreaterThan(0);
  });

  it('of the fixture pages, through the pipeline: one highlight per claim; saves a screenshot', async () => {
    const { page, errors } = await open(seedsHtml, 'seeds.html');
    // the overview, then the first articles with their highlights and one claim's details
    await page.setViewportSize({ width: 1280, height: 1750 });
    await page.locator('mark.claim').first().waitFor();
    expect(await page.locator('table.regions tbody tr').count()).toBe(new Set(seeds.map((a) => a.region?.code ?? 'unknown')).size);
    const box = await page.evaluate(() => {
      const fits = (r: DOMRect) => r.top > 300 && r.bottom < window.innerHeight - 240;
      const rects = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].map((m) => m.getBoundingClientRect());
      const inView = rects('mark.claim.k-money, mark.claim.k-people').find(fits) ?? rects('mark.claim').find(fits);
      return inView ? { x: inView.left + inView.width / 2, y: inView.top + inView.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(20_000);

    await page.click('#render-all');
    expect(await page.locator('mark.claim').count()).toBe(seedClaims);
    expect(await misplaced(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('targets, parts and reposts in a real browser', () => {
  // the hand-annotated claims of fixtures/summarize (8 targets, 3 parts, a repost of d09) with the
  // texts of their dev pages, written as `zhclaims articles` would
  let html = '';
  let records: any[] = [];
  beforeAll(async () => {
    const claimsFile = path.join(FIX, 'summarize/claims.jsonl');
    records = fs.readFileSync(claimsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const { processPage, articleRecords } = await import('../src/pipeline.js');
    const lines: string[] = [];
    for (const [doc, file] of [['d09', 'd09'], ['d09-repost', 'd09'], ['d16', 'd16'], ['d21', 'd21']]) {
      const f = path.join(FIX, 'dev/docs', `${file}.txt`);
      const d = processPage({ id: doc, origin: f, bytes: fs.readFileSync(f), kind: 'text' });
      for (const r of articleRecords(d)) lines.push(JSON.stringify(r));
    }
    const articlesFile = path.join(tmp, 'hand-articles.jsonl');
    fs.writeFileSync(articlesFile, lines.join('\n') + '\n');
    const problems: string[] = [];
    const got = await gather([claimsFile], [articlesFile], (o, r) => problems.push(`${o}: ${r}`));
    expect(problems).toEqual([]);
    html = buildReport(got.articles);
  });

  it('styles targets and parts visibly, explains them in a legend and the details, and switches the chart', async () => {
    const { page, errors } = await open(html, 'targets.html');
    await page.click('#render-all');
    const targets = records.filter((r) => r.status === 'target').length;
    const parts = records.filter((r) => r.partOf).length;
    expect(await page.locator('mark.claim.st-target').count()).toBe(targets);
    expect(await page.locator('mark.claim.part').count()).toBe(parts);
    // a target: dashed underline and a 目标 tag that is not part of the article's text
    const target = page.locator('mark.claim.st-target').first();
    const look = await target.evaluate((m) => ({
      border: getComputedStyle(m).borderBottomStyle,
      tag: getComputedStyle(m, '::after').content,
      text: m.textContent,
    }));
    expect(look).toEqual({ border: 'dashed', tag: '"目标"', text: expect.not.stringContaining('目标') });
    const part = page.locator('mark.claim.part').first();
    expect(await part.evaluate((m) => [getComputedStyle(m).borderBottomStyle, getComputedStyle(m, '::after').content])).toEqual(['dotted', '"其中"']);
    // the legend shows the same styles
    const legend = page.locator('#legend');
    expect(await legend.isVisible()).toBe(true);
    expect(await legend.locator('.sample.st-target').evaluate((m) => getComputedStyle(m).borderBottomStyle)).toBe('dashed');
    expect(await legend.locator('.sample.part').evaluate((m) => getComputedStyle(m).borderBottomStyle)).toBe('dotted');
    // details: status, and the total a part belongs to
    await target.focus();
    await expect.poll(() => page.locator('#tip').textContent()).toContain('目标 target');
    await part.focus();
    await expect.poll(() => page.locator('#tip').textContent()).toMatch(/其中 part of150,000,000 元/); // 7747万 of the planned 1.5亿
    // the repost is marked as such
    expect(await page.locator('article.art.repost .repost-note').textContent()).toBe('转载 repost of d09 #0');
    // results only: the chart shows the other set of bars, with 8 of 汝城县's 20 claims
    const row = page.locator('svg.chart .chart-row', { hasText: '汝城县' });
    const shownTotal = () => row.evaluate((g) => [...g.querySelectorAll<SVGTextElement>('.total')].filter((t) => t.getBoundingClientRect().width > 0).map((t) => t.textContent));
    expect(await shownTotal()).toEqual(['20']);
    await page.check('#results-only');
    expect(await shownTotal()).toEqual(['8']);
    await page.uncheck('#results-only');
    expect(await shownTotal()).toEqual(['20']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
