import type { HonorLevel, Region, RegionLevel } from '../../doc.js';
import { isPlaceKey, mayBePlaceKey, placeKeyMayStart, regionOfName } from '../region.js';
import type { Lexicon } from './lexicon.js';
import { matchAt } from './lexicon.js';

// Level indicators in a stretch of text: level words (全国, 省级, 县级以上, 全市 …) and place names
// (吉林省, 潍坊市级, 诸城市级, 江门市), each with the honor level it names.

export interface LevelMention {
  start: number;
  end: number;
  level: HonorLevel;
}

const RANK: Record<HonorLevel, number> = { national: 5, provincial: 4, municipal: 3, county: 2, township: 1 };
const FROM_REGION: Record<RegionLevel, HonorLevel> = {
  province: 'provincial',
  city: 'municipal',
  county: 'county',
  town: 'township',
};
// (街道 ends a town's name as 镇 and 乡 do: 花木街道“最美家庭”)
const PLACE_SUFFIX = new Set(['省', '市', '县', '区', '镇', '乡', '州', '盟', '旗', '道']);

/** By UTF-16 unit: 1 a place suffix, 2 the first character of a level word; most characters are neither. */
const startTables = new WeakMap<object, Uint8Array>();
function startTable(lex: Lexicon): Uint8Array {
  let t = startTables.get(lex.levels);
  if (!t) {
    t = new Uint8Array(65536);
    for (const s of PLACE_SUFFIX) t[s.charCodeAt(0)] |= 1;
    for (const [word] of lex.levels) t[word.charCodeAt(0)] |= 2;
    t['“'.charCodeAt(0)] |= 4;
    t['级'.charCodeAt(0)] |= 8;
    startTables.set(lex.levels, t);
  }
  return t;
}
// A place name stands on its own after these (被昭通市委…, 2023年江门市…, 第三届甘肃省…, 另有周口市…, 授予上海市…), or after another place (恩平市大槐镇).
const PLACE_BEFORE = /[^\u4e00-\u9fff]|[被在由和与及、的为获评对向从经年度届省市县区镇乡州有予选]/;
// A lone 省/市/县 is a level word only where it stands as one: 省级, 省妇联, 省、市, 和省五好…
const LONE_AFTER = /^[级、妇委政文总人党团]/;
// (在省第十一届残运会上, 参加市第九届…: before an event's term, after a word that ends there; not 尤溪县第十五届委员会)
const LONE_TERM = /^第[0-9一二三四五六七八九十]{1,3}届/;
const TERM_BEFORE = /(^|[^\u4e00-\u9fff]|[在加与和及从])$/;
// (2019-2020年度省三八红旗手: a year's 度 before a lone level word)
const LONE_BEFORE = /[、和与及被获为度]$/;

export function highest(levels: (HonorLevel | null)[]): HonorLevel | null {
  let best: HonorLevel | null = null;
  for (const l of levels) if (l && (!best || RANK[l] > RANK[best])) best = l;
  return best;
}

/** In 北京, 天津, 上海 and 重庆 the city is a province: 市级, 市 and 全市 are provincial there. */
function inMunicipality(region: Region | null, lex: Lexicon): boolean {
  return !!region?.province && lex.municipalities.has(region.province);
}

/** An article about a province-level autonomous region (宁夏, 广西, 新疆, 西藏, 内蒙古): there 区 is 自治区. */
function inAutonomousRegion(region: Region | null): boolean {
  return region?.level === 'province' && !!region.province?.endsWith('自治区');
}

/** The honor level of the article's own region (全市 in an article about 诸城市 is county). */
export function ownLevel(region: Region | null, word: string, lex?: Lexicon): HonorLevel {
  if (lex && word.includes('市') && inMunicipality(region, lex)) return 'provincial';
  if (region) {
    // 全市 in an article about 永善县 is 昭通市's level; in one about 诸城市 (a county-level city) county
    const suffix = /[省市县区镇乡州盟旗]/.exec(word)?.[0];
    const chain: [string | null, RegionLevel][] = [
      [region.town, 'town'], [region.county, 'county'], [region.city, 'city'], [region.province, 'province'],
    ];
    const own = chain.findIndex(([, l]) => l === region.level);
    for (const [name, level] of chain.slice(Math.max(0, own))) {
      if (suffix && name?.endsWith(suffix)) return FROM_REGION[level];
    }
    return FROM_REGION[region.level];
  }
  if (word.includes('省')) return 'provincial';
  if (/[市州盟]|地区/.test(word)) return 'municipal';
  if (/[镇乡]/.test(word)) return 'township';
  return 'county';
}

