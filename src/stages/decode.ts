// STUB (owned by the pages helper): replaced by real encoding detection.
import type { PageInput } from '../doc.js';
import { InputError } from '../errors.js';

export function decodeInput(input: PageInput): { text: string; encoding: string; isHtml: boolean } {
  const text = input.text ?? new TextDecoder('utf-8').decode(input.bytes ?? new Uint8Array());
  if (text.trim() === '') throw new InputError(input.origin, 'empty input');
  const isHtml = input.kind === 'html' || (input.kind === 'auto' && /<(html|body|div|p)\b/i.test(text.slice(0, 4096)));
  return { text, encoding: 'utf-8', isHtml };
}
