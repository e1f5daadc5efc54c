import fs from 'node:fs';
import { UsageError } from '../errors.js';
import { parseRecord, type Plan } from '../stages/read.js';

// One "no inputs" rule for every command: standard input is read when `-` is given, or when no
// inputs are given and standard input is a pipe or a file with data. Otherwise (a terminal,
// /dev/null, an empty pipe or file) no inputs is a usage error (exit 2).

/** Whether a pipe holds any data: waits for the first chunk or the end, and puts the chunk back. */
function hasData(stream: NodeJS.ReadableStream & { unshift(chunk: Buffer): void }): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const done = (v: boolean | Error) => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
      if (v instanceof Error) reject(v);
      else resolve(v);
    };
    const onReadable = () => {
      const chunk = stream.read() as Buffer | null;
      if (chunk === null) return; // nothing yet, or the end (which follows)
      stream.unshift(chunk);
      done(chunk.length > 0);
    };
    const onEnd = () => done(false);
    const onError = (err: Error) => done(err);
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

function kindOfStdin(): 'data-file' | 'pipe' | 'none' {
  let st: fs.Stats;
  try {
    st = fs.fstatSync(0);
  } catch {
    return 'none';
  }
  if (st.isFile()) return st.size > 0 ? 'data-file' : 'none';
  if (st.isFIFO() || st.isSocket()) return 'pipe';
  return 'none'; // a terminal or a device such as /dev/null
}

/** The inputs to read: those given, or `-` when standard input holds data; `noInputs` is the usage message. */
export async function resolveInputs(inputs: string[], noInputs: string): Promise<string[]> {
  if (inputs.length > 0) return inputs;
  const kind = kindOfStdin();
  if (kind === 'none') throw new UsageError(noInputs);
  if (kind === 'pipe' && !(await hasData(process.stdin))) throw new UsageError(`${noInputs} (standard input is empty)`);
  return ['-'];
}


/** The files of a plan, for the check that an output is none of them. */
export function planFiles(plan: Plan): string[] {
  return plan.entries.flatMap((e) => (e.type === 'file' ? [e.path] : []));
}

/**
 * A JSONL file found in a folder that holds no pages (the claims a previous run wrote there, say):
 * reading skips it, so writing over it loses no input. Its first line decides, as for reading.
 */
export function notPagesFound(plan: Plan): (input: string) => boolean {
  const walked = new Set(plan.entries.flatMap((e) => (e.type === 'file' && e.walked && e.path.toLowerCase().endsWith('.jsonl') ? [e.path] : [])));
  return (input) => {
    if (!walked.has(input)) return false;
    const buf = Buffer.alloc(1 << 16);
    let n = 0;
    try {
      const fd = fs.openSync(input, 'r');
      n = fs.readSync(fd, buf, 0, buf.length, 0);
      fs.closeSync(fd);
    } catch {
      return false;
    }
    const text = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
    const line = text.split('\n').find((l) => l.trim() !== '');
    if (line === undefined || (!text.includes('\n') && n === buf.length)) return false; // empty, or a long line: a page
    try {
      JSON.parse(line);
    } catch {
      return false;
    }
    return 'reason' in parseRecord(line, input);
  };
}
