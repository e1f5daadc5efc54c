import type { HonorLevel, Kind } from '../../doc.js';
import { loadList, loadTsv, escapeRegExp } from '../../dict.js';

// Every word list the extraction rules read, loaded once per process (per worker thread).

export interface Unit {
  written: string;
  kind: Exclude<Kind, 'honor' | 'percent'>;
  unit: string;
  /** A continuous quantity (亩, 吨, 公里): a fractional value is possible. */
  measure: boolean;
  /** A place noun counting itself (9区9县, 四县妇联). */
  place: boolean;
}

export type VerbClass = 'confer' | 'build' | 'act' | 'add' | 'nominate';
export type LevelWord = HonorLevel | 'own';

export interface Lexicon {
  units: Unit[]; // longest first
  hedgesBefore: [string, 'over' | 'about' | 'under'][]; // longest first
  hedgesAfter: [string, 'over' | 'about' | 'under'][];
  hedgesBeforeBare: [string, 'over' | 'about' | 'under'][];
  hedgesAfterPercent: [string, 'over' | 'about' | 'under'][];
  timeUnits: string[];
  slogans: string[];
  /** slogans indexed by each numeral character they contain, with its offset */
  slogansByChar: Map<string, [string, number][]>;
  honorTitles: string[];
  /** words that begin with a one-character classifier and are none (根据, 单元): not-classifiers.txt */
  notClassifiers: string[];
  honorPrefixes: string[];
  honorSuffixes: string[];
  verbs: [string, VerbClass][]; // longest first
  verbSet: Set<string>;
  levels: [string, LevelWord][]; // longest first
  funds: string[];
  hotlines: Set<number>;
  peopleNouns: string[];
  /** Verbs of granting after 最高/最多 (ceiling-verbs.txt), longest first. */
  ceilingVerbs: string[];
  /** Words that end with a one-character hedge and hedge nothing (最近, 通过, 签约). */
  notHedges: string[];
  thresholdHeads: string[];
  onePerson: string[];
  categories: [string, string][];
  /** Category keys by the code of their first UTF-16 unit. */
  categoryByChar: Map<number, [string, number][]>;
  programmeHeads: string[];
  /** heads after a programme word that name a counted facility or project (服务|站, 建设|项目) */
  countedAfterProgramme: string[];
  sessionHeads: string[];
  /** nouns whose phases a numeral and 期 after them name (项目二期, 小区三期) */
  phasedNouns: string[];
  attendVerbs: string[];
  subjectStops: Set<string>;
  ordinalHeads: [string, string][];
  periods: RegExp;
  events: string[]; // longest first
  eventAnaphors: string[]; // longest first
  municipalities: Set<string>;
  conferringBodies: string[]; // longest first
  /** Verbs after 连续N期/次 that say a standing was kept (streak-verbs.txt), longest first. */
  streakVerbs: string[];
  dimensions: { units: Set<string>; before: string[]; notBefore: string[]; after: string[] };
  kinship: string[];
  prizes: string[]; // longest first
  anaphors: string[];
  notLevels: Set<string>;
  termBodies: string[];
  numberedUnits: { units: Set<string>; heads: Set<string> };
  /** Words that open a breakdown (其中, 含, 分别): a bracket they open is an aside of its own clause. */
  breakdownMarkers: string[];
  /** honor-words.tsv: word groups the honor rules read in fixed places (praise, weak-confer, body-acts …). */
  honorWords: Map<string, string[]>;
}

const byLength = <T>(key: (x: T) => string) => (a: T, b: T) => key(b).length - key(a).length;

