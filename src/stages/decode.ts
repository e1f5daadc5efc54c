// Bytes → text. Order of evidence: --encoding override, BOM, strict UTF-8 validity, the page's own
// declaration (<meta charset>, http-equiv), then statistical detection (chardet). Declarations are
// checked against the bytes: real pages declare gb2312 and are UTF-8, or declare utf-8 and are GBK.
import iconv from 'iconv-lite';
import { createRequire } from 'node:module';
import { isUtf8 as validUtf8 } from 'node:buffer';
import type { PageInput } from '../doc.js';
import { InputError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  isHtml: boolean;
}

/** GBK and GB2312 are subsets of GB18030; decode them as the superset. */
export function canonicalEncoding(name: string): string {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if (/^(gb2312|gbk|gb18030|cp936|x-gbk|euc-cn|hz-gb-2312|csgb2312|chinese|iso-ir-58)$/.test(n)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5|cn-big5|csbig5|cp950)$/.test(n)) return 'big5';
  if (n === 'utf8') return 'utf-8';
  if (n === 'utf16le' || n === 'utf-16') return 'utf-16le';
  if (n === 'utf16be') return 'utf-16be';
  return n;
}

/** Validity without decoding (the text is decoded once, after): buffer.isUtf8 is a byte scan. */
function isUtf8(bytes: Uint8Array): boolean {
  return validUtf8(bytes);
}

/** chardet is loaded only for the few pages that GB18030 and Big5 both decode cleanly. */
let detector: { analyse(b: Uint8Array): { name: string; confidence: number }[] } | null = null;
const chardet = () => (detector ??= createRequire(import.meta.url)('chardet') as NonNullable<typeof detector>);

function decodeWith(bytes: Uint8Array, enc: string): string {
  if (enc === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), enc);
}

/** Share of characters the decoder could not map (U+FFFD), plus private-use and C1 control noise. */
function badShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x80 && c <= 0x9f)) bad++;
  }
  return bad / text.length;
}

/**
 * UTF-16 without a BOM: the NUL bytes of ASCII characters (newlines, digits, punctuation) all fall on
 * one byte parity; CJK characters have none, so the share is small but one-sided. Confirmed by decoding.
 */
function sniffUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 16384) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const zeros = evenZero + oddZero;
  if (zeros < Math.max(4, n / 2 / 200)) return null;
  const enc = oddZero >= zeros * 0.75 ? 'utf-16le' : evenZero >= zeros * 0.75 ? 'utf-16be' : null;
  if (!enc) return null;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, n), enc);
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  return bad <= text.length * 0.01 ? enc : null;
}

/** Binary: NUL bytes or many control bytes in the first 8 KB (after UTF-16 has been ruled out). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) ctrl++;
  }
  return ctrl > n * 0.02;
}

/** The charset a page declares in its first bytes: <meta charset=…> or http-equiv content="…charset=…". */
export function declaredCharset(head: string): string | null {
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})/i.exec(head);
  return m ? canonicalEncoding(m[1]) : null;
}

function known(enc: string): boolean {
  return enc === 'utf-8' || iconv.encodingExists(enc);
}

const CJK = new Set(['gb18030', 'big5', 'euc-jp', 'shift_jis', 'euc-kr']);

/** The decoding made while detecting (the declared charset, or GB18030), reused when it wins. */
let lastDecoded: { bytes: Uint8Array; enc: string; text: string; share?: number } | null = null;

