import { loadList, loadTsv } from '../dict.js';
import { regionData, lineage, isAncestorOrSelf, type Unit } from './data.js';
import { scan, type Hit } from './scan.js';

// Scoring an article's place names into one region.
//
// 1. Every place name of the page is found in one pass (scan.ts). A short alias (永善) or an
//    everyday word (平安, 城区) only counts when the page vouches for it: its full name, its
//    parent or a child is named too, or an acting body follows it (永善妇联). A town's short
//    form (大槐) needs the town's full name on the page.
// 2. A name shared by several units (朝阳区, 皇华镇, 吉林) goes to the unit whose parents and
//    children are named on the page; a tie between levels goes to the higher level
//    (吉林 → 吉林省); any other tie leaves the name out.
// 3. Each mention weighs by where it stands (title, source line, first lines, first place
//    named), whether an acting body follows, and whether it is a destination (赴上海学习).
//    The page's own region (the same scoring over all its articles' cleaned text, never the
//    furniture cleaning removed) is a weak prior for an article that names a place or refers
//    to its own (市妇联); an article with neither gets no region.
// 4. The weights are summed up the tree. The lineage is the path of heaviest subtrees from
//    province down, followed only while a child holds more than half its siblings' weight.
//    Self-references (我县, 全市, 该镇) add to the place of the path whose name ends like them
//    and that weighs most. The region is the deepest place of the path holding at least half
//    the weight of the heaviest one; the chain fills upward from it.

export interface Field {
  text: string;
  /** How much a mention here says about the article: title 3, source line 2, body 1. */
  weight: number;
  /** Mentions in the first lines of a body weigh more. */
  body?: boolean;
  /** Word boundaries of the text (its segmenter tokens): a short name that is a whole word
   * (武汉, not 阿里 of 阿里巴巴) and recurs counts without other corroboration. */
  words?: { isWord(start: number, end: number): boolean };
}

export const WEIGHTS = {
  leadChars: 100,
  lead: 1.5,
  /** The first place named in the body's lead is most often the one acting. */
  first: 1.5,
  actor: 1.5,
  destination: 0.2,
  short: 0.8,
  zoneToParent: 0.5,
  pinInTitle: 2,
  /** The page's own region, given to each of its articles as a weak prior. */
  pagePrior: 1,
  /** The least weight of the region's place: more than one passing mention in the body. */
  minEvidence: 2,
  /** A round-up stops at its place when no child of it holds this share of the children's weight. */
  roundUp: 0.6,
  /** The region holds at least this share of the heaviest place on its path. */
  keep: 0.5,
  /** A child is followed only when it holds more than this share of its siblings' weight. */
  dominant: 0.5,
};

/** What the whole page says about places: evidence used to settle short and shared names. */
export interface Evidence {
  /** Mentions of the unit itself, by unit index (a name shared by k units gives 1/k). */
  self: Map<number, number>;
  /** Mentions of all its descendants. */
  down: Map<number, number>;
  /** Mentions of its direct children. */
  kids: Map<number, number>;
}

export interface PageContext {
  /** Full names and hand-kept aliases (and short ones followed by an acting body). */
  strong: Evidence;
  /** Every mention that is not an everyday word, short aliases included. */
  all: Evidence;
  /** The page's dominant region, if any. */
  region: Unit | null;
}

const evidence = (): Evidence => ({ self: new Map(), down: new Map(), kids: new Map() });

function addEvidence(ev: Evidence, u: Unit, w: number): void {
  ev.self.set(u.index, (ev.self.get(u.index) ?? 0) + w);
  const { units } = regionData();
  if (u.parent >= 0) ev.kids.set(u.parent, (ev.kids.get(u.parent) ?? 0) + w);
  let p = u.parent;
  while (p >= 0) {
    ev.down.set(p, (ev.down.get(p) ?? 0) + w);
    p = units[p].parent;
  }
}

