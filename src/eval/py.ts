// Python semantics that the reference scorer (tools/score.py) relies on, reproduced exactly so that
// `zhclaims eval` agrees with it figure for figure: truthiness, ==, float(), round(), '%.Nf', repr().

/** Python's str.isspace() set (what str.strip() and re's \s use): differs from JS \s (\x1c-\x1f, \x85, no \ufeff). */
export const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const STRIP_RE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

export function pyStrip(s: string): string {
  return s.replace(STRIP_RE, '');
}

/** Python truthiness of a JSON value: [] and {} are false there, true in JS. */
export function pyTruthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v as object).length > 0;
  if (typeof v === 'number' && Number.isNaN(v)) return true; // float('nan') is truthy in Python
  return true;
}

/** `x or None` */
export function pyOrNone(v: unknown): unknown {
  return pyTruthy(v) ? v : null;
}

/** Python == on JSON values (True == 1, deep equality of lists and dicts). */
export function pyEq(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  const num = (x: unknown) => (typeof x === 'boolean' ? Number(x) : x);
  a = num(a);
  b = num(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => pyEq(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b as object, k) && pyEq((a as any)[k], (b as any)[k]));
}

/** A hashable key for a Python set element made from a JSON value (1 == True == 1.0 hash alike). */
export function pyHashKey(v: unknown): string {
  if (typeof v === 'string') return 's' + v;
  if (typeof v === 'boolean') return 'n' + Number(v);
  if (typeof v === 'number') return 'n' + v;
  return 'j' + JSON.stringify(v);
}

const PY_FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;

/** Python's float(v) on a JSON value; undefined where Python raises (TypeError/ValueError). */
export function pyFloat(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return Number(v);
  if (typeof v === 'string') {
    const s = pyStrip(v);
    if (!PY_FLOAT_RE.test(s)) return undefined;
    const t = s.replace(/_/g, '').toLowerCase();
    if (/inf/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/nan/.test(t)) return NaN;
    return Number(t);
  }
  return undefined;
}

/**
 * Round the exact binary value of a finite x to `digits` decimal digits, given JS's rounding
 * `jsRounded` (which breaks exact ties upwards in magnitude): Python breaks them to even.
 * `exact` is x's decimal expansion with enough digits to see a tie.
 */
function fixTie(jsRounded: string, exact: string, cut: number): string {
  // exact: digits with a '.' somewhere; cut: index in `exact` right after the last kept digit.
  const rest = exact.slice(cut).replace('.', '');
  if (!/^50*$/.test(rest)) return jsRounded;
  // A tie: JS rounded up; Python keeps the truncated value when its last digit is even.
  const kept = exact.slice(0, cut);
  const last = kept.replace(/\D/g, '').slice(-1);
  if (Number(last) % 2 === 0) return kept.endsWith('.') ? kept.slice(0, -1) : kept;
  return jsRounded;
}

/** Python f"{x:.{n}f}" */
export function pyFixed(x: number, n: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  if (Math.abs(x) >= 1e21) return x.toFixed(n); // not reached by ratios; toFixed gives exponent form here
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  const exact = ax.toFixed(100);
  const dot = exact.indexOf('.');
  let out = fixTie(ax.toFixed(n), exact, n === 0 ? dot : dot + 1 + n);
  if (n > 0 && !out.includes('.')) out += '.' + '0'.repeat(n);
  else if (n > 0) out = out.padEnd(out.indexOf('.') + 1 + n, '0');
  return (neg ? '-' : '') + out;
}

/** Python round(x, n) for a float. */
export function pyRound(x: number, n: number): number {
  if (!Number.isFinite(x)) return x;
  return Number(pyFixed(x, n));
}

/** Python float(f"{x:.6g}") — num_key's rounding to 6 significant digits, ties to even. */
export function pySig(x: number, p: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const ax = Math.abs(x);
  const js = ax.toPrecision(p);
  // The exact expansion as significant digits only (toPrecision is exact math up to 100 digits).
  const digits = ax.toPrecision(100).split('e')[0].replace('.', '').replace(/^0+/, '');
  const rest = digits.slice(p);
  let out = Number(js);
  if (/^50*$/.test(rest) && Number(digits[p - 1]) % 2 === 0) {
    // tie with an even last kept digit: Python truncates instead of rounding up
    const expo = Number(ax.toExponential().split('e')[1]);
    out = Number(`${digits.slice(0, 1)}.${digits.slice(1, p)}e${expo}`);
  }
  return x < 0 ? -out : out;
}

/** Python repr() of a float: shortest digits, '.0' on integers, exponent when < 1e-4 or >= 1e16. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expS] = x.toExponential().split('e');
  const e = Number(expS);
  if (e < -4 || e >= 16) {
    const ee = Math.abs(e).toString().padStart(2, '0');
    return `${mant}e${e < 0 ? '-' : '+'}${ee}`;
  }
  const s = String(x);
  return /[.e]/.test(s) ? s : s + '.0';
}

/** Python repr() of a str. */
export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\' || ch === q) out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if ((c >= 0x80 && c < 0xa0) || c === 0xad) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u.test(ch) || (/\p{Zs}/u.test(ch) && ch !== ' ')) {
      out += c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return q + out + q;
}

/**
 * Python str() of a JSON value as json.loads would have built it. A JSON number without a fraction
 * or exponent was an int in Python; JS cannot tell 5 from 5.0, so integral numbers print as ints.
 */
export function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return v;
  return pyRepr(v);
}

export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? BigInt(v).toString() : pyFloatRepr(v);
  if (typeof v === 'string') return pyStrRepr(v);
  if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
  return '{' + Object.entries(v as object).map(([k, x]) => `${pyStrRepr(k)}: ${pyRepr(x)}`).join(', ') + '}';
}

/** Python sorted() on strings: by code point (JS sort compares UTF-16 units). */
export function pySorted(xs: string[]): string[] {
  return [...xs].sort((a, b) => {
    const A = Array.from(a, (c) => c.codePointAt(0)!);
    const B = Array.from(b, (c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(A.length, B.length); i++) if (A[i] !== B[i]) return A[i] - B[i];
    return A.length - B.length;
  });
}