function detect(bytes: Uint8Array, declared: string | null): string {
  // A declaration that decodes the bytes cleanly wins; GBK-declared UTF-8 was caught before.
  if (declared && declared !== 'utf-8' && known(declared)) {
    const text = decodeWith(bytes, declared);
    const share = badShare(text);
    lastDecoded = { bytes, enc: declared, text, share };
    // a Big5 declaration on GB bytes (a template's meta kept) decodes cleanly too: the rare share tells
    if (share < 0.001 && !(declared === 'big5' && big5Reading(bytes) === 'gb18030' && badShare(decodeWith(bytes, 'gb18030')) < 0.001)) return declared;
  }
  // The usual case needs no statistics: GB text almost always holds byte pairs that Big5 leaves
  // unassigned, and Big5 text the other way round; only when both decode cleanly ask chardet.
  const gbText = lastDecoded?.bytes === bytes && lastDecoded.enc === 'gb18030' ? lastDecoded.text : decodeWith(bytes, 'gb18030');
  const gbBad = badShare(gbText);
  lastDecoded = { bytes, enc: 'gb18030', text: gbText, share: gbBad };
  // a 16 KB sample is plenty to see Big5's unassigned pairs
  const big5Bad = badShare(decodeWith(bytes.subarray(0, 16384), 'big5'));
  if (gbBad < 0.001 && big5Bad >= 0.001) return 'gb18030';
  if (big5Bad < 0.001 && gbBad >= 0.001) return 'big5';
  if (gbBad < 0.001 && big5Bad < 0.001) {
    const reading = big5Reading(bytes);
    if (reading) return reading;
  }
  // chardet's ranking (ICU's detectors: how many of a language's most common characters the
  // decoded text holds), CJK candidates first (GB18030 accepts most Big5 byte pairs without error,
  // so a clean decode alone cannot tell them apart); then whichever of GB18030/Big5 decodes cleaner.
  // 8 KB from the first non-ASCII byte on is plenty for the statistics (markup before it adds none).
  let from = 0;
  while (from < bytes.length && bytes[from] < 0x80) from++;
  from = Math.max(0, from - 16);
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.min(bytes.byteLength - from, 8192));
  const ranked = chardet()
    .analyse(sample)
    .map((c) => canonicalEncoding(c.name))
    .filter((e) => CJK.has(e) && known(e));
  for (const enc of ranked) if (badShare(decodeWith(bytes, enc)) < 0.001) return enc;
  let best = 'gb18030';
  let bestShare = Infinity;
  for (const enc of [...ranked, 'gb18030', 'big5']) {
    const share = badShare(decodeWith(bytes, enc));
    if (share < bestShare) {
      best = enc;
      bestShare = share;
    }
  }
  return best;
}

/**
 * Bytes that both GB18030 and Big5 decode cleanly (short pages): read as Big5, real traditional text
 * uses its common level 1 (lead 0xA4–0xC6) almost only, while GB text spreads over level 2 (lead
 * 0xC9–0xF9) too, 15–80 % of its characters. Clear shares decide; the middle is left to chardet.
 */
function big5Reading(bytes: Uint8Array): 'gb18030' | 'big5' | null {
  let han = 0;
  let rare = 0;
  for (let i = 0; i < bytes.length && han < 4096; ) {
    const b = bytes[i];
    const t = bytes[i + 1];
    if (b >= 0xa1 && b <= 0xf9 && t !== undefined && ((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) {
      if (b >= 0xa4) {
        han++;
        if (b >= 0xc9) rare++;
      }
      i += 2;
    } else i++;
  }
  if (han < 4) return null;
  if (rare / han > 0.21) return 'gb18030';
  return rare === 0 && han >= 8 ? 'big5' : null;
}

export function sniffHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<(!doctype\s+html|html|head|body|meta|div|p|title|article|table)\b/i.test(head);
}

function finish(input: PageInput, text: string, encoding: string): Decoded {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(input.origin, 'empty input (no text)');
  const isHtml = input.kind === 'html' || (input.kind === 'auto' && sniffHtml(text));
  return { text, encoding, isHtml };
}

export function decodeInput(input: PageInput): Decoded {
  if (input.text !== undefined) return finish(input, input.text, 'utf-8');
  const bytes = input.bytes ?? new Uint8Array();
  if (bytes.length === 0) throw new InputError(input.origin, 'empty file');

  if (input.encoding) {
    const enc = canonicalEncoding(input.encoding);
    if (!known(enc)) throw new InputError(input.origin, `unknown encoding "${input.encoding}"`);
    return finish(input, decodeWith(bytes, enc), enc);
  }
  // BOMs.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(input, decodeWith(bytes.subarray(3), 'utf-8'), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(input, iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(input, iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be');
  const u16 = sniffUtf16(bytes);
  if (u16) return finish(input, iconv.decode(Buffer.from(bytes), u16), u16);
  if (looksBinary(bytes)) throw new InputError(input.origin, 'binary file, not a text or HTML page');

  // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page declares: legacy CJK text is
  // practically never valid UTF-8.
  if (isUtf8(bytes)) return finish(input, decodeWith(bytes, 'utf-8'), 'utf-8');

  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const enc = detect(bytes, declaredCharset(head));
  const reused = lastDecoded?.bytes === bytes && lastDecoded.enc === enc ? lastDecoded : null;
  const text = reused ? reused.text : decodeWith(bytes, enc);
  // (the share of the decoding detection made and measured is not measured again)
  const share = reused?.share ?? badShare(text);
  lastDecoded = null;
  if (share > 0.02) throw new InputError(input.origin, 'bytes are not valid in any supported encoding (UTF-8, UTF-16, GB18030, Big5)');
  return finish(input, text, enc);
}