/** Evidence of the unit's whole lineage: ancestors and descendants (itself optional). */
function support(c: Unit, ev: Evidence, withSelf: boolean): number {
  let s = ev.down.get(c.index) ?? 0;
  if (withSelf) s += ev.self.get(c.index) ?? 0;
  const { units } = regionData();
  let p = c.parent;
  while (p >= 0) {
    s += ev.self.get(p) ?? 0;
    p = units[p].parent;
  }
  return s;
}

/**
 * Evidence close enough to vouch for a short or everyday name: the unit itself, its parent,
 * its children (any descendant for a province). A province named on the page does not make
 * 文化 in 文化馆 the 文化街道 of one of its towns.
 */
function nearby(c: Unit, ev: Evidence, withSelf: boolean): number {
  let s = withSelf ? (ev.self.get(c.index) ?? 0) : 0;
  if (c.parent >= 0) s += ev.self.get(c.parent) ?? 0;
  s += (c.level === 'province' ? ev.down : ev.kids).get(c.index) ?? 0;
  return s;
}

/** A place name found in a field; whether the segmenter makes it a word is asked only where that matters. */
export interface FieldHit extends Hit {
  field: Field;
  word?: boolean;
}

/** The place names of one field (scan.ts). */
export function scanField(f: Field): FieldHit[] {
  const hits = scan(f.text) as FieldHit[];
  for (const h of hits) h.field = f;
  return hits;
}

function isWordHit(h: FieldHit): boolean {
  return (h.word ??= !!h.field.words?.isWord(h.start, h.end));
}

/** Glued to the word before it (示范县 holds 范县), unless the segmenter cut it as a word of its own (支援武汉). */
function glued(h: FieldHit): boolean {
  return h.glued && !isWordHit(h);
}

/** What the page says about places; `prescanned`: the fields' hits (scanField), when known. */
export function pageContext(texts: (string | Field)[], prescanned?: FieldHit[][]): PageContext {
  const ctx: PageContext = { strong: evidence(), all: evidence(), region: null };
  const fields: Field[] = texts.map((t) => (typeof t === 'string' ? { text: t, weight: 1, body: true } : { ...t, weight: 1, body: true }));
  const perText = prescanned ?? fields.map(scanField);
  for (const h of perText.flat()) {
    const e = h.entry;
    if (!e || e.weak) continue;
    const k = e.candidates.length;
    for (const c of e.candidates) {
      // A town's short form (大槐) is too often a word (创新, 联合): it vouches for nothing.
      if (c.short && c.unit.level === 'town') continue;
      addEvidence(ctx.all, c.unit, 1 / k);
      if ((!c.short || h.actor) && !glued(h)) addEvidence(ctx.strong, c.unit, 1 / k);
    }
  }
  ctx.region = resolveFields(fields, ctx, perText);
  return ctx;
}

const LEVEL_RANK: Record<Unit['level'], number> = { province: 0, city: 1, county: 2, town: 3 };

/** The unit a mention stands for on this page, or null when the page does not settle it.
 * `recurs`: whether the mention is a whole word and the article names it so more than once. */
