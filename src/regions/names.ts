import fs from 'node:fs';
import path from 'node:path';
import { loadList, loadTsv } from '../dict.js';
import { GENERATED_DIR } from '../paths.js';
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
  names: NameIndex;
  /** Names kept out of the segmenter's dictionary (崇明县 for 崇明区: most such stems are words). */
  notWords: Set<string>;
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

/** Name entries kept built at a time (a page has a few hundred hits). */
export const ENTRIES_KEPT = 4096;

/**
 * Names → candidate units, stored compactly: a Map value is one candidate encoded as
 * unit index × 2 + short (most names), or −(k + 1) for the k-th list of several candidates.
 * Around 100 000 names; one object per name would double the load time in garbage alone.
 * Entries are materialized on lookup (a page has a few hundred hits).
 */
export class NameIndex {
  private readonly codes = new Map<string, number>();
  private readonly lists: number[][] = [];
  private readonly weakKeys = new Set<string>();

  constructor(private readonly units: Unit[]) {}

  add(key: string, unit: Unit, short: boolean): void {
    const code = unit.index * 2 + (short ? 1 : 0);
    const v = this.codes.get(key);
    if (v === undefined) {
      this.codes.set(key, code);
      return;
    }
    const list = v >= 0 ? [v] : this.lists[-v - 1];
    const same = list.findIndex((c) => c >> 1 === unit.index);
    if (same >= 0) list[same] &= ~(short ? 0 : 1); // a full name wins over a short form
    else list.push(code);
    if (v >= 0) {
      if (list.length === 1) this.codes.set(key, list[0]);
      else {
        this.lists.push(list);
        this.codes.set(key, -this.lists.length);
      }
    }
  }

  markWeak(key: string): void {
    if (this.codes.has(key)) this.weakKeys.add(key);
  }

  has(key: string): boolean {
    return this.codes.has(key);
  }

  keys(): IterableIterator<string> {
    return this.codes.keys();
  }

  /** The levels of the units a name may stand for, without building its entry (a scan of all names). */
  *levels(): Generator<{ key: string; weak: boolean; levels: Unit['level'][] }> {
    for (const [key, v] of this.codes) {
      const list = v >= 0 ? [v] : this.lists[-v - 1];
      yield { key, weak: this.weakKeys.has(key), levels: list.map((c) => this.units[c >> 1].level) };
    }
  }

  /**
   * Entries are built on first use and kept: the same names come back on every page. The cache
   * is emptied when it reaches ENTRIES_KEPT, so a long crawl naming ever more places does not
   * grow it to all 100 000 names (an entry is a value: rebuilding one gives the same).
   */
  private readonly entries = new Map<string, NameEntry>();

  get(key: string): NameEntry | undefined {
    const cached = this.entries.get(key);
    if (cached) return cached;
    if (this.entries.size >= ENTRIES_KEPT) this.entries.clear();
    const v = this.codes.get(key);
    if (v === undefined) return undefined;
    const list = v >= 0 ? [v] : this.lists[-v - 1];
    const entry = {
      key,
      candidates: list.map((c) => ({ unit: this.units[c >> 1], short: (c & 1) === 1 })),
      weak: this.weakKeys.has(key),
    };
    this.entries.set(key, entry);
    return entry;
  }
}

