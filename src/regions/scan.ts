import { loadList } from '../dict.js';
import { nameTable, type NameEntry, type SelfRef } from './names.js';

// One left-to-right pass over a text finds every place name and self-reference (我县, 全市),
// leftmost-longest: 镇赉县妇联 is 镇赉县, not 镇赉. Keys are looked up by their first two
// characters and then only at the lengths that occur for that pair, so the cost is linear in
// the text and independent of the 100 000 names.

export interface Hit {
  start: number;
  end: number;
  key: string;
  entry?: NameEntry;
  selfRef?: SelfRef;
  /** Followed by an acting body (妇联, 市委, 日报 …). */
  actor: boolean;
  /** Somewhere people went (赴上海、北京学习), not the article's own place. */
  destination: boolean;
  /** A two-character name glued to the word before it (示范县 holds 范县): may be a word's tail. */
  glued: boolean;
  /** An example the article gives (以信阳为例): weighs as little as a destination, and 该市 after it is the example. */
  example?: boolean;
  /** A wire dateline's place (新华社银川电): the bureau's city, evidence of its province only. */
  dateline?: boolean;
}

interface Matcher {
  byPrefix: PairTable;
  /** A 30-bit hash of every key in a bit set, so that most candidate spans are ruled out without a string. */
  hashes: HashBits;
  actors: Map<string, string[]>;
  destinations: string[];
  /** 代表团, 代表队 after a place: a team taking part (regions/participants.txt). */
  participants: string[];
  notDestinations: string[];
  /** Phrases that hold a place name without naming the place (北京时间, 阿里巴巴), by first char. */
  notPlaces: Map<string, string[]>;
  /** By UTF-16 unit: 1 when a key starts with it, 2 when a not-place phrase does: most
   * positions of a text start neither and cost one array read. */
  first: Uint8Array;
}

const KEY_START = 1;
const NOT_PLACE_START = 2;

let matcher: Matcher | null = null;

/** Scratch for the prefix hashes at one position (no name is longer than this). */
const PREFIX = new Int32Array(64);

/** Polynomial hash of text[s, e), kept in the small-integer range (the same as the prefix hashes in scan). */
function spanHash(text: string, s: number, e: number): number {
  let h = 0;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return h;
}

/**
 * A set of 30-bit hashes as a bit array (a Bloom filter of one hash): a member always tests
 * true; a non-member tests true about once in 80 for the 110,000 keys, and the caller's lookup
 * of the name rules it out. A Set of numbers cost a hash-table probe per candidate span.
 */
class HashBits {
  private static readonly BITS = 23;
  private readonly words = new Int32Array(1 << (HashBits.BITS - 5));
  private static slot(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> (32 - HashBits.BITS);
  }
  add(h: number): void {
    const x = HashBits.slot(h);
    this.words[x >>> 5] |= 1 << (x & 31);
  }
  has(h: number): boolean {
    const x = HashBits.slot(h);
    return (this.words[x >>> 5] & (1 << (x & 31))) !== 0;
  }
}

