import fs from 'node:fs';
import path from 'node:path';
import { Piscina } from 'piscina';
import { ROOT } from '../paths.js';
import type { ReadItem } from '../stages/read.js';
import type { PageResult, TaskOptions } from './task.js';
import { interrupted, onShutdown } from './interrupt.js';

// The batch engine: pages from the reader go to a pool of worker threads (or run in-process for
// -j 1); results come back in input order through a bounded window, so memory stays flat however
// long the input is and the output of -j 1 and -j N is byte-identical.

/** A note of the reader (a skipped file, a duplicate id), kept in input order with the pages. */
export type NoteItem = { type: 'note'; origin: string; note: string };

export type Outcome =
  | { type: 'page'; result: PageResult; size: number }
  | { type: 'error'; origin: string; reason: string }
  | NoteItem;

export interface BatchOptions {
  jobs: number;
  task: TaskOptions;
  /** Pages in flight (submitted, not yet emitted); default 4 per job. */
  window?: number;
}

/** The compiled worker: always dist/, also when this module runs from src/ under a test runner. */
export function workerFile(): string {
  return path.join(ROOT, 'dist', 'batch', 'worker.js');
}

export async function runBatch(
  items: AsyncIterable<ReadItem | NoteItem>,
  opts: BatchOptions,
  emit: (o: Outcome) => Promise<void>,
): Promise<void> {
  const jobs = Math.max(1, Math.floor(opts.jobs));
  let pool: Piscina | null = null;
  if (jobs > 1) {
    const filename = workerFile();
    if (!fs.existsSync(filename)) throw new Error(`worker not built: ${filename} (run npm run build)`);
    pool = new Piscina({ filename, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000, concurrentTasksPerWorker: 1, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  }
  // On a signal: queued pages are dropped, the pages being processed finish, then the threads stop.
  const p = pool;
  const offShutdown = p ? onShutdown(() => p.close({ force: true })) : () => {};
  // In-process only: with a pool the main thread never loads the pipeline (jieba, dictionaries).
  const runPage = pool ? null : (await import('./task.js')).runPage;
  const window = opts.window ?? (pool ? jobs * 4 : 2);
  const submit = (item: ReadItem | NoteItem): Promise<Outcome> => {
    if (item.type !== 'page') return Promise.resolve(item);
    const { page, size } = item;
    const done = pool
      ? (pool.run({ page, opts: opts.task }) as Promise<PageResult>)
      : new Promise<PageResult>((resolve) => setImmediate(() => resolve(runPage!(page, opts.task))));
    return done.then(
      (result): Outcome => ({ type: 'page', result, size }),
      (err: unknown): Outcome | Promise<Outcome> => interrupted() ? new Promise<Outcome>(() => {}) : ({
        type: 'page',
        size,
        result: { origin: page.origin, chunks: [], count: 0, warnings: [], error: `internal error: ${err instanceof Error ? err.message : String(err)}` },
      }),
    );
  };
  const queue: Promise<Outcome>[] = [];
  const it = items[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < window) {
        const next = await it.next();
        if (next.done) exhausted = true;
        else queue.push(submit(next.value));
      }
      const head = queue.shift();
      if (!head) break;
      const outcome = await head;
      if (interrupted()) await new Promise(() => {}); // the signal handler exits the process
      await emit(outcome);
    }
  } finally {
    offShutdown();
    if (pool) await pool.destroy();
  }
}

/** The reader's items with its notes (told through a callback) put in place among them. */
export function withNotes(read: (onNote: (origin: string, note: string) => void) => AsyncIterable<ReadItem>): AsyncIterable<ReadItem | NoteItem> {
  const notes: NoteItem[] = [];
  const items = read((origin, note) => notes.push({ type: 'note', origin, note }));
  return (async function* () {
    for await (const item of items) {
      // a note is told before the item it concerns is yielded (or before the reader moves on)
      yield* notes.splice(0);
      yield item;
    }
    yield* notes.splice(0);
  })();
}
