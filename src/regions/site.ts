import { loadList, loadTsv } from '../dict.js';
import type { Unit } from './data.js';
import type { FieldHit } from './resolve.js';
import { scan } from './scan.js';

// The last resort for an article that only refers to its own place (我县召开…, 全县共…) and names
// none: the outlet that runs the page often carries the place's name (永嘉网, 某某县新闻网,
// 某某日报, a breadcrumb's 永嘉新闻). Cleaning drops that furniture as evidence, rightly: a portal
// reposts other places' stories. It is read here only where it fits the self-reference (我县 takes
// a place whose name ends in 县) and only when exactly one place does.

/** The self-reference suffix that weighs most in an article's hits (县 for 我县, 全县), or null. */
export function ownSuffix(hits: FieldHit[][]): string | null {
  const w = new Map<string, number>();
  for (const list of hits) for (const h of list) if (h.selfRef) w.set(h.selfRef.suffix, (w.get(h.selfRef.suffix) ?? 0) + h.selfRef.weight);
  let best: string | null = null;
  for (const [s, v] of w) if (best === null || v > w.get(best)! || (v === w.get(best)! && s < best)) best = s;
  return best;
}

let outletRe: RegExp | null = null;

/** A run of Han characters right before an outlet's ending (dictionaries/outlets.tsv, rules site and dateline). */
function outlets(): RegExp {
  if (outletRe) return outletRe;
  const ends = loadTsv('outlets.tsv')
    .filter((r) => r[1] === 'site' || r[1] === 'dateline')
    .map((r) => r[0])
    .sort((a, b) => b.length - a.length);
  outletRe = new RegExp(`([\\u4e00-\\u9fff]{2,12}?)(?:${[...new Set(ends)].join('|')})(?![\\u4e00-\\u9fff])`, 'g');
  return outletRe;
}

let mastheadRe: RegExp | null = null;

/**
 * A body named as the page's masthead (dictionaries/outlets.tsv, rule masthead): alone on its line, after
 * 版权所有/主办/Copyright, or after a <title>'s separator; never a body inside a sentence or a headline.
 */
function mastheads(): RegExp {
  if (mastheadRe) return mastheadRe;
  const ends = loadTsv('outlets.tsv')
    .filter((r) => r[1] === 'masthead')
    .map((r) => r[0])
    .sort((a, b) => b.length - a.length);
  const open = '(?:^|[\\n>|_—-]|版权所有[:：©\\s]*|主办(?:单位)?[:：\\s]*|Copyright[^\\n<]{0,24}?)';
  mastheadRe = new RegExp(`${open}[ \\t]*([\\u4e00-\\u9fff]{2,14}?)(?:${ends.join('|')})[ \\t]*(?=$|[\\r\\n<|_—-]|[ ,，;；]|版权|ICP|地址|电话)`, 'gm');
  return mastheadRe;
}

let national: string[] | null = null;
const nationalOutlets = (): string[] => (national ??= loadList('national-outlets.txt'));

/** The places named by outlets on the page: the last place name in each outlet's name (永嘉网, 永嘉县人民政府网). */
function outletPlaces(raw: string): { unit: Unit; key: string }[] {
  const out = new Map<Unit, string>();
  const text = raw.length > 200_000 ? raw.slice(0, 200_000) : raw;
  for (const m of [...text.matchAll(outlets()), ...text.matchAll(mastheads())]) {
    // (凤凰网 is no site of 凤凰县: dictionaries/national-outlets.txt)
    if (nationalOutlets().some((o) => m[0].endsWith(o) || m[0].startsWith(o))) continue;
    const hits = scan(m[1]);
    for (let k = hits.length - 1; k >= 0; k--) {
      const e = hits[k].entry;
      const units = e && !e.weak ? e.candidates.filter((c) => !c.unit.zone && c.unit.level !== 'town') : [];
      if (units.length === 0) continue;
      for (const c of units) out.set(c.unit, hits[k].key);
      break;
    }
  }
  return [...out].map(([unit, key]) => ({ unit, key }));
}

/** The one place of the page's outlets that fits the article's self-reference, or null. */
export function siteRegion(raw: string, suffix: string): Unit | null {
  // (兴仁县人民政府网 for 兴仁市, a county since made a city: its former name fits 我县, and so does
  // its short name, as 全县 does in resolve.ts)
  const fits = outletPlaces(raw).filter(
    ({ unit, key }) => unit.name.endsWith(suffix) || key.endsWith(suffix) || (suffix === '县' && unit.level === 'county' && unit.name.endsWith('市')),
  );
  return fits.length === 1 ? fits[0].unit : null;
}
