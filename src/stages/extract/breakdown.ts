import type { Article, Claim } from '../../doc.js';
import { loadList, loadTsv } from '../../dict.js';
import { clauseAt, PART_LEAD, sentenceAt } from './text.js';
import { levelMentions } from './levels.js';
import { getLexicon } from './lexicon.js';
import { nameTable } from '../../regions/names.js';

// Breakdown links (partOf): a part points to the total it breaks down. Parts follow an introducing
// word (其中, 包括, 含, 分别 …), a total ending in 中 (259个大姐工坊中,…) or a colon after a total; a
// list with no such word is linked only where it adds up to its total exactly. The total counts
// the same thing (money of money, people of people, a count of the same classifier, an honor of
// the same title) and is the nearest such claim before the word. A wrong link corrupts sums, so
// every doubt leaves the link out: per-unit amounts, shares and ranges are never parts or totals.

interface Marker {
  start: number;
  end: number;
  back: boolean;
  /** the total's clause must carry a total word (分别) */
  marked: boolean;
  /** the total is fixed by the shape (…大姐工坊中, …3500人:) */
  total: Claim | null;
  /** the introducing word (其中 …), empty for a shape */
  word: string;
  /** 分业务看, 按性别分: the parts must all fit in the total, or none is one */
  divides?: boolean;
}

interface BreakdownLexicon {
  markers: { word: string; back: boolean; marked: boolean; opens: boolean }[];
  totals: string[];
  /** words before a number that the counted noun follows instead (对, 为, 的 …) */
  leadIns: string[];
  /** words that end the counted noun after a classifier (进行, 每人 …) */
  verbStops: string[];
  /** a change against an earlier time: 比去年增加25个 */
  change: RegExp;
  /** words that put the counted forward for an honor (推荐, 参评): the honored among them are their part */
  nominate: RegExp;
  /** endings of titles held by persons (红旗手, 标兵) and by groups (集体, 岗) */
  personTitle: RegExp;
  groupTitle: RegExp;
}

let cached: BreakdownLexicon | null = null;

function lexicon(): BreakdownLexicon {
  if (cached) return cached;
  const markers = loadTsv('breakdown-markers.txt').map(([word, flag]) => {
    if (flag !== undefined && flag !== 'back' && flag !== 'total' && flag !== 'open') {
      throw new Error(`dictionaries/breakdown-markers.txt: bad flag "${flag}" for ${word}`);
    }
    return { word, back: flag === 'back', marked: flag === 'total', opens: flag === 'open' };
  });
  markers.sort((a, b) => b.word.length - a.word.length);
  const heads = loadTsv('breakdown-heads.txt');
  const pick = (k: string) => heads.filter((r) => r[1] === k).map((r) => r[0]);
  const changes = loadTsv('breakdown-changes.txt');
  const alt = (k: string) => changes.filter((r) => r[1] === k).map((r) => r[0]).sort((a, b) => b.length - a.length).join('|');
  // 比去年增加25个, or a clause that is only the change (…55.5万人,增加1.5万人)
  const change = new RegExp(`(?:^|[,;:\\s])(?:(?:${alt('compare')})[^,;:。]{0,10}?)?(?:${alt('change')})了?$`);
  cached = { markers, totals: loadList('breakdown-totals.txt'), leadIns: pick('lead-in'), verbStops: pick('stop'), change, nominate: new RegExp(pick('nominate').join('|')),
    personTitle: new RegExp(`(${pick('person-title').join('|')})$`), groupTitle: new RegExp(`(${pick('group-title').join('|')})$`) };
  return cached;
}

/** What a claim counts, for comparing a part with a total; null when it can be neither. */
function family(c: Claim): string | null {
  if (c.kind === 'percent' || c.per !== null || c.valueMax !== null) return null;
  if (c.kind === 'honor') return 'honor';
  if (c.value === null) return null;
  if (c.kind === 'people') return 'people';
  return `${c.kind}:${c.unit}`;
}