let lexicon: Lexicon | null = null;

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const units = loadTsv('units.tsv')
    .map(([written, kind, unit, flag]) => ({ written, kind: kind as Unit['kind'], unit, measure: flag === 'measure', place: flag === 'place' }))
    .sort(byLength((u: Unit) => u.written));
  const hedges = loadTsv('hedges.tsv');
  const pick = (where: string) =>
    hedges
      .filter((h) => h[1] === where)
      .map((h) => [h[0], h[2]] as [string, 'over' | 'about' | 'under'])
      .sort(byLength((h: [string, string]) => h[0]));
  const patterns = loadTsv('honor-patterns.tsv');
  const num = '(?:\\d+|[一二三四五六七八九十两〇零]+)';
  const periods = loadList('periods.txt')
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/N/g, num));
  const slogans = loadList('slogans.txt');
  const slogansByChar = new Map<string, [string, number][]>();
  slogans.forEach((w) => {
    for (let k = 0; k < w.length; k++) {
      if (!/[0-9一二三四五六七八九十两俩廿〇零百千万亿双]/.test(w[k])) continue;
      if (!slogansByChar.has(w[k])) slogansByChar.set(w[k], []);
      slogansByChar.get(w[k])!.push([w, k]);
    }
  });
  const categories = loadTsv('categories.tsv').map(([k, c]) => [k, c] as [string, string]);
  const categoryByChar = new Map<number, [string, number][]>();
  categories.forEach(([k], rank) => {
    const c = k.charCodeAt(0);
    if (!categoryByChar.has(c)) categoryByChar.set(c, []);
    categoryByChar.get(c)!.push([k, rank]);
  });
  lexicon = {
    units,
    hedgesBefore: pick('before'),
    hedgesAfter: pick('after'),
    hedgesBeforeBare: pick('before-bare'),
    hedgesAfterPercent: pick('after-percent'),
    timeUnits: loadList('timeunits.txt').sort((a, b) => b.length - a.length),
    slogans,
    slogansByChar,
    honorTitles: loadList('honors.txt').sort((a, b) => b.length - a.length),
    notClassifiers: loadList('not-classifiers.txt'),
    honorPrefixes: patterns.filter((p) => p[0] === 'prefix').map((p) => p[1]),
    honorSuffixes: patterns.filter((p) => p[0] === 'suffix').map((p) => p[1]),
    verbs: loadTsv('verbs.tsv')
      .map(([w, c]) => [w, c as VerbClass] as [string, VerbClass])
      .sort(byLength((v: [string, string]) => v[0])),
    levels: loadTsv('levels.tsv')
      .map(([w, l]) => [w, l as LevelWord] as [string, LevelWord])
      .sort(byLength((v: [string, string]) => v[0])),
    verbSet: new Set(loadTsv('verbs.tsv').map(([w]) => w)),
    funds: loadList('funds.txt'),
    hotlines: new Set(loadList('hotlines.txt').map(Number)),
    peopleNouns: loadList('people-nouns.txt'),
    ceilingVerbs: loadList('ceiling-verbs.txt').sort((a, b) => b.length - a.length),
    notHedges: loadList('not-hedges.txt'),
    thresholdHeads: loadList('threshold-heads.txt'),
    onePerson: loadList('one-person.txt'),
    categories,
    categoryByChar,
    // (not inside a longer number: 二00二年 is no 二年)
    periods: new RegExp(`(?<![0-9〇零一二三四五六七八九十两])(?:${periods.join('|')})`, 'g'),
    programmeHeads: loadList('programme-heads.txt'),
    countedAfterProgramme: loadList('programme-counted-heads.txt'),
    sessionHeads: loadList('session-heads.txt'),
    phasedNouns: loadList('phased-nouns.txt'),
    attendVerbs: loadList('attend-verbs.txt'),
    subjectStops: new Set(loadList('subject-stops.txt')),
    ordinalHeads: loadTsv('ordinal-heads.tsv').map(([h, c]) => [h, c] as [string, string]),
    events: loadList('events.txt').sort((a, b) => b.length - a.length),
    eventAnaphors: loadList('event-anaphors.txt').sort((a, b) => b.length - a.length),
    municipalities: new Set(loadList('municipalities.txt')),
    conferringBodies: loadList('conferring-bodies.txt').sort((a, b) => b.length - a.length),
    streakVerbs: loadList('streak-verbs.txt').sort((a, b) => b.length - a.length),
    dimensions: dimensionTable(),
    kinship: loadList('kinship.txt'),
    prizes: loadList('prizes.txt').sort((a, b) => b.length - a.length),
    anaphors: loadList('anaphors.txt'),
    notLevels: new Set(loadList('not-levels.txt')),
    termBodies: loadList('term-bodies.txt'),
    numberedUnits: {
      units: new Set(loadTsv('numbered-units.tsv').filter((r) => r[0] === 'unit').map((r) => r[1])),
      heads: new Set(loadTsv('numbered-units.tsv').filter((r) => r[0] === 'head').map((r) => r[1])),
    },
    breakdownMarkers: loadTsv('breakdown-markers.txt').map((r) => r[0]),
    honorWords: wordGroups('honor-words.tsv'),
  };
  return lexicon;
}

/** A TSV of group<TAB>word rows as lists by group, in file order. */
function wordGroups(name: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [group, word] of loadTsv(name)) {
    if (!out.has(group)) out.set(group, []);
    out.get(group)!.push(word);
  }
  return out;
}

/** A group of honor-words.tsv as a regex alternation (no group of its own), longest word first. */
export function wordsAlt(lex: Lexicon, group: string): string {
  const words = lex.honorWords.get(group);
  if (!words?.length) throw new Error(`honor-words.tsv: no words in group ${group}`);
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

function dimensionTable(): Lexicon['dimensions'] {
  const rows = loadTsv('dimensions.tsv');
  const col = (k: string) => rows.filter((r) => r[0] === k).map((r) => r[1]);
  return { units: new Set(col('unit')), before: col('before').sort((a, b) => b.length - a.length), notBefore: col('not-before'), after: col('after') };
}

// by the first UTF-16 unit's code: `text[pos]` would make a string of each CJK character looked at
const firstCharIndex = new WeakMap<object, Map<number, unknown[]>>();

/** The longest entry of `list` that starts at `pos` in `text` (lists are indexed by first character once). */
export function matchAt<T>(text: string, pos: number, list: T[], key: (x: T) => string): T | null {
  let index = firstCharIndex.get(list) as Map<number, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const item of list) {
      const c = key(item).charCodeAt(0);
      if (!index.has(c)) index.set(c, []);
      index.get(c)!.push(item);
    }
    firstCharIndex.set(list, index as Map<number, unknown[]>);
  }
  const bucket = index.get(text.charCodeAt(pos));
  if (bucket) for (const item of bucket) if (text.startsWith(key(item), pos)) return item;
  return null;
}

/** The longest entry of `list` that ends at `pos` in `text`. */
export function matchBefore<T>(text: string, pos: number, list: T[], key: (x: T) => string): T | null {
  for (const item of list) {
    const k = key(item);
    if (pos >= k.length && text.startsWith(k, pos - k.length)) return item;
  }
  return null;
}
