import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';

// Output destinations, checked before any work: the folder exists and is writable, a file is not
// a folder (nor the reverse), and the output is none of the inputs (hard links and symbolic links
// included), so `extract crawl.jsonl -o crawl.jsonl` can never replace the crawl with its claims.

/** An errno as words, for one-line messages ("no space left on device", not "ENOSPC"). */
export function errnoWords(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EEXIST':
      return 'already exists';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    case 'EFBIG':
      return 'file too large';
    default: {
      const m = e?.message ? String(e.message).split('\n')[0] : String(err);
      return m.replace(/^E[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
    }
  }
}

function writableFolder(dir: string, option: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new UsageError(`${option}: folder ${dir} does not exist`);
  }
  if (!st.isDirectory()) throw new UsageError(`${option}: ${dir} is not a folder`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    throw new UsageError(`${option}: cannot write in folder ${dir} (${errnoWords(err)})`);
  }
}

function identity(file: string): string | null {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? `${st.dev}:${st.ino}` : null;
  } catch {
    return null;
  }
}

export interface DestinationCheck {
  /** The path given. */
  out: string;
  /** A file (renamed into place) or a folder (created when missing). */
  kind: 'file' | 'folder';
  /** The option named in messages, `-o` by default. */
  option?: string;
  /** Input files the output must not be. */
  inputs?: Iterable<string>;
}

/** Throws a UsageError (exit 2) naming the problem when the output could not be written. */
export function checkDestination(c: DestinationCheck): void {
  const option = c.option ?? '-o';
  const abs = path.resolve(c.out);
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(abs);
  } catch {
    st = null;
  }
  if (c.kind === 'folder') {
    if (st && !st.isDirectory()) throw new UsageError(`${option}: ${c.out} is a file; a folder is written here`);
    // a missing folder is created with its missing parents: the nearest existing one must be writable
    let dir = abs;
    while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    writableFolder(dir, option);
    return;
  }
  if (st?.isDirectory()) throw new UsageError(`${option}: ${c.out} is a folder, not a file`);
  writableFolder(path.dirname(abs), option);
  if (!st || !c.inputs) return;
  const target = identity(abs);
  for (const input of c.inputs) {
    if (target !== null && identity(input) === target) {
      throw new UsageError(`${option}: ${c.out} is also an input (${input}); writing it would replace the input`);
    }
  }
}