/** generated/traditional-names.tsv as [form, code] rows; none when the file was not built. */
function traditionalForms(): string[][] {
  const file = path.join(GENERATED_DIR, 'traditional-names.tsv');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

export function nameTable(): NameTable {
  if (table) return table;
  const { units, byCode } = regionData();
  const names = new NameIndex(units);
  for (const u of units) names.add(u.name, u, false);
  // Short forms after all official names, so that a town's short form never shadows a
  // county or city of the same name.
  const higher = new Set<string>();
  const weakOffices = new Set<string>();
  const notWords = new Set<string>();
  for (const u of units) {
    if (u.zone || u.level === 'town') continue;
    for (const s of shortForms(u.name, u.level)) {
      names.add(s, u, true);
      higher.add(s);
    }
  }
  for (const u of units) {
    if (u.level !== 'town') continue;
    for (const s of shortForms(u.name, u.level)) if (!higher.has(s) && !names.has(s)) names.add(s, u, true);
  }
  // 黔东南州, 延边州: an autonomous prefecture goes by its stem and 州 (a full name, not a short form)
  for (const u of units) {
    if (u.level !== 'city' || !u.name.endsWith('自治州')) continue;
    for (const s of shortForms(u.name, u.level)) if (!names.has(`${s}州`)) names.add(`${s}州`, u, false);
  }
  // 沿河县, 沿河自治县 for 沿河土家族自治县, 鄂伦春旗 / 鄂伦春自治旗 for 鄂伦春自治旗, 延边自治州:
  // an autonomous unit goes by its stem with the plain or the autonomous ending, the nationality
  // left out (full names, not short forms); taken only where no other place has that name
  for (const u of units) {
    if (u.zone || u.level === 'town' || u.level === 'province') continue;
    const m = /自治(县|旗|州)$/.exec(u.name);
    if (!m) continue;
    const plain = m[1] === '州' ? [] : [m[1]];
    for (const s of shortForms(u.name, u.level)) {
      for (const end of [...plain, `自治${m[1]}`]) if (!names.has(`${s}${end}`)) names.add(`${s}${end}`, u, false);
    }
  }
  // 五星办事处 for 五星街道: a sub-district is run by its 街道办事处, often called 办事处 alone; weak (counts
  // only beside its county or a child, as the same name is many cities' street), and not where the
  // stem is another place's name (北京办事处 is an office)
  for (const u of units) {
    if (u.level !== 'town' || !u.name.endsWith('街道')) continue;
    const stem = u.name.slice(0, -2);
    const alias = `${stem}办事处`;
    if (stem.length < 2 || higher.has(stem) || (names.has(alias) && !weakOffices.has(alias))) continue;
    names.add(alias, u, false);
    weakOffices.add(alias);
  }
  for (const w of weakOffices) names.markWeak(w);
  // 兴仁县 for 兴仁市: a county made a county-level city keeps being called by its former name on
  // older pages; taken only where no other place has that name. (Not for districts: their stems
  // include words, 振兴县域 is no 振兴区.)
  for (const u of units) {
    if (u.level !== 'county' || u.zone || !u.name.endsWith('市')) continue;
    for (const s of shortForms(u.name, u.level)) if (!names.has(`${s}县`)) names.add(`${s}县`, u, false);
  }
  // 崇明县 for 崇明区: a district made from a county is called by the county's name on older pages;
  // many district stems are words (振兴县域, 工农县 is no place), so it is a short form: counted
  // when an acting body follows (崇明县总工会) or the page names the district's city or a child
  for (const u of units) {
    if (u.level !== 'county' || u.zone || !u.name.endsWith('区')) continue;
    for (const s of shortForms(u.name, u.level)) {
      if (names.has(`${s}县`) && !notWords.has(`${s}县`)) continue;
      names.add(`${s}县`, u, true);
      notWords.add(`${s}县`);
    }
  }
  // 濬县 for 浚县, 干潭镇 for 乾潭镇: names as a traditional page gives them back (scripts/build-traditional.mjs);
  // a town's such form (借口镇 is also a phrase) counts only beside its county, as an everyday word does
  for (const [form, code] of traditionalForms()) {
    const u = byCode.get(code);
    if (!u || names.has(form)) continue;
    names.add(form, u, false);
    if (u.level === 'town') names.markWeak(form);
  }
  for (const [alias, code, kind] of loadTsv('regions/aliases.tsv')) {
    const u = byCode.get(code);
    if (!u) throw new Error(`dictionaries/regions/aliases.tsv: ${alias}: unknown code ${code}`);
    names.add(alias, u, kind === 'short');
  }
  for (const w of loadList('regions/weak.txt')) names.markWeak(w);
  const selfRefs = new Map<string, SelfRef>();
  for (const [key, suffix, weight] of loadTsv('regions/self-refs.tsv')) {
    selfRefs.set(key, { key, suffix, weight: Number(weight) || 1 });
  }
  table = { names, selfRefs, notWords };
  return table;
}