/** The two UTF-16 units at `i` as one int32: no string is made per position. */
function pairKey(text: string, i: number): number {
  return (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
}

/**
 * Open-addressing hash table from a pair of UTF-16 units to the key lengths that start with
 * it. A Map of numbers this large would box them (they exceed the small-integer range). The
 * lengths of all pairs are runs in one byte array, longest first, each ended by 0: 24,000 small
 * JS arrays took 4 MB of every pipeline's heap.
 */
const PAIR_BITS = 18;

class PairTable {
  /** The pair in each slot, 0 for an empty slot (no pair of two characters is 0). */
  private readonly keys: Int32Array;
  /** Where each slot's run starts in `lengths`. */
  private readonly slot: Int32Array;
  private readonly shift: number;
  readonly lengths: Uint8Array;

  /** A bit per hash of a pair (PAIR_BITS bits of it): 32 KB, where the table is 256 KB. */
  private readonly bits = new Int32Array(1 << (PAIR_BITS - 5));

  constructor(entries: Map<number, number[]>) {
    // at most half full: a miss (most positions of a text) ends at the first empty slot
    let bits = 4;
    while (1 << bits < entries.size * 2) bits++;
    this.shift = 32 - bits;
    this.keys = new Int32Array(1 << bits);
    this.slot = new Int32Array(1 << bits);
    let total = 0;
    for (const v of entries.values()) total += v.length + 1;
    this.lengths = new Uint8Array(total);
    const mask = (1 << bits) - 1;
    let at = 0;
    for (const [k, v] of entries) {
      if (k === 0) throw new Error('PairTable: the pair 0 is the empty slot');
      const b = Math.imul(k, 0x85ebca6b) >>> (32 - PAIR_BITS);
      this.bits[b >>> 5] |= 1 << (b & 31);
      let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
      while (this.keys[h] !== 0) h = (h + 1) & mask;
      this.keys[h] = k;
      this.slot[h] = at;
      for (const len of v) this.lengths[at++] = len;
      this.lengths[at++] = 0;
    }
  }

  /** The start of the run of key lengths for pair `k` in `lengths`, or -1. */
  get(k: number): number {
    // nine pairs in ten at a text's positions are none: the small bit set says so from the cache
    const b = Math.imul(k, 0x85ebca6b) >>> (32 - PAIR_BITS);
    if ((this.bits[b >>> 5] & (1 << (b & 31))) === 0) return -1;
    const keys = this.keys;
    const mask = keys.length - 1;
    let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (let x = keys[h]; x !== 0; x = keys[h]) {
      if (x === k) return this.slot[h];
      h = (h + 1) & mask;
    }
    return -1;
  }
}

function byFirstChar(words: string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const list = m.get(w[0]);
    if (list) list.push(w);
    else m.set(w[0], [w]);
  }
  return m;
}

function getMatcher(): Matcher {
  if (matcher) return matcher;
  const { names, selfRefs } = nameTable();
  const lengths = new Map<number, number[]>();
  const addKey = (key: string) => {
    // lengths are kept in bytes (no place name is near 256 characters)
    if (key.length < 2 || key.length > 255) return;
    const p = pairKey(key, 0);
    const list = lengths.get(p);
    if (!list) lengths.set(p, [key.length]);
    else if (!list.includes(key.length)) list.push(key.length);
  };
  const hashes = new HashBits();
  for (const key of names.keys()) {
    addKey(key);
    hashes.add(spanHash(key, 0, key.length));
  }
  for (const key of selfRefs.keys()) {
    addKey(key);
    hashes.add(spanHash(key, 0, key.length));
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  const byPrefix = new PairTable(lengths);
  const notPlaces = byFirstChar(loadList('regions/not-places.txt'));
  const first = new Uint8Array(65536);
  for (const p of lengths.keys()) first[p >>> 16] |= KEY_START;
  for (const c of notPlaces.keys()) first[c.charCodeAt(0)] |= NOT_PLACE_START;
  matcher = {
    byPrefix,
    hashes,
    actors: byFirstChar(loadList('regions/actors.txt')),
    destinations: loadList('regions/destinations.txt').sort((a, b) => b.length - a.length),
    participants: loadList('regions/participants.txt'),
    notDestinations: loadList('regions/not-destinations.txt'),
    notPlaces,
    first,
  };
  return matcher;
}

/**
 * The lengths, longest first, of the keys (place names and self-references) that text[s…] may
 * begin with, at most `max`: each checked by the pair table and the keys' hashes, without a
 * string. A length not given is no key; a length given almost always is (the caller looks it up).
 */
export function keyLengthsAt(text: string, s: number, max: number): number[] {
  const out: number[] = [];
  if (s + 1 >= text.length) return out;
  const m = getMatcher();
  if (!(m.first[text.charCodeAt(s)] & KEY_START)) return out;
  const run = m.byPrefix.get(pairKey(text, s));
  if (run < 0) return out;
  const lens = m.byPrefix.lengths;
  const top = Math.min(lens[run], max, text.length - s, PREFIX.length - 1);
  let h = 0;
  for (let k = 0; k < top; k++) {
    h = (Math.imul(h, 31) + text.charCodeAt(s + k)) & 0x3fffffff;
    PREFIX[k + 1] = h;
  }
  for (let r = run; lens[r] !== 0; r++) if (lens[r] <= top && m.hashes.has(PREFIX[lens[r]])) out.push(lens[r]);
  return out;
}

/** Whether text[s, e) may be a key (see keyLengthsAt): false means it is none. */
export function mayBeKey(text: string, s: number, e: number): boolean {
  const len = e - s;
  // (keys outside the pair table's lengths are not filtered)
  if (len < 2 || len > 255) return true;
  const m = getMatcher();
  if (!(m.first[text.charCodeAt(s)] & KEY_START)) return false;
  const run = m.byPrefix.get(pairKey(text, s));
  if (run < 0) return false;
  const lens = m.byPrefix.lengths;
  let r = run;
  while (lens[r] !== 0 && lens[r] > len) r++;
  return lens[r] === len && m.hashes.has(spanHash(text, s, e));
}

/** Ensures the name table and matcher are built (workers call this once at start-up). */
export function warmUp(): void {
  getMatcher();
}

const WIRE_DATELINE = /^(?:\s*\d{1,2}月\d{1,2}日)?\s*(?:电|電|消息)(?=[\s(（:：]|$)|^(?:报道|報道)\s*[)）]/;
const SEPARATOR = /^(?:[\s、,，和及与]|以及)*$/;
const SPACE_BEFORE = /\s+$/;
const HAN = /[\u3400-\u9fff]/;

function followedByActor(m: Matcher, text: string, end: number): boolean {
  const list = m.actors.get(text[end]);
  if (!list) return false;
  return list.some((a) => text.startsWith(a, end));
}

function afterDestinationMarker(m: Matcher, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start).replace(SPACE_BEFORE, '');
  for (const d of m.destinations) {
    if (!before.endsWith(d)) continue;
    if (d.length === 1 && m.notDestinations.some((n) => before.endsWith(n))) return false;
    return true;
  }
  return false;
}