export function pickCandidate(
  h: FieldHit,
  ctx: PageContext,
  recurs: () => boolean,
  selfSuffixes?: Set<string>,
  provinceSuffixes?: Set<string>,
  provinceActs = false,
): Unit | null {
  const e = h.entry;
  if (!e) return null;
  const kept: { unit: Unit; score: number; short: boolean }[] = [];
  for (const c of e.candidates) {
    if (e.weak && nearby(c.unit, ctx.strong, true) <= 0) continue;
    // A town's short form counts only where the town's full name is on the page.
    if (c.short && c.unit.level === 'town' && !(ctx.strong.self.get(c.unit.index)! > 0)) continue;
    // 闽宁 beside 福建 and 宁夏 is the two provinces' pairing (闽宁协作), not 闽宁镇
    if (c.short && c.unit.level === 'town' && isPairing(h.key, ctx)) continue;
    const unsure = (c.short && !h.actor) || glued(h);
    // (whether something vouches matters only for an unsure mention with no evidence nearby: asked
    // last, as recurs() may mean segmenting clauses)
    if (unsure && nearby(c.unit, ctx.strong, true) <= 0 && nearby(c.unit, ctx.all, false) <= 0 && !vouched(c.unit, h, ctx, recurs, selfSuffixes, provinceSuffixes, provinceActs)) continue;
    const score = support(c.unit, ctx.strong, true) + 0.5 * support(c.unit, ctx.all, false);
    kept.push({ unit: c.unit, score, short: c.short });
  }
  if (kept.length === 0) return null;
  if (kept.length === 1) return kept[0].unit;
  // 长沙 is 长沙市 rather than 长沙县 under it: a short name shared with a descendant is the ancestor.
  if (kept.length === 2) {
    const [a, b] = kept.map((k) => k.unit);
    if (b.parent === a.index) return a;
    if (a.parent === b.index) return b;
  }
  const best = Math.max(...kept.map((k) => k.score));
  const top = kept.filter((k) => best - k.score < 1e-9);
  if (top.length === 1) return top[0].unit;
  // 沙县 is the full name of 沙县 (an older code) and the short one of 沙县区: the full name wins
  const full = top.filter((k) => !k.short);
  if (full.length === 1) return full[0].unit;
  // A tie between levels goes to the higher one (吉林 → 吉林省, 承德 → 承德市).
  const highest = Math.min(...top.map((k) => LEVEL_RANK[k.unit.level]));
  const atHighest = top.filter((k) => LEVEL_RANK[k.unit.level] === highest);
  if (atHighest.length === 1) return atHighest[0].unit;
  const units = atHighest.map((k) => k.unit);
  // one place under two codes (三元区 of 三明市, renumbered after a merger): the later code
  if (units.every((u) => u.name === units[0].name && u.parent === units[0].parent)) return units.reduce((a, b) => (b.code > a.code ? b : a));
  return highest === LEVEL_RANK.county ? mostProminent(units) : null;
}

/** Whether something vouches for mention `h` as unit `u` (pickCandidate). */
function vouched(
  u: Unit,
  h: FieldHit,
  ctx: PageContext,
  recurs: () => boolean,
  selfSuffixes: Set<string> | undefined,
  provinceSuffixes: Set<string> | undefined,
  provinceActs: boolean,
): boolean {
  // a whole-word name that recurs, or that the article's self-reference fits (构建和谐天津 … 本市), vouches
  // (a province's short name said once, 辽宁积极引导…全省共…: 全省 fits it, light as it weighs elsewhere)
  const suffixes = u.level === 'province' ? provinceSuffixes : selfSuffixes;
  let fits = false;
  if (suffixes && !h.destination) for (const x of suffixes) if ((fits = u.name.endsWith(x))) break;
  // (a county's short name too, when the article speaks of its own county: 县总工会在竹山一中…全县)
  // (a province's name inside a word, 美丽山西, when provincial bodies act: 团省委…团省委…全省)
  // (a city's or province's short name after a preposition, 为巴中统筹城乡…全市, where it is the only
  // place the page names: the segmenter's cut of an unknown phrase does not make it a word's tail)
  const loose = fits && (u.level === 'city' || u.level === 'province') && isPreposition(h.field.text[h.start - 1] ?? '') && noFullName(ctx);
  return (
    loose ||
    ((((u.level === 'city' || u.level === 'province') && (fits || recurs())) || (u.level === 'county' && fits && !otherCounty(u, ctx) && (recurs() || institution(h) || support(u, ctx.all, false) > 0))) &&
      !glued(h)) ||
    (u.level === 'province' && fits && provinceActs)
  );
}

let prepositions: Set<string> | null = null;

/** A one-character preposition (regions/prepositions.txt). */
function isPreposition(c: string): boolean {
  return (prepositions ??= new Set(loadList('regions/prepositions.txt'))).has(c);
}

