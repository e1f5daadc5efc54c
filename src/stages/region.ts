import type { Article, Doc, Region, RegionLevel } from '../doc.js';
import { regionData, toRegion, isAncestorOrSelf, lineage, type Unit } from '../regions/data.js';
import { nameTable } from '../regions/names.js';
import { keyLengthsAt, mayBeKey, warmUp } from '../regions/scan.js';
import { ownSuffix, siteRegion } from '../regions/site.js';
import { simplifyPage } from './normalize.js';
import { pageContext, resolveFields, scanField, type Field, type PageContext } from '../regions/resolve.js';

// The region stage: each article gets the place whose work it reports (see src/regions/).

function articleFields(a: Pick<Article, 'title' | 'source' | 'authors' | 'text'> & { tokens?: Article['tokens'] }): Field[] {
  const fields: Field[] = [];
  if (a.title) fields.push({ text: a.title, weight: 3 });
  if (a.source) fields.push({ text: a.source, weight: 2 });
  if (a.authors.length) fields.push({ text: a.authors.join(' '), weight: 1 });
  fields.push({ text: a.text, weight: 1, body: true, words: a.tokens });
  return fields;
}

export function resolveRegions(doc: Doc): void {
  if (doc.articles.length === 0) return;
  // Evidence is what cleaning kept: the articles' titles, source lines, bylines and bodies,
  // each scanned once for the page and its article.
  const fields = doc.articles.map((a) => articleFields(a));
  const hits = fields.map((fs) => fs.map(scanField));
  const ctx: PageContext = pageContext(fields.flat(), hits.flat());
  // the page's region is a prior from the other articles: a page of one article has none (its own
  // evidence counted twice made a county named once in a breakdown outweigh the city that acts)
  if (doc.articles.length === 1) ctx.region = null;
  for (const [i, a] of doc.articles.entries()) {
    let u = resolveFields(fields[i], ctx, hits[i]);
    // 我县召开… and no place named: the outlet of the page (永嘉网), where one fits (regions/site.ts)
    if (!u) {
      const suffix = ownSuffix(hits[i]);
      // (版權所有 太原市總工會: the outlets of a traditional page are read in simplified characters)
      if (suffix) u = siteRegion(simplifyPage(doc.raw), suffix);
    }
    a.region = u ? toRegion(u) : null;
  }
}

/** Resolves one free text as an article of its own (tests, diagnostics). */
export function regionOfText(text: string, title: string | null = null): Region | null {
  const ctx = pageContext([title ?? '', text]);
  ctx.region = null; // one article: no other articles to lend a prior
  const u = resolveFields(articleFields({ title, source: null, authors: [], text }), ctx);
  return u ? toRegion(u) : null;
}

const RANK: Record<RegionLevel, number> = { province: 0, city: 1, county: 2, town: 3 };

/**
 * The units named by the longest place name at the start of `name` (诸城市级 → 诸城市).
 * Everyday words (城区, 长安) and towns' short forms (创新 of 创新街道) are not taken.
 */
function unitsAtStart(name: string): { units: Unit[]; short: boolean } | null {
  const { names } = nameTable();
  // only the lengths at which a key may start here (most prefixes of most texts are none)
  for (const len of keyLengthsAt(name, 0, 24)) {
    const e = names.get(name.slice(0, len));
    if (!e || e.weak) continue;
    const usable = e.candidates.filter((c) => !c.unit.zone && !(c.short && c.unit.level === 'town'));
    if (usable.length === 0) continue;
    const full = usable.filter((c) => !c.short);
    const list = full.length ? full : usable;
    return { units: list.map((c) => c.unit), short: full.length === 0 };
  }
  return null;
}

/** Picks among units of one name: the one nearest to `hint`, else the single highest level. */
function choose(units: Unit[], hint: Region | null | undefined): Unit | null {
  if (units.length === 1) return units[0];
  if (hint) {
    const h = regionData().byCode.get(hint.code);
    if (h) {
      const near = (u: Unit) => {
        if (isAncestorOrSelf(u, h) || isAncestorOrSelf(h, u)) return 10;
        const hl = new Set(lineage(h).map((x) => x.index));
        return lineage(u).filter((x) => hl.has(x.index)).length;
      };
      const scored = units.map((u) => ({ u, s: near(u) }));
      const best = Math.max(...scored.map((x) => x.s));
      const top = scored.filter((x) => x.s === best);
      if (best > 0 && top.length === 1) return top[0].u;
    }
  }
  const highest = Math.min(...units.map((u) => RANK[u.level]));
  const at = units.filter((u) => RANK[u.level] === highest);
  return at.length === 1 ? at[0] : null;
}

/**
 * The administrative level of a place name, full or short, with anything after it ignored:
 * 潍坊市级 → city, 诸城市级 → county (a county-level city), 昭通市委 → city, 吉林省 →
 * province, 诸城 → county. A short name shared by levels takes the higher (吉林 → province).
 * Null when the text does not start with a place name.
 */
export function placeLevel(name: string): RegionLevel | null {
  const found = unitsAtStart(name.trim());
  if (!found) return null;
  return found.units.reduce<RegionLevel>(
    (best, u) => (RANK[u.level] < RANK[best] ? u.level : best),
    found.units[0].level,
  );
}

/** Whether `name` is a key of the name table: every unit's official name is one (a cheap test
 * before regionOfName, which tries each prefix of a name). */
export function isPlaceKey(name: string): boolean {
  return mayBeKey(name, 0, name.length) && nameTable().names.has(name);
}

/** Whether text[s, e) may be a key of the name table, read without making the string (false: it is none). */
export function mayBePlaceKey(text: string, s: number, e: number): boolean {
  return mayBeKey(text, s, e);
}

/** Whether any key of the name table of at most `max` characters may start at text[s] (false: none does). */
export function placeKeyMayStart(text: string, s: number, max: number): boolean {
  return keyLengthsAt(text, s, max).length > 0;
}

/** The region a place name stands for, settled by `hint` (the article's region) when shared. */
export function regionOfName(name: string, hint?: Region | null): Region | null {
  const found = unitsAtStart(name.trim());
  if (!found) return null;
  const u = choose(found.units, hint);
  return u ? toRegion(u) : null;
}

/**
 * Place names and aliases for the segmenter's user dictionary, sorted. Towns are many
 * (≈39 000) and left out unless asked for; everyday words (平安, 城区) are always left out.
 */
export function regionWords(opts: { towns?: boolean } = {}): string[] {
  const out: string[] = [];
  const { names, notWords } = nameTable();
  // every name: read without building (and keeping) an entry for each
  for (const { key, weak, levels } of names.levels()) {
    if (weak || notWords.has(key)) continue;
    if (!opts.towns && levels.every((l) => l === 'town')) continue;
    out.push(key);
  }
  return out.sort();
}

/** Loads the index and builds the name table now rather than on the first page. */
export function warmUpRegions(): void {
  warmUp();
}