export function scan(text: string): Hit[] {
  const m = getMatcher();
  const { names, selfRefs } = nameTable();
  const hits: Hit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n - 1) {
    const f = m.first[text.charCodeAt(i)];
    if (f === 0) {
      i++;
      continue;
    }
    const skip = f & NOT_PLACE_START ? m.notPlaces.get(text[i])!.find((w) => text.startsWith(w, i)) : undefined;
    if (skip) {
      i += skip.length;
      continue;
    }
    const run = f & KEY_START ? m.byPrefix.get(pairKey(text, i)) : -1;
    let found: Hit | null = null;
    if (run >= 0) {
      const lens = m.byPrefix.lengths;
      // prefix hashes of text[i…] up to the longest candidate, each length checked without a string
      const top = Math.min(lens[run], n - i, PREFIX.length - 1);
      let h = 0;
      for (let k = 0; k < top; k++) {
        h = (Math.imul(h, 31) + text.charCodeAt(i + k)) & 0x3fffffff;
        PREFIX[k + 1] = h;
      }
      for (let r = run; lens[r] !== 0; r++) {
        const len = lens[r];
        if (len > top || !m.hashes.has(PREFIX[len])) continue;
        const key = text.slice(i, i + len);
        // 河南县域, 振兴县域: 县域 is "the county level" after a province's or a word, not 河南县
        if (key.endsWith('县') && text[i + len] === '域') continue;
        const entry = names.get(key);
        const selfRef = entry ? undefined : selfRefs.get(key);
        if (!entry && !selfRef) continue;
        found = { start: i, end: i + len, key, entry, selfRef, actor: false, destination: false, glued: false };
        break;
      }
    }
    if (!found) {
      i++;
      continue;
    }
    if (found.entry) {
      found.actor = followedByActor(m, text, found.end);
      found.glued = found.key.length === 2 && i > 0 && HAN.test(text[i - 1]);
      const prev = hits[hits.length - 1];
      // 中新网郑州5月19日电, (记者 … 银川报道): a wire dateline names the bureau that filed
      found.dateline = WIRE_DATELINE.test(text.slice(found.end, found.end + 12));
      // 新增镇江级文明岗: a place name before 级 is the level of an honor, weak like a destination
      found.example = text[found.start - 1] === '以' && text.startsWith('为例', found.end);
      found.destination =
        found.example ||
        text[found.end] === '级' ||
        m.participants.some((w) => text.startsWith(w, found!.end)) ||
        afterDestinationMarker(m, text, found.start) ||
        (prev !== undefined && prev.destination && prev.entry !== undefined &&
          SEPARATOR.test(text.slice(prev.end, found.start)));
    }
    hits.push(found);
    i = found.end;
  }
  return hits;
}