/** Whether the page names no place by its full name (nor a short one with an acting body). */
function noFullName(ctx: PageContext): boolean {
  for (const w of ctx.strong.self.values()) if (w > 0) return false;
  return true;
}

let outlets: string[] | null = null;
let institutions: string[] | null = null;
const startsWithAny = (s: string, words: string[]) => words.some((w) => s.startsWith(w));

/** A mention naming the outlet: the source line (weight 2) or a name followed by 日报, 新闻网 … (regions/outlets.txt) */
function isOutlet(h: FieldHit): boolean {
  outlets ??= loadList('regions/outlets.txt');
  return (!h.field.body && h.field.weight === 2) || startsWithAny(h.field.text.slice(h.end, h.end + 5), outlets);
}

/** A county's short name before one of its own institutions (竹山一中, 竹山县城; regions/county-institutions.txt). */
function institution(h: FieldHit): boolean {
  institutions ??= loadList('regions/county-institutions.txt');
  return startsWithAny(h.field.text.slice(h.end, h.end + 4), institutions);
}

/** Whether the page names another county-level place in full (永嘉县: then 资源 of 整合资源 is a word, not 资源县). */
function otherCounty(u: Unit, ctx: PageContext): boolean {
  const { units } = regionData();
  for (const [i, w] of ctx.strong.self) if (w > 0 && i !== u.index && units[i].level === 'county') return true;
  return false;
}

let abbreviations: Map<string, string> | null = null;

/** Whether a two-character name is two provinces' one-character abbreviations (闽宁, 沪滇) and the
 * page names both provinces (regions/province-abbreviations.tsv). */
function isPairing(key: string, ctx: PageContext): boolean {
  if (key.length !== 2) return false;
  abbreviations ??= new Map(loadTsv('regions/province-abbreviations.tsv').map(([c, code]) => [c, code]));
  const { byCode } = regionData();
  const named = (ch: string) => {
    const code = abbreviations!.get(ch);
    const p = code === undefined ? undefined : byCode.get(code);
    return !!p && ((ctx.all.self.get(p.index) ?? 0) > 0 || (ctx.all.down.get(p.index) ?? 0) > 0);
  };
  return key[0] !== key[1] && named(key[0]) && named(key[1]);
}

let prominentRank: Map<string, number> | null = null;

/** How prominent the city of a unit is (regions/prominent.tsv): 1 municipality, 2 capital, else none. */
function prominence(u: Unit): number {
  prominentRank ??= new Map(loadTsv('regions/prominent.tsv').map(([code, rank]) => [code, Number(rank)]));
  for (const x of lineage(u)) {
    const r = prominentRank.get(x.code);
    if (r !== undefined) return r;
  }
  return Infinity;
}

/** A district name shared by several cities and not settled by the page (朝阳区, 和平区): the one
 * of the most prominent city, when only one is; a tie of capitals (鼓楼区) stays unsettled. */
function mostProminent(units: Unit[]): Unit | null {
  const ranks = units.map(prominence);
  const best = Math.min(...ranks);
  if (best === Infinity) return null;
  return ranks.filter((r) => r === best).length === 1 ? units[ranks.indexOf(best)] : null;
}

/**
 * The region of a set of fields (an article's title, source line, byline and body).
 * `prescanned` lets the page reuse hits it already has.
 */