const title = (c: Claim) => (c.honor?.title ?? '').replace(/[“”"《》\s]/g, '').replace(/^第[0-9一二三四五六七八九十百]+届/, '');

/** Whether `total` can be the total that `part` breaks down. */
function compatible(part: Claim, total: Claim): boolean {
  const fp = family(part);
  // 评选出“最美巾帼奋斗者”10名,其中农村妇女6名: people among the people honored
  if (fp === 'people' && total.kind === 'honor' && total.unit === '人' && total.value !== null) return part.value! <= total.value;
  // 评选出“最美家庭”一百户,其中十户家庭被推荐参评…: households among the households honored
  if (fp === 'count:户' && total.kind === 'honor' && total.unit === '户' && total.value !== null) return part.value! <= total.value;
  if (fp === null || fp !== family(total) || total.value === null) return false;
  if (fp === 'honor') {
    const a = title(part);
    const b = title(total);
    // an untitled item of a list (…其中全国级2个,省级6个,县级43个) counts in its total's classifier
    if (!a) {
      if (part.unit === null || part.unit !== total.unit) return false;
    } else if (!b) {
      // 968户家庭榜上有名,其中“和谐家庭”121户: an untitled total adds up titled items of its classifier
      if (part.unit === null || part.unit !== total.unit) return false;
    } else if (!(a.includes(b) || b.includes(a))) return false;
  }
  return part.value === null || part.value <= total.value;
}

const OPENING = /^[\s,:(]*$/;
/** 毕业生中有…, 参训学员中, opening a sentence before a figure: the noun (group 3) and 中 (group 2 through 中). */
const NOUN_AMONG = /(^|[。!?\n]\s*)(([\u4e00-\u9fff]{2,8}?)中[,:]?)(?=有?[0-9０-９一二两三四五六七八九十])/g;
/** 分业务看, 分产业看, 按性别分 opening a sentence, with its comma or colon (not 从…看, a point of view). */
const DIVIDED_BY = /(^|[。!?\n]\s*)((?:分|按)[\u4e00-\u9fff]{1,6}?(?:来看|看|分|划分)[,:])/g;

/**
 * 100名先进个人和100个先进集体荣获A奖,其中10位获奖个人、5个获奖集体被授予B奖章、奖状: after 其中 in the
 * same sentence, the honored of one classifier are among the honored of that classifier before it, also
 * where the part's own title differs from the total's.
 */
function honoredAmong(part: Claim, total: Claim): boolean {
  return part.kind === 'honor' && total.kind === 'honor' && part.value !== null && total.value !== null &&
    part.unit !== null && part.unit === total.unit && part.per === null && total.per === null &&
    part.valueMax === null && total.valueMax === null && part.value < total.value;
}

function findMarkers(t: string, claims: Claim[], lex: BreakdownLexicon): Marker[] {
  const out: Marker[] = [];
  const taken = new Uint8Array(t.length);
  for (const { word, back, marked, opens } of lex.markers) {
    for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
      const end = i + word.length;
      if (taken.subarray(i, end).some((x) => x)) continue;
      // a one-character word only where it opens a clause or a bracket
      if ((word.length === 1 || opens) && !/[,;:(\s]/.test(t[i - 1] ?? ',')) continue;
      const [, ce] = clauseAt(t, i);
      // 包括…在内的课程51期: the figure after 在内 is the total itself
      if (/^包/.test(word) && t.slice(end, ce).includes('在内')) continue;
      // 中共党员(含预备党员)5人: a bracket with no figure qualifies a noun, it breaks nothing down
      if (t[i - 1] === '(') {
        const close = t.indexOf(')', end);
        if (close >= 0 && close <= ce && !/[0-9０-９一二两三四五六七八九十百千万]/.test(t.slice(end, close))) continue;
      }
      taken.fill(1, i, end);
      const [ss] = sentenceAt(t, i);
      // 区总工会向其中7名…: a 其中 right before the number, with no figure before it in its sentence, points back
      // like a 其中 that opens the sentence
      const pointsBack = /^[0-9０-９一二两三四五六七八九十]/.test(t.slice(end, end + 1)) && !claims.some((c) => c.span[0] >= ss && c.span[0] < i);
      out.push({ start: i, end, back: back && (OPENING.test(t.slice(ss, i)) || pointsBack), marked, total: null, word });
    }
  }
  // 分业务看,…, 按性别分,…: a sentence that opens by naming how the figure before it divides acts as 其中
  for (const m of t.matchAll(DIVIDED_BY)) {
    const i = m.index + m[1].length;
    if (taken.subarray(i, i + m[2].length).some((x) => x)) continue;
    out.push({ start: i, end: i + m[2].length, back: true, marked: false, total: null, word: '其中', divides: true });
  }
  // 该校共有毕业生7952人。毕业生中有1236人…: a sentence that opens with the noun the total before it counts, and 中,
  // breaks that total down
  for (const m of t.matchAll(NOUN_AMONG)) {
    const i = m.index + m[1].length;
    if (taken.subarray(i, i + m[2].length).some((x) => x)) continue;
    const [ps] = sentenceAt(t, Math.max(0, i - 1));
    // (参训妇女中 → …农村妇女3200人: the head noun, its last two characters, is enough)
    const total = between(claims, ps, i).reverse().find((c) => !!c.subject && c.subject.endsWith(m[3].slice(-2)));
    if (total) out.push({ start: i + m[2].length - 1, end: i + m[2].length, back: false, marked: false, total, word: '' });
  }
  // 在这些志愿者中,…: a sentence or clause that opens by pointing back at what it breaks down acts as 其中
  for (const m of t.matchAll(/(?:在|从)?这些[^\s,;:。!?、()]{0,8}中[,:]?/g)) {
    const i = m.index;
    if (taken.subarray(i, i + m[0].length).some((x) => x)) continue;
    const opens = OPENING.test(t.slice(sentenceAt(t, i)[0], i));
    if (!opens && !/[,;]/.test(t[i - 1] ?? '')) continue;
    out.push({ start: i, end: i + m[0].length, back: opens, marked: false, total: null, word: '其中' });
  }
  // a total followed by its noun and 中 (各级设立的259个大姐工坊中,…) or by a colon (…3500人:…)
  for (const c of claims) {
    const [, ce] = clauseAt(t, c.span[1]);
    const tail = t.slice(c.span[1], ce + 1);
    const m = /^[^\s,;:。!?、()]{0,12}中[,:]$|^[^\s,;:。!?、()]{0,8}:$/.exec(tail);
    if (m && !/其中[,:]$/.test(tail)) out.push({ start: ce, end: ce + 1, back: false, marked: false, total: c, word: '' });
    // …or by its noun and 中 with the first part right after it, in the same clause (设目标值的57项指标中1项无统计数据,
    // 达标50项; 参训的500名学员中女性320名)
    else {
      const inner = /^[^\s,;:。!?、()]{0,12}?中(?=(?:有|女性|男性)?[0-9０-９一二两三四五六七八九十])/.exec(tail);
      if (inner && !/其中$/.test(inner[0])) {
        const at = c.span[1] + inner[0].length - 1;
        out.push({ start: at, end: at + 1, back: false, marked: false, total: c, word: '' });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Index of the first item whose start is >= pos (items sorted by start). */
function firstAt<T>(xs: T[], pos: number, start: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(xs[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Claims of [from, to) in text order (claims are sorted by span). */
function between(claims: Claim[], from: number, to: number): Claim[] {
  const out: Claim[] = [];
  for (let i = firstAt(claims, from, (c) => c.span[0]); i < claims.length && claims[i].span[0] < to; i++) out.push(claims[i]);
  return out;
}

/** How many two-character runs of Han characters `a` and `b` share. */
function sharedPairs(a: string, b: string): number {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < b.length; i++) if (HAN_PAIR.test(b.slice(i, i + 2))) pairs.add(b.slice(i, i + 2));
  let n = 0;
  for (let i = 0; i + 1 < a.length; i++) if (pairs.delete(a.slice(i, i + 2))) n++;
  return n;
}
const HAN_PAIR = /^[\u4e00-\u9fff]{2}$/;

/** The nearest claim before the marker that `part` can break down, within reach. */
function totalFor(part: Claim, m: Marker, claims: Claim[], t: string, lex: BreakdownLexicon): Claim | null {
  if (m.total) return compatible(part, m.total) ? m.total : null;
  const isTotal = (c: Claim) => {
    const [cs, ce] = clauseAt(t, c.span[0]);
    return lex.totals.some((w) => t.slice(cs, ce).includes(w));
  };
  const [ss] = sentenceAt(t, m.start);
  // same sentence: the total's clause and the marker's are at most one clause apart
  // (a total of the same title first; only without one, the honored of the same classifier after 其中)
  const before = between(claims, ss, m.start).reverse();
  // 推荐2户家庭参评县“最美家庭”,其中1户当选: the honored among the nominees counted right before 其中
  const nominees = m.word === '其中' && part.kind === 'honor' && part.value !== null ? before[0] : undefined;
  if (nominees && (nominees.kind === 'count' || nominees.kind === 'people') && family(nominees) !== null && nominees.unit === part.unit &&
    nominees.value! >= part.value! && lex.nominate.test(t.slice(clauseAt(t, nominees.span[0])[0], m.start)) &&
    (t.slice(nominees.span[1], m.start).match(/[,;:]/g) ?? []).length <= 1) return nominees;
  const loose = m.word === '其中' && !before.some((c) => compatible(part, c));
  for (const c of before) {
    if (!compatible(part, c) && !(loose && honoredAmong(part, c))) continue;
    const stops = (t.slice(c.span[1], m.start).match(/[,;:]/g) ?? []).length;
    return stops <= 2 && (!m.marked || isTotal(c)) ? c : null;
  }
  if (!m.back || ss === 0) return null;
  // a sentence opened by 其中: the total is in the last sentence before it that has claims, at most
  // one claimless sentence away; past a sentence whose claims count other things (…共获得金牌86枚。共派出运动员
  // 1452名,参加34个大项的比赛。其中,青少年部获得金牌61枚), one more that names what the part names
  let s = ss;
  let farther = false;
  for (let k = 0, seen = 0; k < 2 && seen < 2 && s > 0; ) {
    const [ps] = sentenceAt(t, s - 1);
    const inside = between(claims, ps, s);
    if (inside.length) {
      seen++;
      // the total that names what the part names comes first (…大学生52人,高中生14人)。…其中7名…大学生 → 52)
      const fit = inside.reverse().filter((c) => compatible(part, c));
      // (farther back, a part that names the total's noun within its own: 女性创业担保贷款 of 创业担保贷款)
      const named = fit.filter((c) => !!part.subject && !!c.subject && (c.subject === part.subject || (farther && part.subject.includes(c.subject))));
      // (…受理各类案件41.6万件,审结38.9万件。其中…受理案件2.3万件 → 41.6万: of those, the one whose
      // clause says most of what the part's says, the nearest at a tie)
      const best = named.reduce<Claim | null>((b, c) => (!b || sharedPairs(part.text, c.text) > sharedPairs(part.text, b.text) ? c : b), null);
      if (best || (!farther && fit.length)) return best ?? fit[0];
      if (fit.length) return null;
      farther = true;
    } else if (t.slice(ps, s).trim().length > 1) k++;
    s = ps;
  }
  return null;
}

/**
 * The last two characters of the noun a claim counts: before the number (培训农村妇女400人 → 妇女), or,
 * after a preposition or 的, after its classifier up to a verb (对28名“两癌”贫困妇女每人… → 妇女).
 */
function headOf(c: Claim, t: string, lex: BreakdownLexicon): string | null {
  const [cs, ce] = clauseAt(t, c.span[0]);
  let before = t.slice(cs, c.span[0]).replace(/[“”"\s]/g, '');
  // scope words are not the noun: 对全县45名妇女 → 对
  for (let w = lex.totals.find((x) => before.endsWith(x)); w; w = lex.totals.find((x) => before.endsWith(x))) {
    before = before.slice(0, -w.length);
  }
  if (before.length >= 2 && !lex.leadIns.some((w) => before.endsWith(w))) return before.slice(-2);
  const cls = (c.classifier ?? '').replace(/^[万亿千百十]+/, '');
  let after = t.slice(c.span[1], ce);
  if (cls && after.startsWith(cls)) after = after.slice(cls.length);
  after = after.split(/[、]/)[0];
  for (const v of lex.verbStops) {
    const k = after.indexOf(v);
    if (k >= 0) after = after.slice(0, k);
  }
  after = after.replace(/[“”"\s]/g, '');
  return after.length >= 2 ? after.slice(-2) : null;
}

/** Parts with no introducing word: a run right after a total that adds up to it exactly. */
function sumLinks(claims: Claim[], t: string, lex: BreakdownLexicon, links: Map<Claim, Claim>): void {
  claims.forEach((total, i) => {
    const f = family(total);
    if (!f || f === 'honor' || total.approx !== null || links.has(total)) return;
    const [cs, ce] = clauseAt(t, total.span[0]);
    // amounts that add up exactly are parts of the sum before them; counts of people and things
    // add up by chance more often, so they need a total word and the same counted noun
    const money = total.kind === 'money';
    // or in brackets right after the total (补贴资金119万元(省级40万元、市级79万元)), which stand for a total word
    const open = /^[^\s,;:。()]{0,4}\(/.exec(t.slice(total.span[1], total.span[1] + 6));
    const bracket: [number, number] | null = open ? [total.span[1] + open[0].length, t.indexOf(')', total.span[1] + open[0].length)] : null;
    if (bracket && bracket[1] < 0) bracket[1] = ce;
    if (!money && !bracket && !lex.totals.some((w) => t.slice(cs, ce).includes(w))) return;
    // the parts start in a later clause, not in a list with the total (示范基地10个、妇女之家5个…)
    const [, se] = sentenceAt(t, total.span[0]);
    let sum = 0;
    const run: Claim[] = [];
    for (let k = i + 1; k < claims.length; k++) {
      const c = claims[k];
      if (c.span[0] >= se) break;
      if (family(c) === null && c.kind === total.kind) break;
      if (family(c) !== f) continue;
      if (bracket && c.span[0] > bracket[1]) break;
      if (c.span[0] < ce && !(bracket && c.span[0] > bracket[0])) return;
      // 进口3121亿美元;出口846亿美元,逆差2275亿美元: after a semicolon the figures stand on their own
      if (t.slice(total.span[1], c.span[0]).includes(';')) break;
      if (c.approx !== null || links.has(c) || c.value === null || c.value >= total.value!) break;
      run.push(c);
      sum += c.value;
      if (sum >= total.value!) break;
    }
    // the parts count what the total counts: 对30名妇女…,对2名特困妇女…,对28名贫困妇女…, not
    // 建成妇女之家200个,儿童之家120个,活动室80个
    const head = money ? '' : headOf(total, t, lex);
    if (!money && (!head || run.some((c) => headOf(c, t, lex) !== head))) return;
    if (run.length >= 2 && Math.abs(sum - total.value!) < 1e-9) for (const c of run) links.set(c, total);
  });
}

/** Classifiers of the items of a programme (条 measures, 项 tasks): a list may mix them. */
const LIST_UNITS = new Set(['条', '项']);

/**
 * 将实施20条举措。…等14条举措,…。还将…等6项措施: a count of measures or tasks followed, in the next sentences of
 * its paragraph or the next, by counts of such items that add up to it exactly, with no other count between.
 */
function listLinks(claims: Claim[], t: string, links: Map<Claim, Claim>): void {
  const isItem = (c: Claim) => c.kind === 'count' && c.unit !== null && LIST_UNITS.has(c.unit) && family(c) !== null && c.approx === null;
  claims.forEach((total, i) => {
    if (!isItem(total) || links.has(total) || total.value! < 3) return;
    const [, se] = sentenceAt(t, total.span[0]);
    // within the total's paragraph and the next one (a plan's lead, then a paragraph of its items)
    const para = t.indexOf('\n', total.span[1]);
    const next = para < 0 ? -1 : t.indexOf('\n', para + 1 + (t.slice(para + 1).length - t.slice(para + 1).trimStart().length));
    const end = para < 0 ? t.length : next < 0 ? t.length : next;
    // the items are whole sentences after the total's, not parts of its own sentence
    let sum = 0;
    const run: Claim[] = [];
    for (let k = i + 1; k < claims.length && claims[k].span[0] < end; k++) {
      const c = claims[k];
      if (c.span[0] < se) {
        if (c.kind === 'count') return;
        continue;
      }
      if (c.kind !== 'count') continue;
      if (!isItem(c) || links.has(c) || c.value! >= total.value!) return;
      run.push(c);
      sum += c.value!;
      if (sum >= total.value!) break;
    }
    // each item in a sentence of its own
    const own = new Set(run.map((c) => sentenceAt(t, c.span[0])[0]));
    if (run.length >= 2 && own.size === run.length && Math.abs(sum - total.value!) < 1e-9) for (const c of run) links.set(c, total);
  });
}

/** Sets `partOf` on every claim of one article (claims sorted by span). */
export function linkBreakdowns(all: Claim[], article: Article): Claim[] {
  const t = article.norm;
  const lex = lexicon();
  // 比去年增加25个: a change is neither a part nor a total
  const isChange = (c: Claim) => {
    const [cs] = clauseAt(t, c.span[0]);
    return lex.change.test(t.slice(Math.max(cs - 1, 0), c.span[0]).replace(/\s+$/, ''));
  };
  const claims = all.filter((c) => !isChange(c));
  const markers = findMarkers(t, claims, lex);
  const links = new Map<Claim, Claim>();
  const used = new Map<Claim, number>();
  const linkedBy = new Map<Marker, Claim[]>();
  const partsBy = new Map<Marker, Claim[]>();
  const pending: [Claim, Marker][] = [];
  // the parts never add up to more than their total (a 余 total leaves some room)
  const fits = (part: Claim, total: Claim) => {
    const room = total.approx === 'over' ? 1.5 : total.approx ? 1.1 : 1;
    return (used.get(total) ?? 0) + (part.value ?? 0) <= total.value! * room + 1e-9;
  };
  const link = (part: Claim, total: Claim, m: Marker) => {
    used.set(total, (used.get(total) ?? 0) + (part.value ?? 0));
    links.set(part, total);
    linkedBy.set(m, [...(linkedBy.get(m) ?? []), total]);
    partsBy.set(m, [...(partsBy.get(m) ?? []), part]);
  };
  for (const part of claims) {
    if (family(part) === null) continue;
    const [ss] = sentenceAt(t, part.span[0]);
    // the nearest marker before the part in its sentence that finds a total governs it (a 分别
    // inside a 其中 sentence leaves the 其中 in charge of what it cannot take)
    let total: Claim | null = null;
    let by: Marker | null = null;
    const inSentence: Marker[] = [];
    for (let k = firstAt(markers, ss, (x) => x.start); k < markers.length && markers[k].start < part.span[0]; k++) {
      // a semicolon ends a breakdown: what follows is a clause of its own (…其中第三产业投资119.9亿元,…;
      // 生产性服务业投资39.66亿元,占第三产业的33.1%)
      const m = markers[k];
      // (inside a bracket that 其中 opens the semicolon only separates its items: (其中市级3.2万元;区级6.8万元))
      const gap = t.slice(m.end, part.span[0]);
      const bracketed = t[m.start - 1] === '(' && !gap.includes(')');
      // (a sentence that 其中 or 在这些…中 opens is the breakdown whole: its semicolons separate items)
      const whole = m.word !== '' && m.back;
      if (m.end <= part.span[0] && (!gap.includes(';') || bracketed || whole)) inSentence.push(m);
    }
    for (const m of inSentence.reverse()) {
      total = totalFor(part, m, claims, t, lex);
      by = m;
      if (total) break;
    }
    if (!total && inSentence.length) pending.push([part, inSentence[0]]);
    if (!total || total === part || !fits(part, total)) continue;
    link(part, total, by!);
  }
  // (分产业看,第一产业增加值98.7亿元,第二产业增加值5402.3亿元… after a table row of 5307.9亿元: figures of the
  // sentence that together outgrow the total found are no breakdown of it)
  for (const [m, parts] of partsBy) {
    const total = m.divides ? links.get(parts[0]) : undefined;
    if (!total?.value) continue;
    const [, se] = sentenceAt(t, m.start);
    const sum = between(claims, m.end, se).filter((c) => c.kind === total.kind && c.unit === total.unit && c.valueMax === null).reduce((n, c) => n + (c.value ?? 0), 0);
    if (sum > total.value * 1.05) for (const p of parts) links.delete(p);
  }
  // 资助2万名大学生,…捐款1亿元…,其中河南600名学子获捐300万元: once one part of a marker's clause has
  // found its total, a part of another kind finds its own farther back in the same sentence
  for (const [part, m] of pending) {
    const siblings = linkedBy.get(m);
    if (!siblings || links.has(part) || m.total || m.marked) continue;
    const [ss] = sentenceAt(t, m.start);
    const total = between(claims, ss, m.start).reverse().find((c) => c !== part && compatible(part, c) && !siblings.includes(c));
    if (total && fits(part, total)) link(part, total, m);
  }
  // 其中,第一产业增加值54779亿元,…;第二产业增加值350189亿元,…: after a semicolon, an item named like a
  // part of the same 其中 continues the breakdown (as far as the parts fit in the total)
  for (const c of claims) {
    if (links.has(c) || family(c) === null) continue;
    const [ss] = sentenceAt(t, c.span[0]);
    for (let k = firstAt(markers, ss, (x) => x.start); k < markers.length && markers[k].start < c.span[0]; k++) {
      const m = markers[k];
      // named in parallel: the same noun after a two-character modifier (农村妇女 … ;城镇妇女 …), not 市级资金 …;
      // 县级配套资金 (a clause of its own)
      const lead = (x: Claim) => t.slice(clauseAt(t, x.span[0])[0], x.span[0]).replace(/^[\s,:;(]*(?:其中)?[\s,:]*/, '');
      // …, or both open their clause with the number (其中,480.58万户…;63.95万户…;5.34万户…)
      // …, or both end with the same category word (婚姻家庭纠纷类612件;家庭暴力类185件;财产权益类97件)
      const parallel = (x: string, y: string) =>
        (x.length >= 3 && x.length === y.length && x.slice(2) === y.slice(2)) || (x === '' && y === '') ||
        (x.length >= 2 && y.length >= 2 && x.slice(-1) === y.slice(-1) && /[类型种级]/.test(x.slice(-1)));
      const twin = (partsBy.get(m) ?? []).find((p) => parallel(lead(p), lead(c)) && p.span[0] < c.span[0]);
      const total = twin ? links.get(twin)! : null;
      if (total && compatible(c, total) && fits(c, total)) {
        link(c, total, m);
        break;
      }
    }
  }
  sumLinks(claims, t, lex, links);
  namedHonorLinks(claims, t, lex, links);
  listLinks(claims, t, links);
  return all.map((c) => {
    const total = links.get(c);
    if (!total) return c;
    // 尤其桃源县完成了4000余户, 其中400万元专项支持: a part with no noun of its own (or, for money, only a
    // piece of its fund's name) counts what its total counts
    const piece = c.kind === 'money' && !!c.subject && total.subject !== c.subject && !!total.subject?.includes(c.subject);
    // (其中吉强镇6家、兴隆镇5家: a part named only by its place counts its total's noun; the place is where)
    const inherit = total.subject && c.kind === total.kind && c.unit === total.unit && c.kind !== 'honor' && (!c.subject || piece || placeOnly(c.subject));
    // 999户家庭获全国最美家庭荣誉。其中,…等30户家庭入选: an untitled part of an honor is of its total's title
    // and level
    const untitled = c.honor && total.honor && c.honor.title === null && total.honor.title !== null;
    const honor = untitled ? { ...c.honor!, title: total.honor!.title, level: c.honor!.level ?? total.honor!.level } : c.honor;
    // 表彰…10名自治区三八红旗手。其中,昌吉市5名、玛纳斯县3名: a part of a counted honor named only by the
    // place of those honored is that honor, place by place
    // (其中琅琊区4户 of 12户 national 最美家庭: the place is where they live, the level stays the total's)
    // (…218个集体获此殊荣,其中浦东新区32个: an untitled part named by place is of the total's level, not the place's)
    if ((!c.honor || untitled || c.honor.title === null) && total.honor && total.value !== null && placeOnly(itemLead(t, c))) {
      return { ...c, kind: 'honor' as const, honor: { title: total.honor.title, level: total.honor.level, recipient: null }, subject: total.subject, partOf: [total.span[0], total.span[1]] as [number, number] };
    }
    // 获评福建省三八红旗手(集体)7个,其中三八红旗手5名、三八红旗集体2个: a titled part that names no level of its
    // own is of its total's level, not a lower one read from the meeting (其中8户获选三晋“最美家庭” rose above it)
    const [cs, ce] = clauseAt(t, c.span[0]);
    const leveled = !untitled && c.honor && total.honor?.level && rank(c.honor.level) < rank(total.honor.level) && !namesLevel(t.slice(cs, ce), article)
      ? { honor: { ...c.honor, level: total.honor.level } }
      : {};
    return {
      ...c,
      partOf: [total.span[0], total.span[1]] as [number, number],
      ...(inherit ? { subject: total.subject } : {}),
      ...(untitled ? { honor, subject: honor!.title } : {}),
      ...leveled,
    };
  });
}

/** The words of a list item before its number: from the item's start (its clause, or the 、 before it), 其中 left out. */
function itemLead(t: string, c: Claim): string {
  const from = Math.max(clauseAt(t, c.span[0])[0], t.lastIndexOf('、', c.span[0] - 1) + 1);
  // (枣阳市、宜城市各2户: 各 after the places gives each of them the figure)
  return t.slice(from, c.span[0]).replace(PART_LEAD, '').trim().replace(/(?<=[\u4e00-\u9fff]{2})[各均]$/, '');
}

const RANKS = ['township', 'county', 'municipal', 'provincial', 'national'];
const rank = (l: string | null) => (l ? RANKS.indexOf(l) : -1);

/** Whether a part's clause names a level of its own (省级, 全国, 泉州市, 三晋). */
function namesLevel(clause: string, article: Article): boolean {
  return levelMentions(clause, 0, clause.length, getLexicon(), article.region).length > 0;
}

/** Whether a lead is nothing but the name of one place (昌吉市, 玛纳斯县, 城关镇). */
function placeOnly(lead: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,12}$/.test(lead)) return false;
  // (沙美村, 南强社区: a village or community, named by its own name, is below the places of the region table)
  if (/^[\u4e00-\u9fff]{2,4}(村|社区|嘎查)$/.test(lead) && !genericVillages().some((g) => lead.endsWith(g))) return true;
  const e = nameTable().names.get(lead);
  return !!e && !e.weak;
}

let villages: string[] | null = null;
const genericVillages = (): string[] => (villages ??= loadList('generic-villages.txt'));

/** 我市2人及3个集体获此殊荣: a count of those honored that names no title, of persons (人) or groups (个). */
const aggregate = (c: Claim) => c.kind === 'honor' && c.value !== null && !c.honor?.title && (c.unit === '人' || c.unit === '个') && c.approx === null && c.per === null;

/**
 * 我市2人及3个集体获此殊荣。何某、刘某获得全国三八红旗手称号;…主机班获得全国三八红旗集体称号;…: the honors
 * that follow an untitled count of the honored, each naming its holders (or counted by its own title), are its
 * parts: persons' titles of the count of persons, groups' of the count of groups. Linked where they add up to
 * the count, or where 其中 opens them.
 */
function namedHonorLinks(claims: Claim[], t: string, lex: BreakdownLexicon, links: Map<Claim, Claim>): void {
  for (let i = 0; i < claims.length; i++) {
    // (a count that is itself a part of a total before it (海口1个集体、2名个人获评) is left alone)
    if (!aggregate(claims[i]) || links.has(claims[i])) continue;
    const [cs] = clauseAt(t, claims[i].span[0]);
    const totals: Claim[] = [];
    let j = i;
    for (; j < claims.length && aggregate(claims[j]) && clauseAt(t, claims[j].span[0])[0] === cs; j++) totals.push(claims[j]);
    const sums = new Map<Claim, number>();
    const parts = new Map<Claim, Claim[]>();
    let marked = false;
    for (let k = j; k < claims.length; k++) {
      const p = claims[k];
      if (p.kind !== 'honor' || !p.honor?.title || links.has(p) || p.span[0] - claims[j - 1].span[1] > 800) break;
      // (授予8名女性…称号 after 授予岳健等8人…: a counted item as large as a total says it again, it is no part)
      if (p.value !== null && totals.some((x) => x.unit === p.unit && p.value! >= x.value!)) break;
      if (k === j) marked = /^[\s,:;]*其中/.test(t.slice(clauseAt(t, p.span[0])[0], p.span[0]));
      const persons = p.value !== null ? p.unit === '人' : lex.personTitle.test(p.honor.title) ? true : lex.groupTitle.test(p.honor.title) ? false : null;
      const total = persons === null ? undefined : totals.find((x) => (x.unit === '人') === persons);
      if (!total) break;
      const n = p.value ?? (p.honor.recipient ? p.honor.recipient.split(/、/).length : 1);
      sums.set(total, (sums.get(total) ?? 0) + n);
      parts.set(total, [...(parts.get(total) ?? []), p]);
    }
    for (const x of totals) {
      const sum = sums.get(x) ?? 0;
      if (sum > 0 && (sum === x.value || (marked && sum <= x.value!))) for (const p of parts.get(x)!) links.set(p, x);
    }
    i = j - 1;
  }
}
