import fs from 'node:fs';
import path from 'node:path';
import { DICT_DIR } from './paths.js';

// Dictionaries are data files: one entry a line, `#` starts a comment, TSV columns by tab.

function lines(name: string): string[] {
  const text = fs.readFileSync(path.join(DICT_DIR, name), 'utf8');
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+#.*$/, '').replace(/^#.*$/, '').trimEnd())
    .filter((l) => l.trim() !== '');
}

/** A word escaped for use inside a regular expression (word lists are joined into alternations). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A word list: one entry per line. */
export function loadList(name: string): string[] {
  return lines(name).map((l) => l.trim());
}

/** A TSV table: rows of tab-separated columns (the first line is data, not a header). */
export function loadTsv(name: string): string[][] {
  return lines(name).map((l) => l.split('\t').map((c) => c.trim()));
}
