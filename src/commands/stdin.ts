import fs from 'node:fs';
import { UsageError } from '../errors.js';
import type { Plan } from '../stages/read.js';

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
