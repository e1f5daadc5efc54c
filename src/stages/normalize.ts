// STUB (owned by the pages helper).
/** Full-width ASCII forms → ASCII, ideographic space → space; same length as the input. */
export function foldWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
export function toSimplified(s: string): string {
  return s;
}
