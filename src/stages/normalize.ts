// Offset-preserving normalization. Both functions return a string of the same length as their input,
// so a span found in one is a span in the other.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadList, loadTsv } from '../dict.js';
import { GENERATED_DIR } from '../paths.js';

/** Corner brackets (traditional-script pages: 獲評「傑出女性」, 『最美家庭』) and 〝〞 as the quotation marks the rules know. */
const QUOTE_FOLD: Record<number, string> = { 0x300c: '“', 0x300d: '”', 0x300e: '“', 0x300f: '”', 0x301d: '“', 0x301e: '”' };

/**
 * Big5's small form variants (U+FE50–FE6B: ﹐﹑﹔﹪﹙﹚, text converted to Big5 by gateways) and its
 * ‧ and ︰ as the ordinary marks: 35﹪ is a percent, ﹐ ends a clause.
 */
const SMALL_FOLD = ',、.\0;:?!—(){}()#&*+-<>=\0\\$%@';
const MARK_FOLD: Record<number, string> = { 0x2027: '·', 0xfe30: ':' };

/** Full-width ASCII forms (digits, letters, punctuation) → ASCII, ideographic space → space, 「」 → “”, small forms → ASCII. */
export function foldWidth(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let to: string | undefined;
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) to = c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0);
    else if (c >= 0x300c && c <= 0x301e) to = QUOTE_FOLD[c];
    else if (c >= 0xfe50 && c <= 0xfe6b) to = SMALL_FOLD[c - 0xfe50];
    else if (c === 0x2027 || c === 0xfe30) to = MARK_FOLD[c];
    if (to !== undefined && to !== '\0') {
      out += s.slice(from, i) + to;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

type Convert = (s: string) => string;
let convert: Convert | null = null;
let tradSet: Uint8Array | null = null;
/** Variants the Taiwan table leaves alone, mapped before converting: 衞 → 卫 (Hong Kong forms). */
const variants = new Map<string, string>();

/** The file of characters OpenCC tw → cn changes (scripts/build-traditional.mjs, run by npm run build). */
export const TRADITIONAL_FILE = path.join(GENERATED_DIR, 'traditional.txt');

/**
 * The characters the converter would change, as a flag per UTF-16 unit. Most pages are simplified
 * already, and a few of those characters are also correct simplified (显著 keeps 著): a page is
 * converted only when such characters are frequent, as in real traditional text (個 們 來 會 …).
 */
function traditional(): Uint8Array {
  if (tradSet) return tradSet;
  const changed = new Uint8Array(0x10000);
  for (const line of fs.readFileSync(TRADITIONAL_FILE, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    changed[line.charCodeAt(0)] = 1;
    if (line[1] === '\t' && line.length === 3) variants.set(line[0], line[2]);
  }
  for (const ch of loadList('simplified-too.txt')) changed[ch.charCodeAt(0)] = 0;
  return (tradSet = changed);
}

/** OpenCC, loaded on the first traditional page (its tables take a while to load). */
function converter(): Convert {
  if (convert) return convert;
  const OpenCC = createRequire(import.meta.url)('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): Convert };
  const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
  traditional();
  if (variants.size === 0) return (convert = tw);
  const re = new RegExp(`[${[...variants.keys()].join('')}]`, 'g');
  return (convert = (s) => tw(s.replace(re, (c) => variants.get(c)!)));
}

/** Per character: keeps offsets even where the phrase converter would change the length. */
function perChar(conv: Convert, s: string): string {
  let out = '';
  for (const ch of s) {
    const c = conv(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** Share of Han characters that only traditional text uses. */
export function traditionalShare(s: string): number {
  const trad = traditional();
  let han = 0;
  let t = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3400 || c > 0xfaff) continue;
    han++;
    t += trad[c];
  }
  return han ? t / han : 0;
}

/** Traditional → simplified (OpenCC tw → cn) when the text is traditional; same length as the input. */
export function toSimplified(s: string): string {
  if (traditionalShare(s) < 0.03) return s;
  const conv = converter();
  const trad = traditional();
  // line by line, so one odd phrase only costs its own line the phrase conversion
  const lines = s.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let any = false;
    for (let j = 0; j < line.length && !any; j++) any = trad[line.charCodeAt(j)] === 1;
    if (!any) continue;
    const c = conv(line);
    lines[i] = c.length === line.length ? c : perChar(conv, line);
  }
  return lines.join('\n');
}

/**
 * A pinyin gloss in brackets after a character: pages republished by converters that annotate the
 * characters they changed (婦聯(lián), 總工會(huì )). Only glosses with a tone mark count.
 */
const GLOSS = /(?<=[\u3400-\u9fff\uf900-\ufaff])[(（] ?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6} ?[)）]/g;
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;

/** The text without pinyin glosses, when it has several (a lone one may be the article's own). */
export function dropPinyinGlosses(s: string): string {
  if (!TONED.test(s)) return s;
  let n = 0;
  for (const m of s.matchAll(GLOSS)) if (TONED.test(m[0]) && ++n >= 3) break;
  if (n < 3) return s;
  return s.replace(GLOSS, (m) => (TONED.test(m) ? '' : m));
}

/** A comma doubled or before another mark (,, ,、 ,。): a converter's slip that would cut a list apart. */
const STRAY_COMMA = /[,，](?=[,，、。；;])/g;

let variantTable: { table: Uint16Array; any: RegExp } | null = null;

/** dictionaries/variants.tsv as a table by character code (0: no variant), and a test for any of them. */
function variantsOf(): { table: Uint16Array; any: RegExp } {
  if (variantTable) return variantTable;
  const table = new Uint16Array(0x10000);
  const chars: string[] = [];
  for (const [from, to] of loadTsv('variants.tsv')) {
    if (from.length !== 1 || to.length !== 1) continue;
    table[from.charCodeAt(0)] = to.charCodeAt(0);
    chars.push(from);
  }
  return (variantTable = { table, any: new RegExp(`[${chars.join('')}]`) });
}

/** Variant characters no converter knows (陜 → 陕), one for one, so offsets keep. */
function foldVariants(s: string): string {
  const { table, any } = variantsOf();
  if (!any.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const to = table[s.charCodeAt(i)];
    if (to === 0) continue;
    out += s.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A page as it is written (pinyin glosses and stray commas dropped) and as it is read, of one length. */
export interface Scripts {
  written: string;
  simplified: string;
}

let flagTable: Uint8Array | null = null;
const F_TONED = 1;
const F_VARIANT = 2;
const F_COMMA = 4;
const F_AFTER_COMMA = 8;
const F_TRAD = 16;

/** Per UTF-16 unit, what each step of pageScripts looks for (one table, one scan of the page). */
function flags(): Uint8Array {
  if (flagTable) return flagTable;
  const f = new Uint8Array(0x10000);
  for (const ch of 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ') f[ch.charCodeAt(0)] |= F_TONED;
  const { table } = variantsOf();
  for (let c = 0; c < 0x10000; c++) if (table[c] !== 0) f[c] |= F_VARIANT;
  for (const ch of ',，') f[ch.charCodeAt(0)] |= F_COMMA;
  for (const ch of ',，、。；;') f[ch.charCodeAt(0)] |= F_AFTER_COMMA;
  const trad = traditional();
  for (let c = 0x3400; c <= 0xfaff; c++) if (trad[c]) f[c] |= F_TRAD;
  return (flagTable = f);
}

/**
 * Whether pageScripts leaves the page as it is: no toned pinyin letter (so no gloss), no stray
 * comma, no variant character, and traditional characters too rare to convert. One scan instead
 * of one per step; a page that fails it goes through the steps.
 */
function plainPage(s: string): boolean {
  const f = flags();
  let han = 0;
  let trad = 0;
  let prevComma = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const x = f[c];
    if (c >= 0x3400 && c <= 0xfaff) {
      han++;
      if (x & F_TRAD) trad++;
    }
    if (x === 0) {
      prevComma = false;
      continue;
    }
    if (x & (F_TONED | F_VARIANT)) return false;
    if (prevComma && x & F_AFTER_COMMA) return false;
    prevComma = (x & F_COMMA) !== 0;
  }
  return !(han && trad / han >= 0.03);
}

/** The page as written and in simplified characters (variants folded): the same length, line for line. */
export function pageScripts(s: string): Scripts {
  if (plainPage(s)) return { written: s, simplified: s };
  const written = dropPinyinGlosses(s).replace(STRAY_COMMA, '');
  return { written, simplified: toSimplified(foldVariants(written)) };
}

/** Page text for reading: pinyin glosses and stray commas dropped, variants and traditional → simplified (length may change). */
export function simplifyPage(s: string): string {
  return pageScripts(s).simplified;
}

/**
 * A string cut from the simplified page (an article's text, its headline) as the page writes it:
 * each line found in the page gives the written characters at the same place; a line the page
 * does not hold verbatim (an HTML block with markup inside) goes character by character, each
 * simplified character written as the page most often writes it. Same length as `s`.
 */
export function asWritten(s: string, page: Scripts): string {
  if (page.written === page.simplified || s === '') return s;
  let inverse: Map<string, string> | null = null;
  let cursor = 0;
  return s
    .split('\n')
    .map((line) => {
      if (line === '') return line;
      let k = page.simplified.indexOf(line, cursor);
      if (k < 0) k = page.simplified.indexOf(line);
      if (k >= 0) {
        cursor = k + line.length;
        return page.written.slice(k, cursor);
      }
      inverse ??= inverseOf(page);
      let out = '';
      for (const ch of line) out += inverse.get(ch) ?? ch;
      return out;
    })
    .join('\n');
}

/** For each simplified character of a text, the written character it most often stands for. */
export function inverseOf(page: Scripts): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const { written: w, simplified: z } = page;
  for (let i = 0; i < z.length; i++) {
    const c = z.charCodeAt(i);
    if (c < 0x3400 || c > 0xfaff) continue;
    const by = counts.get(z[i]) ?? new Map<string, number>();
    by.set(w[i], (by.get(w[i]) ?? 0) + 1);
    counts.set(z[i], by);
  }
  const out = new Map<string, string>();
  for (const [ch, by] of counts) {
    let best = ch;
    let n = by.get(ch) ?? 0;
    for (const [x, m] of by) if (m > n) [best, n] = [x, m];
    if (best !== ch) out.set(ch, best);
  }
  return out;
}
