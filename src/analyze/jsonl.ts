import fs from 'node:fs';
import { InputError } from '../errors.js';
import { pyStrip } from '../eval/py.js';

// JSON Lines in: one value a line, blank lines skipped, a bad line named by file and line number.

export interface JsonlLine {
  line: number;
  value: unknown;
}

export function parseJsonl(text: string, origin: string): JsonlLine[] {
  const out: JsonlLine[] = [];
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM from Windows tools
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = pyStrip(lines[i]);
    if (line === '') continue;
    try {
      out.push({ line: i + 1, value: JSON.parse(line) });
    } catch (err) {
      throw new InputError(`${origin}:${i + 1}`, `not valid JSON (${(err as Error).message})`);
    }
  }
  return out;
}

export function readText(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(file, 'no such file');
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a folder, expected a .jsonl file');
  const bytes = fs.readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'not UTF-8 text');
  }
}

export function readJsonlFile(file: string): JsonlLine[] {
  return parseJsonl(readText(file), file);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

