import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { MessageChannel } from 'node:worker_threads';
import type { Piscina } from 'piscina';
import { ROOT } from '../paths.js';
import type { ReadItem } from '../stages/read.js';
import type { Batch, PageSummary, TaskOptions } from './task.js';
import { interrupted, onShutdown } from './interrupt.js';

// The batch engine: pages from the reader go to a pool of worker threads (or run in-process for
// -j 1); results come back in input order through a bounded window, so memory stays flat however
// long the input is and the output of -j 1 and -j N is byte-identical. A page's output arrives in
// batches: the page at the head of the window is written as its batches come, later ones queue.

/** A note of the reader (a skipped file, a duplicate id), kept in input order with the pages. */
export type NoteItem = { type: 'note'; origin: string; note: string };

export type Outcome =
  | ({ type: 'chunks' } & Batch)
  | { type: 'page'; result: PageSummary; size: number }
  | { type: 'error'; origin: string; reason: string }
  | NoteItem;

export interface BatchOptions {
  jobs: number;
  task: TaskOptions;
  /** Pages in flight (submitted, not yet emitted); default 16 per job. */
  window?: number;
}

/** Input bytes in flight at most (beyond the first page): a window of huge pages stays bounded. */
const WINDOW_BYTES = 32 << 20;
/**
 * Pages a worker holds at once: it works through them in turn, so it never waits for the main
 * thread to hand it the next one (with one at a time, that round trip idled each worker for
 * 15 % of a -j 2 run).
 */
const TASKS_PER_WORKER = 4;

/** The compiled worker: always dist/, also when this module runs from src/ under a test runner. */
export function workerFile(): string {
  return path.join(ROOT, 'dist', 'batch', 'worker.js');
}

/**
 * Garbage collection for a long run. A page's objects die young, and what a pipeline keeps
 * (dictionaries, region index) is made once, so: a small young generation per worker (4 MB
 * semi-spaces instead of the 32 MB bin/zhclaims.js gives the in-process run, where it halves the
 * scavenge time) and an old generation that grows by 25 % instead of up to 4× before the next
 * full collection. V8 flags are per process and win over a worker's resourceLimits, so they are
 * set here, before the pool creates the workers' heaps. Measured on 3,000 corpus pages with
 * -j 2: 573 MB peak RSS before, 383 MB after, CPU time unchanged within the noise.
 */
export const WORKER_V8_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=25'];
/** For the in-process run (-j 1): the same old-generation growth. */
export const MAIN_V8_FLAGS = ['--heap-growing-percent=25'];

/** One page in flight: its batches so far, and its summary once done. */
interface Run {
  batches: Batch[];
  summary: PageSummary | null;
  size: number;
  wake: (() => void) | null;
}

const failure = (origin: string, err: unknown): PageSummary => ({
  origin,
  count: 0,
  warnings: [],
  error: `internal error: ${err instanceof Error ? err.message : String(err)}`,
});

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
    const { Piscina } = await import('piscina');
    for (const f of WORKER_V8_FLAGS) v8.setFlagsFromString(f);
    pool = new Piscina({ filename, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000, concurrentTasksPerWorker: TASKS_PER_WORKER });
  } else for (const f of MAIN_V8_FLAGS) v8.setFlagsFromString(f);
  // On a signal: queued pages are dropped, the pages being processed finish, then the threads stop.
  const p = pool;
  const offShutdown = p ? onShutdown(() => p.close({ force: true })) : () => {};
  // In-process only: with a pool the main thread never loads the pipeline (segmenter, dictionaries).
  const pageChunks = pool ? null : (await import('./task.js')).pageChunks;
  const window = opts.window ?? (pool ? jobs * 16 : 2);

  const submit = (item: ReadItem | NoteItem): Run | ReadItem | NoteItem => {
    if (item.type !== 'page' || !pool) return item;
    const run: Run = { batches: [], summary: null, size: item.size, wake: null };
    const { port1, port2 } = new MessageChannel();
    const finish = (s: PageSummary) => {
      if (run.summary) return;
      run.summary = s;
      port1.close();
      run.wake?.();
    };
    port1.on('message', (m: { batch?: Batch; summary?: PageSummary }) => {
      if (m.batch) run.batches.push(m.batch);
      if (m.summary) finish(m.summary);
      else run.wake?.();
    });
    // a file's bytes are moved to the worker, not copied (the main thread is done with them)
    const b = item.page.bytes;
    const own = b && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;
    const transferList = own ? [port2, b.buffer as ArrayBuffer] : [port2];
    pool.run({ page: item.page, opts: opts.task, port: port2 }, { transferList }).catch((err: unknown) => {
      // a page cut off by shutdown is not a failure to report: the signal handler exits the process
      if (!interrupted()) finish(failure(item.page.origin, err));
    });
    return run;
  };

  const drain = async (run: Run): Promise<void> => {
    for (;;) {
      while (run.batches.length) await emit({ type: 'chunks', ...run.batches.shift()! });
      if (run.summary) break;
      await new Promise<void>((resolve) => (run.wake = resolve));
      run.wake = null;
    }
    await emit({ type: 'page', result: run.summary, size: run.size });
  };

  const queue: (Run | ReadItem | NoteItem)[] = [];
  let inFlight = 0;
  const it = items[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < window && (queue.length === 0 || inFlight < WINDOW_BYTES)) {
        const next = await it.next();
        if (next.done) exhausted = true;
        else {
          if (next.value.type === 'page') inFlight += next.value.size;
          queue.push(submit(next.value));
        }
      }
      const head = queue.shift();
      if (head && 'size' in head) inFlight -= head.size;
      if (!head) break;
      if (interrupted()) await new Promise(() => {}); // the signal handler exits the process
      if ('batches' in head) await drain(head);
      else if (head.type !== 'page') await emit(head);
      else {
        // in-process: the page runs when it reaches the head, its batches written as they come
        const gen = pageChunks!(head.page, opts.task);
        let summary: PageSummary;
        for (;;) {
          let r: IteratorResult<Batch, PageSummary>;
          try {
            r = gen.next();
          } catch (err) {
            r = { done: true, value: failure(head.page.origin, err) };
          }
          if (r.done) {
            summary = r.value;
            break;
          }
          await emit({ type: 'chunks', ...r.value });
        }
        await emit({ type: 'page', result: summary, size: head.size });
        // let the reader and the output stream make progress between pages
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    offShutdown();
  } finally {
    if (pool && !interrupted()) await pool.destroy();
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
