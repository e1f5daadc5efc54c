import { loadList, loadTsv } from '../dict.js';
import { regionData, type Unit } from './data.js';

// Every name a place goes by: official names from the index, short aliases derived from them
// (永善县 → 永善, 恩施土家族苗族自治州 → 恩施), and the hand-kept exceptions of
// dictionaries/regions/aliases.tsv (陇原, 大众日报, former names).

export interface Candidate {
  unit: Unit;
  /** A derived short alias (永善): needs corroboration on the page before it counts. */
  short: boolean;
}

export interface NameEntry {
  key: string;
  candidates: Candidate[];
  /** An everyday word too (城区, 平安, 安康): counts only next to a related place. */
  weak: boolean;
}

export interface SelfRef {
  key: string;
  /** The end of the official name of the place it refers to: 县, 市, 区, 镇 … */
  suffix: string;
  weight: number;
}

export interface NameTable {
  names: Map<string, NameEntry>;
  selfRefs: Map<string, SelfRef>;
}

let table: NameTable | null = null;

const LEVEL_SUFFIX: Record<Unit['level'], RegExp> = {
  province: /(省|市|特别行政区|自治区)$/,
  city: /(市|地区|盟|自治州)$/,
  county: /(自治县|自治旗|新区|林区|特区|县|区|市|旗)$/,
  town: /(民族乡|民族镇|族乡|族镇|镇|乡|街道|苏木|地区|办事处)$/,
};

let ethnicCache: string[] | null = null;
function ethnicGroups(): string[] {
  ethnicCache ??= loadList('regions/ethnic-groups.txt').sort((a, b) => b.length - a.length);
  return ethnicCache;
}

/** Strips ethnic group names from the end of a stem: 恩施土家族苗族 → 恩施. */
function stripEthnic(stem: string): string {
  let s = stem;
  for (;;) {
    let cut = '';
    for (const e of ethnicGroups()) {
      const withZu = `${e}族`;
      if (s.endsWith(withZu) && s.length - withZu.length >= 2) cut = withZu;
      else if (e.length >= 2 && s.endsWith(e) && s.length - e.length >= 2) cut = e;
      if (cut) break;
    }
    if (!cut) return s;
    s = s.slice(0, -cut.length);
  }
}

/** The short forms of an official name, e.g. 镇赉县 → 镇赉; none shorter than two characters. */
export function shortForms(name: string, level: Unit['level']): string[] {
  const m = LEVEL_SUFFIX[level].exec(name);
  if (!m) return [];
  const raw = name.slice(0, m.index);
  // Only autonomous units carry ethnic names (恩施土家族苗族自治州, 莫莫格蒙古族乡).
  const stem = /自治|族/.test(m[1]) || raw.endsWith('族') ? stripEthnic(raw) : raw;
  return stem.length >= 2 && stem !== name ? [stem] : [];
}

function add(names: Map<string, NameEntry>, key: string, unit: Unit, short: boolean): void {
  let e = names.get(key);
  if (!e) {
    e = { key, candidates: [], weak: false };
    names.set(key, e);
  }
  const same = e.candidates.find((c) => c.unit === unit);
  if (same) same.short &&= short;
  else e.candidates.push({ unit, short });
}

export function nameTable(): NameTable {
  if (table) return table;
  const { units, byCode } = regionData();
  const names = new Map<string, NameEntry>();
  for (const u of units) add(names, u.name, u, false);
  // Short forms after all official names, so that a town's short form never shadows a
  // county or city of the same name.
  const higher = new Set<string>();
  for (const u of units) {
    if (u.zone || u.level === 'town') continue;
    for (const s of shortForms(u.name, u.level)) {
      add(names, s, u, true);
      higher.add(s);
    }
  }
  for (const u of units) {
    if (u.level !== 'town') continue;
    for (const s of shortForms(u.name, u.level)) if (!higher.has(s) && !names.has(s)) add(names, s, u, true);
  }
  for (const [alias, code] of loadTsv('regions/aliases.tsv')) {
    const u = byCode.get(code);
    if (!u) throw new Error(`dictionaries/regions/aliases.tsv: ${alias}: unknown code ${code}`);
    add(names, alias, u, false);
  }
  for (const w of loadList('regions/weak.txt')) {
    const e = names.get(w);
    if (e) e.weak = true;
  }
  const selfRefs = new Map<string, SelfRef>();
  for (const [key, suffix, weight] of loadTsv('regions/self-refs.tsv')) {
    selfRefs.set(key, { key, suffix, weight: Number(weight) || 1 });
  }
  table = { names, selfRefs };
  return table;
}
