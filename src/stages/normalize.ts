// Offset-preserving normalization. Both functions return a string of the same length as their input,
// so a span found in one is a span in the other.
import * as OpenCC from 'opencc-js/t2cn';

/** Full-width ASCII forms (digits, letters, punctuation) → ASCII, ideographic space → space. */
export function foldWidth(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      out += s.slice(from, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0));
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

type Convert = (s: string) => string;
let convert: Convert | null = null;
let tradChars: RegExp | null = null;

/**
 * The converter and a character class of every character it would change. Most pages are already
 * simplified: testing for one such character is far cheaper than running the converter.
 */
function setup(): { conv: Convert; test: RegExp } {
  if (convert && tradChars) return { conv: convert, test: tradChars };
  const conv = OpenCC.Converter({ from: 'tw', to: 'cn' }) as Convert;
  const ranges: [number, number][] = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ];
  const changed: number[] = [];
  for (const [lo, hi] of ranges) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      const out = conv(ch);
      if (out !== ch) changed.push(c);
    }
  }
  const cls = changed.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
  convert = conv;
  tradChars = new RegExp(`[${cls}]`);
  return { conv, test: tradChars };
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

/** Traditional → simplified (OpenCC tw → cn), same length as the input. */
export function toSimplified(s: string): string {
  const { conv, test } = setup();
  if (!test.test(s)) return s;
  // Convert line by line so one odd phrase only costs its own line the phrase conversion.
  const lines = s.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!test.test(line)) continue;
    const c = conv(line);
    lines[i] = c.length === line.length ? c : perChar(conv, line);
  }
  return lines.join('\n');
}
