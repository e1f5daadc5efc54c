import { escapeRegExp, loadList, loadTsv } from '../../dict.js';
import type { Lexicon } from './lexicon.js';

// The word lists of the subject rules (dictionaries/subject-*.txt and the shared ones), indexed for
// matching on characters.

export interface Words {
  verbs: Index; // verbs after which the phrase begins (verbs.tsv + subject-verbs.txt)
  stops: Index; // words that end a phrase after its classifier (verbs too)
  preps: Index;
  scope: string[]; // left out at the head, longest first
  /** scope words by first character, longest first */
  scopeByFirst: Index;
  /** verbs.tsv `act`: verbs that act on what follows them (发放, 慰问), never a modifier of a noun */
  actVerbs: Set<string>;
  /** classifiers that count occurrences of an act (次, 场次) */
  actUnits: Set<string>;
  /** nouns that end with a localizer and keep it (初中) */
  localizerWords: string[];
  /** one-character scope words that never begin a noun (各, 该) */
  determiners: Set<string>;
  /** per words among them (每户, 人均): the measure after them is the subject */
  perScope: string[];
  /** tails by last character, longest first */
  tailsByLast: Index;
  tails: string[]; // left out at the end, longest first
  heads: Set<string>;
  measures: Set<string>;
  people: Index;
  relative: Index;
  notVerbs: Index;
  passive: Set<string>;
  /** verbs that take an object and never name a kind of thing after a classifier (开展, 授课) */
  neverNoun: Set<string>;
  events: Set<string>;
  localizers: Set<string>;
  compare: string[];
  placeUnits: Set<string>;
  agents: string[];
  funds: string[];
  /** verbs that move money without naming it (投入, 筹集) */
  fundActs: Set<string>;
  /** subject-money-acts.txt: acts whose name is the money (捐款, 救助). */
  moneyActs: Set<string>;
  /** places and units that close a noun after a verb (未脱贫|区县) */
  closers: string[];
  /** verbs that make a noun with a head after them (服务|中心) */
  nounVerbs: Set<string>;
  /** rates whose persons name the indicator (孕产妇死亡率): subject-indicator-rates.txt */
  indicatorRates: string[];
  /** verbs that name what a fund is for (慰问|资金) */
  fundPurposes: Set<string>;
  /** person nouns naming the agent of an act (志愿者, 带头人) */
  agentNouns: string[];
  /** verbs of attending an event (参加, 观看) */
  attend: Set<string>;
  /** adverbs that never begin the noun after an amount (再, 又) */
  adverbs: Set<string>;
  /** adverbs of two characters or more that end the noun only before a verb (基本|实现) */
  verbAdverbs: string[];
  level: RegExp;
  /** 比男性高出, 比上半年加快: a comparison closing the text before a change */
  than: RegExp;
  /** verbs of change (增加, 提高 …) */
  changes: string[];
  /** fund names besides funds.txt (信贷, 贴息) */
  fundNames: string[];
  /** words that sum up what came before (合计, 共计) */
  totals: string[];
}

/** Words by first character, longest first. */
export type Index = Map<string, string[]>;

export function indexOf(words: Iterable<string>): Index {
  const m: Index = new Map();
  for (const w of words) {
    if (!m.has(w[0])) m.set(w[0], []);
    m.get(w[0])!.push(w);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

/** Words by last character, longest first. */
function lastIndexOf(words: string[]): Index {
  const m: Index = new Map();
  for (const w of words) {
    const c = w[w.length - 1];
    if (!m.has(c)) m.set(c, []);
    m.get(c)!.push(w);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

export const byLength = (a: string, b: string) => b.length - a.length;

export let words: Words | null = null;

/** The word lists of the subject rules, loaded once. */
export function wordsOf(lex: Lexicon): Words {
  if (words) return words;
  const verbs = [...lex.verbSet, ...loadList('subject-verbs.txt')];
  const stems = loadList('subject-levels.txt').sort(byLength).map(escapeRegExp).join('|');
  // 省级, 省部级以上, 国家和省级, 市、县两级, 地(市)级
  const one = `(?:${stems})`;
  const changes = loadTsv('breakdown-changes.txt').filter((r) => r[1] === 'change').map((r) => r[0]);
  const prefixes = loadList('subject-level-prefixes.txt').map(escapeRegExp).join('|');
  const level = new RegExp(`^(?:${one}(?:[、和及与]${one})*(?:[两三四五]级|级)(?:以上|以下)?|${one}(?:[、和及与]${one})+[两三四五]级|(?:${prefixes})(?!级))`);
  words = {
    verbs: indexOf(verbs),
    stops: indexOf([...verbs, ...loadList('subject-stops.txt'), ...loadList('subject-relative.txt')]),
    preps: indexOf(loadList('subject-preps.txt')),
    scope: loadList('subject-scope.txt').sort(byLength),
    scopeByFirst: indexOf(loadList('subject-scope.txt')),
    determiners: new Set(loadList('subject-determiners.txt')),
    localizerWords: loadList('subject-localizer-words.txt'),
    actUnits: new Set(loadList('subject-act-units.txt')),
    actVerbs: new Set(lex.verbs.filter(([, c]) => c === 'act').map(([v]) => v)),
    perScope: loadList('subject-scope.txt').filter((p) => /^每|均$/.test(p)),
    tailsByLast: lastIndexOf(loadList('subject-tails.txt')),
    tails: loadList('subject-tails.txt').sort(byLength),
    heads: new Set(loadList('subject-heads.txt')),
    measures: new Set(loadList('subject-measures.txt')),
    people: indexOf(loadList('subject-people.txt')),
    relative: indexOf(loadList('subject-relative.txt')),
    notVerbs: indexOf(loadList('subject-not-verbs.txt')),
    passive: new Set(loadList('subject-passive.txt')),
    neverNoun: new Set(loadList('subject-never-nouns.txt')),
    events: new Set(loadList('subject-events.txt')),
    localizers: new Set(loadList('subject-localizers.txt')),
    compare: loadList('subject-compare.txt'),
    placeUnits: new Set(loadList('subject-place-units.txt')),
    agents: loadList('subject-agents.txt'),
    funds: lex.funds,
    fundActs: new Set(loadList('subject-fund-acts.txt')),
    moneyActs: new Set(loadList('subject-money-acts.txt')),
    adverbs: new Set(loadList('subject-adverbs.txt')),
    verbAdverbs: loadList('subject-adverbs-before-verb.txt').sort(byLength),
    attend: new Set(loadList('subject-attend.txt')),
    nounVerbs: new Set(loadList('subject-noun-verbs.txt')),
    indicatorRates: loadList('subject-indicator-rates.txt'),
    fundPurposes: new Set(loadList('subject-fund-purposes.txt')),
    agentNouns: loadList('subject-agent-nouns.txt'),
    closers: loadList('subject-closers.txt').sort(byLength),
    level,
    changes,
    fundNames: loadList('subject-funds.txt'),
    totals: loadList('breakdown-totals.txt').filter((x) => /^[合共总累]/.test(x)),
    than: new RegExp(`比(?![例重率])[\\u4e00-\\u9fff]{1,8}?(?:${changes.sort(byLength).join('|')})$`),
  };
  return words;
}