export function resolveFields(fields: Field[], ctx: PageContext, prescanned?: FieldHit[][]): Unit | null {
  const { units } = regionData();
  const own = new Map<number, number>();
  const pins = new Map<string, number>();
  const titlePins = new Set<string>();
  const credit = (u: Unit, w: number) => own.set(u.index, (own.get(u.index) ?? 0) + w);
  // what vouches for a place as the article's own rather than one it passes through (a venue,
  // a visit, an example): a mention in the title or byline, the lead's subject, an acting body
  // after it in the lead (阜南县妇联), or a self-reference that fits it (全县, 县妇联; not 各县妇联, 直管县妇联)
  const vouched = new Set<number>();
  const ownPins = new Map<string, number>();

  const scanned = prescanned ?? fields.map(scanField);
  // names by key, and whether the article names each as a whole word twice (asked, and counted
  // only as far as two: each answer may mean segmenting a clause)
  const byKey = new Map<string, FieldHit[]>();
  for (const hits of scanned) {
    for (const h of hits) {
      if (!h.entry) continue;
      const list = byKey.get(h.key);
      if (list) list.push(h);
      else byKey.set(h.key, [h]);
    }
  }
  const twice = new Map<string, boolean>();
  const wordTwice = (key: string): boolean => {
    let yes = twice.get(key);
    if (yes === undefined) {
      let n = 0;
      for (const x of byKey.get(key)!) if (isWordHit(x) && ++n === 2) break;
      twice.set(key, (yes = n >= 2));
    }
    return yes;
  };
  const selfSuffixes = new Set(scanned.flatMap((hits) => hits.flatMap((h) => (h.selfRef && h.selfRef.weight >= 2 ? [h.selfRef.suffix] : []))));
  const provinceSuffixes = new Set(scanned.flatMap((hits) => hits.flatMap((h) => (h.selfRef ? [h.selfRef.suffix] : []))));
  // a provincial body acting (团省委、省妇联, 我省): the outlet's city (福州新闻网, the source line) is
  // where the story was printed, evidence of its province only
  const provincial = scanned.some((hits) =>
    hits.some((h) => h.selfRef?.suffix === '省' && h.selfRef.weight >= 1 && (!h.field.body || h.start < WEIGHTS.leadChars)),
  );
  let provincialWeight = 0;
  for (const hits of scanned) for (const h of hits) if (h.selfRef?.suffix === '省' && h.selfRef.weight >= 1) provincialWeight += h.selfRef.weight;
  const provinceActs = provincialWeight >= 2;
  // a prefecture's body acting (州总工会, 全州) on a county outlet's page (香格里拉网讯): the outlet is
  // where the story was printed; the place it names stands for its unit the self-reference fits
  const leadSuffixes = new Set(
    scanned.flatMap((hits) => hits.flatMap((h) => (h.selfRef && h.selfRef.weight >= 1 && h.selfRef.suffix !== '省' && (!h.field.body || h.start < WEIGHTS.leadChars) ? [h.selfRef.suffix] : []))),
  );
  const outletUnit = (u: Unit): Unit => {
    if (leadSuffixes.size === 0 || [...leadSuffixes].some((x) => u.name.endsWith(x))) return u;
    const up = lineage(u).slice(1).filter((a) => a.level !== 'province' && [...leadSuffixes].some((x) => a.name.endsWith(x)));
    return up.length === 1 ? up[0] : u;
  };
  fields.forEach((f, fi) => {
    const hits = scanned[fi];
    let first = !!f.body;
    let afterExample = false;
    let prev: { end: number; unit: Unit; subject: boolean } | null = null;
    for (const h of hits) {
      // 以信阳为例…该市: the example's, not the article's own place
      if (h.selfRef && afterExample && h.selfRef.key.startsWith('该')) continue;
      if (h.entry) afterExample = !!h.example;
      if (h.selfRef) {
        const w = h.selfRef.weight * (f.body ? 1 : WEIGHTS.pinInTitle);
        pins.set(h.selfRef.suffix, (pins.get(h.selfRef.suffix) ?? 0) + w);
        if (!f.body && h.selfRef.weight >= 1) titlePins.add(h.selfRef.suffix);
        if (h.selfRef.weight >= 1 && !genericRef(f.text, h.start)) ownPins.set(h.selfRef.suffix, (ownPins.get(h.selfRef.suffix) ?? 0) + w);
        continue;
      }
      const u = pickCandidate(h, ctx, () => isWordHit(h) && wordTwice(h.key), selfSuffixes, provinceSuffixes, provinceActs);
      if (!u) continue;
      let w = f.weight;
      if (f.body && h.start < WEIGHTS.leadChars) w *= WEIGHTS.lead;
      const leadFirst = first && h.start < WEIGHTS.leadChars && !h.destination;
      if (leadFirst) w *= WEIGHTS.first;
      first = false;
      if (h.actor) w *= WEIGHTS.actor;
      if (h.destination) w *= WEIGHTS.destination;
      if (h.entry?.candidates.find((c) => c.unit === u)?.short) w *= WEIGHTS.short;
      // (not the outlet, 人民网-青海频道, nor a body in a cited title, 《北京市总工会关于…》)
      // (the lead's actor only: 调任江苏省文联副主席 in a person's story says nothing; the lead's first
      // place as its subject, 华泾镇举办…, not as a venue, 在阜阳召开, nor a wire dateline)
      const leadActor = h.actor && !h.destination && h.start < WEIGHTS.leadChars && !cited(f.text, h.start);
      // (西宁市城中区 is one name: the child written onto its parent is the subject too)
      const subject: boolean =
        (leadFirst && !h.dateline && f.text[h.start - 1] !== '在') ||
        (prev !== null && prev.subject && prev.end === h.start && isAncestorOrSelf(prev.unit, u));
      prev = { end: h.end, unit: u, subject };
      if ((!f.body || leadActor || subject) && !isOutlet(h)) vouched.add(u.index);
      if (u.zone) {
        if (u.parent >= 0) credit(units[u.parent], w * WEIGHTS.zoneToParent);
      } else if (provincial && u.level !== 'province' && (isOutlet(h) || (provinceActs && h.destination)) && ![...leadSuffixes].some((x) => u.name.endsWith(x))) {
        // (团区委…已通过团省委审核 under 信息来源:双塔区委宣传部: a lead whose own body is a 区 fits the outlet's
        // district; the provincial body only reviews)
        // (省红十字会…来到贵阳市花溪区高坡乡: where a provincial body goes is in its province)
        credit(lineage(u)[lineage(u).length - 1], w);
      } else if (isOutlet(h) && outletUnit(u) !== u) {
        credit(outletUnit(u), w);
      } else if (h.dateline && u.parent >= 0) {
        // a bureau city reports for its province: a province-wide story is not the city's
        credit(units[u.parent], w);
      } else credit(u, w);
    }
  });
  // The page's region (from its other articles' cleaned text) settles an article that names a
  // place or refers to its own (市妇联, 该镇); an article with neither gets no region.
  if (own.size === 0 && pins.size === 0) return null;
  if (ctx.region) credit(ctx.region, WEIGHTS.pagePrior);
  if (own.size === 0) return null;

  // Subtree totals and the path of heaviest subtrees.
  const total = new Map<number, number>();
  const children = new Map<number, Set<number>>();
  const roots = new Set<number>();
  for (const [i, w] of own) {
    let x = i;
    for (;;) {
      total.set(x, (total.get(x) ?? 0) + w);
      const p = units[x].parent;
      if (p < 0) {
        roots.add(x);
        break;
      }
      let set = children.get(p);
      if (!set) children.set(p, (set = new Set()));
      set.add(x);
      x = p;
    }
  }
  const heaviest = (set: Iterable<number>): number => {
    let best = -1;
    for (const i of set) {
      const t = total.get(i) ?? 0;
      if (best < 0 || t > (total.get(best) ?? 0) || (t === total.get(best) && i < best)) best = i;
    }
    return best;
  };
  // A child is followed only when it dominates its siblings: two counties named alike leave
  // the article (or a page of briefs from several counties) at their city.
  const dominant = (set: Set<number> | undefined): number => {
    if (!set) return -1;
    const best = heaviest(set);
    let sum = 0;
    for (const i of set) sum += total.get(i) ?? 0;
    return (total.get(best) ?? 0) > WEIGHTS.dominant * sum ? best : -1;
  };
  // A round-up (省妇联救助… over 大连市妇联…抚顺市妇联…辽阳市妇联…): a place the headline refers
  // to as the article's own (省妇联, 全市) with three or more children named, none holding most of their weight, is
  // the region; the first child named at length is one of the places summed up.
  const roundUp = (i: number): boolean => {
    const set = children.get(i);
    if (!set || set.size < 3) return false;
    if (![...titlePins].some((suffix) => units[i].name.endsWith(suffix))) return false;
    let sum = 0;
    for (const c of set) sum += total.get(c) ?? 0;
    return (total.get(heaviest(set)) ?? 0) < WEIGHTS.roundUp * sum;
  };
  const path: number[] = [];
  let node = dominant(roots);
  while (node >= 0) {
    path.push(node);
    if (roundUp(node)) break;
    node = dominant(children.get(node));
  }
  if (path.length === 0) return null;

  // A self-reference goes to the place of the path that ends like it and weighs most:
  // 全市 is 诸城市 in an article about 诸城市 (a county-level city), 潍坊市 in one about 潍坊.
  // the deepest place holds what its children say too: three counties of one city, none
  // dominant, are evidence of the city
  const score = path.map((i, d) => (d === path.length - 1 ? (total.get(i) ?? 0) : (own.get(i) ?? 0)));
  const pinned = new Set<number>();
  for (const [suffix, w] of pins) {
    let at = -1;
    for (let d = path.length - 1; d >= 0; d--) {
      if (units[path[d]].name.endsWith(suffix) && (at < 0 || score[d] > score[at])) at = d;
    }
    // 全县 on an older page of a county since made a city (库车县妇联, now 库车市): its county-level place
    if (at < 0 && suffix === '县') at = path.findIndex((i) => units[i].level === 'county');
    if (at >= 0) score[at] += w;
    if (at >= 0 && ownPins.has(suffix)) pinned.add(at);
  }
  const max = Math.max(...score);
  // one passing mention in the body (在成都温江住院的付小姐) is no evidence of the article's place
  if (max < WEIGHTS.minEvidence) return null;
  for (let d = path.length - 1; d >= 0; d--) {
    // a town is the article's place only when it weighs at least as much as its county does: a
    // county's summary names its towns (蒙山镇妇联被评为…) and a 区妇联's its streets
    if (d > 0 && units[path[d]].level === 'town' && score[d] < score[d - 1]) continue;
    if (score[d] >= WEIGHTS.keep * max) return ownOrAbove(d);
  }
  return null;

  // A place below the province is the article's own only when something vouches for it (or for
  // a place under it); when nothing does but a place above it is vouched for (全省…省妇联 over a
  // meeting held in one city and a visit to one county; 共青团广西区委 over a county in an example),
  // the region stops at the deepest vouched place. An article with no voucher at all keeps its place.
  function ownOrAbove(d: number): Unit {
    const isVouched = (k: number) => pinned.has(k) || [...vouched].some((v) => isAncestorOrSelf(units[path[k]], units[v]));
    if (d === 0 || isVouched(d)) return units[path[d]];
    for (let k = d - 1; k >= 0; k--) if (isVouched(k)) return units[path[k]];
    return units[path[d]];
  }
}

/** Whether a position is inside a cited title (《…》) opened on the same line. */
function cited(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const open = before.lastIndexOf('《');
  return open >= 0 && before.indexOf('》', open) < 0 && !before.slice(open).includes('\n');
}

const GENERIC_BEFORE = /(?:各|直管|[、和及与])$/;

/** A self-reference of every place of a level (各县妇联, 各市和直管县妇联), not the article's own. */
function genericRef(text: string, start: number): boolean {
  return GENERIC_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** For tests and diagnostics: the lineage names of a unit, top first. */
export function chainNames(u: Unit): string[] {
  return lineage(u)
    .map((x) => x.name)
    .reverse();
}