function placeAt(t: string, end: number, from: number, region: Region | null): { start: number; level: RegionLevel } | null {
  // end is the index just past a place suffix; try the longest name first
  for (let k = 10; k >= 2; k--) {
    const s = end - k;
    // (no key there: the checks below would all come to nothing, and cost a string each)
    if (s < 0 || !mayBePlaceKey(t, s, end)) continue;
    const name = t.slice(s, end);
    if (!/^[\u4e00-\u9fff]+$/.test(name)) continue;
    if (s > from && !PLACE_BEFORE.test(t[s - 1])) continue;
    // the full name only: 平安家庭示范县 is not a place although 平安 and 范县 are
    // (a town name shared by many places is read in the article's own region: 评出桃花镇“五好文明家庭”)
    if (!isPlaceKey(name)) continue;
    const r = regionOfName(name, region);
    if (r && r.name === name) return { start: s, level: r.level };
  }
  return null;
}

const PROVINCE_SUFFIX = /^(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/;

/**
 * The length of a province's official short name (its full name without 省, 市, 自治区: 海南, 广西,
 * 内蒙古) at t[i], when a title of two or more characters follows it and no longer place name
 * starts there (海南州 is a prefecture), else 0.
 */
export function provinceShortAt(t: string, i: number): number {
  for (let k = 3; k >= 2; k--) {
    if (!mayBePlaceKey(t, i, Math.min(t.length, i + k))) continue;
    const n = t.slice(i, i + k);
    if (!/^[\u4e00-\u9fff]+$/.test(n) || !isPlaceKey(n) || !/^[\u4e00-\u9fff]{2}/.test(t.slice(i + k, i + k + 2))) continue;
    const r = regionOfName(n);
    if (!r || r.level !== 'province' || !r.name.startsWith(n) || !PROVINCE_SUFFIX.test(r.name.slice(k))) continue;
    // (the longest name that starts here must be the province itself)
    const longest = regionOfName(t.slice(i, i + 12));
    if (longest?.name !== r.name) continue;
    return k;
  }
  return 0;
}

/** anyBefore: the name stands before 级, which marks it as a level whatever stands before it. */
function shortPlaceBefore(t: string, q: number, from: number, region: Region | null, lex: Lexicon, anyBefore = false): LevelMention | null {
  for (let k = 4; k >= 2; k--) {
    const s = q - k;
    // (no place name starts there: regionOfName below finds none)
    if (s < from || !placeKeyMayStart(t, s, k)) continue;
    const name = t.slice(s, q);
    // (before 级 a short name may end as a full one would: 苏州级)
    // (昌吉州, 黔东南州: an autonomous prefecture's short name ends in 州 as a full name would)
    if (!/^[\u4e00-\u9fff]+$/.test(name) || (!anyBefore && PLACE_SUFFIX.has(name[name.length - 1]) && !name.endsWith('州'))) continue;
    if (!anyBefore && s > from && !PLACE_BEFORE.test(t[s - 1]) && !/[自来的省]/.test(t[s - 1])) continue;
    const r = regionOfName(name, region);
    if (!r || r.name === name || (r.level !== 'province' && r.level !== 'city')) continue;
    const level = r.level === 'province' || inMunicipality(region, lex) ? 'provincial' : 'municipal';
    return { start: s, end: q, level };
  }
  return null;
}

/** 上海举行…大会, 广西召开…: a province's or prefecture's short name (not its full name) at s, with `next` after it. */
export function shortPlaceAt(t: string, s: number, region: Region | null, lex: Lexicon, next: RegExp): LevelMention | null {
  for (let k = 4; k >= 2; k--) {
    const p = shortPlaceBefore(t, s + k, s, region, lex, true);
    if (p && p.start === s && next.test(t.slice(s + k, s + k + 4))) return p;
  }
  return null;
}

export function levelMentions(t: string, s: number, e: number, lex: Lexicon, region: Region | null): LevelMention[] {
  const out: LevelMention[] = [];
  const starts = startTable(lex);
  let i = s;
  while (i < e) {
    // “海南希望工程25年特别贡献奖”, “福建青年五四奖章”: a province's official short name opening a
    // title is its level word (literary names such as 齐鲁, 荆楚 are no official name and stay); also after
    // the title's term or brand (第七届安徽青年创新创业大赛, “创青春”安徽青年…)
    const prev = t.charCodeAt(i - 1);
    if (i === s || prev === 0x201c || ((prev === 0x5c4a || prev === 0x201d) && i > s)) {
      const k = provinceShortAt(t, i);
      if (k) {
        out.push({ start: i, end: i + k, level: 'provincial' });
        i += k;
        continue;
      }
    }
    const f = starts[t.charCodeAt(i)];
    if (f === 0) {
      i++;
      continue;
    }
    // 浙江“最美家庭”, 荆门“最美妇联人”: a province's or prefecture's short name right before a quoted title
    if (f & 4) {
      const p = shortPlaceBefore(t, i, s, region, lex);
      if (p && !(out.length && out[out.length - 1].end > p.start)) out.push(p);
      i++;
      continue;
    }
    // 新增镇江级文明岗: a province's or prefecture's short name before 级 is a level word of its own
    // (the longest name first; what stands before it does not matter, 级 marks the level)
    if (f & 8) {
      const p = shortPlaceBefore(t, i, s, region, lex, true);
      if (p && !(out.length && out[out.length - 1].start < p.start && out[out.length - 1].end > p.start)) {
        // (镇江级: the name's own first character read as a lone 镇 gives way to it)
        while (out.length && out[out.length - 1].start >= p.start) out.pop();
        out.push({ ...p, end: i + 1 });
        i++;
        continue;
      }
    }
    // place names first: 诸城市级 is a county-level name, not 市级
    if (f & 1) {
      const p = placeAt(t, i + 1, s, region);
      if (p && p.start >= s) {
        // a place inside a longer place chain keeps the deepest: 恩平市大槐镇 → both are mentions
        while (out.length && out[out.length - 1].start >= p.start) out.pop();
        out.push({ start: p.start, end: i + 1, level: FROM_REGION[p.level] });
        i++;
        continue;
      }
    }
    const w = f & 2 ? matchAt(t, i, lex.levels, (x) => x[0]) : null;
    if (w) {
      const [word, level] = w;
      const alone = word.length === 1;
      const ok =
        !alone ||
        (!lex.notLevels.has(t.slice(i - 1, i + 1)) && LONE_AFTER.test(t.slice(i + 1, i + 2))) ||
        (LONE_TERM.test(t.slice(i + 1, i + 7)) && TERM_BEFORE.test(t.slice(Math.max(0, i - 1), i))) ||
        LONE_BEFORE.test(t.slice(Math.max(0, i - 1), i)) ||
        // “市三八红旗手”, “县优秀妇女干部”: a lone level word opening a quoted title (not “市场…”)
        (t[i - 1] === '“' && !lex.notLevels.has(t.slice(i, i + 2))) ||
        (i === s && !lex.notLevels.has(t.slice(i, i + 2)));
      // 苏州级, 郑州级: a short name ending as a level word does (州级) is the place's level
      const place = word.length === 2 && word.endsWith('级') ? shortPlaceBefore(t, i + 1, s, region, lex, true) : null;
      if (place && place.start < i && !(out.length && out[out.length - 1].end > place.start)) {
        out.push({ ...place, end: i + 2 });
        i += 2;
        continue;
      }
      if (ok) {
        // (区级, 区妇联 in an autonomous region's own article: 自治区级)
        // (市妇联 in a county-level city's own article is that city's body: 丹阳市妇联, county; so is 市级 there:
        // 命名…12个集体为市级“巾帼文明岗” in an article about 海宁市)
        const countyCity = region?.level === 'county' && region.name.endsWith('市');
        const ownBody = countyCity && ((alone && word === '市' && lex.conferringBodies.some((b) => t.startsWith(b, i + 1))) || word === '市级');
        const l = level === 'own' || ownBody ? ownLevel(region, ownBody ? '全市' : word, lex) : word.startsWith('区') && inAutonomousRegion(region) ? 'provincial' : level;
        out.push({ start: i, end: i + word.length, level: l === 'municipal' && inMunicipality(region, lex) ? 'provincial' : l });
        i += word.length;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** The highest level named in [s, e), or null. */
export function highestIn(t: string, s: number, e: number, lex: Lexicon, region: Region | null): HonorLevel | null {
  return highest(levelMentions(t, s, e, lex, region).map((m) => m.level));
}

/** The level named nearest before e in [s, e), or null; of a list of levels (省、市表彰) the highest. */
export function nearestIn(t: string, s: number, e: number, lex: Lexicon, region: Region | null): HonorLevel | null {
  const ms = levelMentions(t, s, e, lex, region);
  if (!ms.length) return null;
  let k = ms.length - 1;
  while (k > 0 && /^(、|和|及|与|以及)$/.test(t.slice(ms[k - 1].end, ms[k].start))) k--;
  return highest(ms.slice(k).map((m) => m.level));
}


/** 重庆好人, 齐鲁最美家庭, 龙江最美家庭: a title that opens with a province's or prefecture's name. */
export function titlePlaceLevel(title: string | null, region: Region | null, lex: Lexicon): HonorLevel | null {
  if (!title) return null;
  const r = regionOfName(title);
  if (!r || r.name === title) return null;
  if (r.level === 'province') return 'provincial';
  if (r.level === 'city') return inMunicipality(region, lex) ? 'provincial' : 'municipal';
  return null;
}

/** A body named by a chain of places (重庆市万州区妇联) is the deepest of them. */
export function deepestOfChains(ms: LevelMention[]): LevelMention[] {
  return ms.filter((m, k) => !(ms[k + 1] && ms[k + 1].start === m.end));
}

/** Numbers joined by 、/和/及 in a 分别 list, each with its classifier (3户、46户; 2100户、9800余户). */
const LIST_ITEM = /[0-9０-９][0-9０-９.,]*[余多]?[^\s0-9０-９、和及与,;。“”]{0,3}/g;

/**
 * 分别为2100户、9800余户: the place of the figure at `at` in the 分别 list of its sentence (figures joined by 、/和/及),
 * and the list's length; null when the sentence has no 分别 or the figure stands in no list.
 */
export function respectiveItem(t: string, sentStart: number, sentEnd: number, at: number): { i: number; items: number[] } | null {
  const k = t.indexOf('分别', sentStart);
  if (k < 0 || k >= sentEnd) return null;
  // the figures: the run of items joined by 、/和/及 that holds `at`
  const cs = Math.max(sentStart, t.lastIndexOf(',', at) + 1, t.lastIndexOf(';', at) + 1);
  const items: number[] = [];
  for (const m of t.slice(cs, sentEnd).matchAll(LIST_ITEM)) {
    const s = cs + m.index!;
    const gap = items.length ? t.slice(items[items.length - 1], s) : '';
    if (items.length && !/^[0-9０-９.,]*[余多]?[^\s0-9０-９、和及与,;。“”]{0,3}\s*(、|和|及|以及)\s*$/.test(gap)) {
      if (items.includes(at)) break;
      items.length = 0;
    }
    items.push(s);
  }
  const i = items.indexOf(at);
  return items.length >= 2 && i >= 0 ? { i, items } : null;
}

/**
 * 分别有3户、46户家庭荣获全国和青海省“最美家庭”称号, 市、县两级最美家庭分别为2100户、9800余户: in a sentence with 分别,
 * a list of as many level words (joined by 、/和/及) as the list has figures gives each figure its own level, in
 * order. The level of the figure at `at`, or null.
 */
export function respectiveLevel(t: string, sentStart: number, sentEnd: number, at: number, lex: Lexicon, region: Region | null): HonorLevel | null {
  const item = respectiveItem(t, sentStart, sentEnd, at);
  if (!item) return null;
  const { i, items } = item;
  // the levels: a run of as many mentions joined by 、/和/及 (市、县两级, 全国和青海省), outside the figures
  // (first in the clause of the figures: 在全国、省级表彰中…:3个集体、6名个人分别荣获全国…、全国…,28个集体…
  // pairs each list with the levels of its own clause)
  const cs = Math.max(sentStart, t.lastIndexOf(',', items[0]) + 1, t.lastIndexOf(';', items[0]) + 1, t.lastIndexOf(':', items[0]) + 1);
  const stop = /[,;。]/.exec(t.slice(items[items.length - 1], sentEnd));
  const ce = stop ? items[items.length - 1] + stop.index : sentEnd;
  // (the sentence only when the clause names no level after its figures: titles with levels of their own
  // need none)
  // (四川省五一劳动奖状: a place before a title names its level too)
  const last = items[items.length - 1];
  const placed = () => { for (let k = last; k < ce; k++) if (/[\u4e00-\u9fff]/.test(t[k]) && titlePlaceLevel(t.slice(k, ce), region, lex)) return true; return false; };
  const own = levelMentions(t, cs, ce, lex, region).some((m) => m.start >= last) || placed();
  for (const [from, to] of own ? [[cs, ce]] : [[cs, ce], [sentStart, sentEnd]]) {
    // (雷山县、台江县、榕江县分别有3名、2名、2名妇女获评贵州省三八红旗手: where the titles after the figures name a
    // level, places before the figures say where the honored are)
    const ms = levelMentions(t, from, to, lex, region).filter((m) => (!own && m.end <= items[0]) || m.start >= items[items.length - 1]);
    for (let a = 0; a + items.length <= ms.length; a++) {
      const run = ms.slice(a, a + items.length);
      if (run.every((m, j) => j === 0 || /^(、|和|及|与|以及)$/.test(t.slice(run[j - 1].end, m.start)))) return run[i].level;
    }
  }
  return null;
}
