import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { MessageChannel } from 'node:worker_threads';
import type { Piscina } from 'piscina';
import { ROOT } from '../paths.js';
import type { ReadItem } from '../stages/read.js';
import type { PageInput } from '../doc.js';
import type { Batch, PageSummary, TaskOptions } from './task.js';
import { interrupted, onShutdown } from './interrupt.js';

// The batch engine: pages from the reader run on the main thread and a pool of worker threads
// (none for -j 1); results come back in input order through a bounded window, so memory stays flat
// however long the input is and the output of -j 1 and -j N is byte-identical. A page's output
// arrives in batches: the page at the head of the window is written as its batches come, later
// ones queue.

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
  /** Pages in flight (submitted, not yet emitted); default 16 per job (2 for -j 1). */
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
 * semi-spaces instead of V8's default 16 MB) and an old generation that grows by 25 % instead of
 * up to 4× before the next full collection. V8 flags are per process and win over a worker's
 * resourceLimits, so they are set here, before the pool creates the workers' heaps. Measured on
 * 3,000 corpus pages with -j 2: 573 MB peak RSS before, 383 MB after, CPU time unchanged within
 * the noise. A heap's sizes are read when it is made: the main thread's young generation keeps
 * V8's default (32 MB) and only node's command line changes it (--max-semi-space-size=4 takes
 * about 18 MB off a -j 2 run).
 */
export const WORKER_V8_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=25'];
/** For the in-process run (-j 1): the same old-generation growth. */
export const MAIN_V8_FLAGS = ['--heap-growing-percent=25'];

/**
 * The pool of `workers` threads. Atomics off: with piscina's default a worker waits for its next
 * task in Atomics.wait, its event loop never turns, and the MessagePort each page's batches went
 * through is never freed (2.4 KB a page, 36 MB of a worker's heap over 30,000 pages). With the
 * loop turning between pages they are, and a worker's heap stays flat with run length.
 */
export function poolOptions(workers: number) {
  return { minThreads: workers, maxThreads: workers, idleTimeout: 1000, concurrentTasksPerWorker: TASKS_PER_WORKER, atomics: 'disabled' as const };
}

/**
 * A page in flight: its batches so far, and its summary once done. `page` is set for a page the
 * main thread runs itself, until it has run.
 */
interface Run {
  batches: Batch[];
  summary: PageSummary | null;
  size: number;
  wake: (() => void) | null;
  page: PageInput | null;
}

/**
 * Pages above this size always go to a worker: the main thread also writes the output and feeds
 * the workers, so it only takes pages it gets through in a few milliseconds.
 */
const LOCAL_MAX = 256 << 10;

const failure = (origin: string, err: unknown): PageSummary => ({
  origin,
  count: 0,
  warnings: [],
  error: `internal error: ${err instanceof Error ? err.message : String(err)}`,
});

/**
 * -j N runs pages on N threads: the main thread and N - 1 workers. A page goes to the pool while
 * the workers hold fewer than TASKS_PER_WORKER each (or when it is large), otherwise the main
 * thread runs it: at the head of the window its batches are written as they come; ahead of the
 * head, while the head waits for a worker, they are kept until its turn. One thread fewer than a
 * pool of N holds one V8 heap and one segmenter dictionary fewer (about 100 MB at -j 2).
 */
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
    pool = new Piscina({ filename, ...poolOptions(jobs - 1) });
  } else for (const f of MAIN_V8_FLAGS) v8.setFlagsFromString(f);
  // On a signal: queued pages are dropped, the pages being processed finish, then the threads stop.
  const p = pool;
  const offShutdown = p ? onShutdown(() => p.close({ force: true })) : () => {};
  const { pageChunks } = await import('./task.js');
  const window = opts.window ?? (pool ? jobs * 16 : 2);
  const poolRoom = (jobs - 1) * TASKS_PER_WORKER;
  let inPool = 0;

  const toPool = (item: ReadItem & { type: 'page' }, run: Run): void => {
    inPool++;
    const { port1, port2 } = new MessageChannel();
    const finish = (s: PageSummary) => {
      if (run.summary) return;
      inPool--;
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
    pool!.run({ page: item.page, opts: opts.task, port: port2 }, { transferList }).catch((err: unknown) => {
      // a page cut off by shutdown is not a failure to report: the signal handler exits the process
      if (!interrupted()) finish(failure(item.page.origin, err));
    });
  };

  type Queued = Run | Exclude<ReadItem, { type: 'page' }> | NoteItem;
  const submit = (item: ReadItem | NoteItem): Queued => {
    if (item.type !== 'page') return item;
    const run: Run = { batches: [], summary: null, size: item.size, wake: null, page: null };
    if (pool && (inPool < poolRoom || item.size > LOCAL_MAX)) toPool(item, run);
    else run.page = item.page;
    return run;
  };

  /** Runs a page on this thread; its batches go to `out` as they are made. */
  const runHere = async (run: Run, out: (b: Batch) => Promise<void>): Promise<void> => {
    const page = run.page!;
    run.page = null;
    if (interrupted()) await new Promise(() => {}); // the signal handler exits the process
    const gen = pageChunks(page, opts.task);
    for (;;) {
      let r: IteratorResult<Batch, PageSummary>;
      try {
        r = gen.next();
      } catch (err) {
        r = { done: true, value: failure(page.origin, err) };
      }
      if (r.done) {
        run.summary = r.value;
        return;
      }
      await out(r.value);
    }
  };
  const keep = async (run: Run, b: Batch) => void run.batches.push(b);
  /** Lets worker messages, the reader and the output stream make progress. */
  const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

  const queue: Queued[] = [];
  let inFlight = 0;
  const it = items[Symbol.asyncIterator]();
  let exhausted = false;

  const drain = async (run: Run): Promise<void> => {
    if (run.page) await runHere(run, (b) => emit({ type: 'chunks', ...b }));
    for (;;) {
      while (run.batches.length) await emit({ type: 'chunks', ...run.batches.shift()! });
      if (run.summary) break;
      // waiting for a worker: run a page of our own from further on in the meantime
      const ahead = queue.find((q): q is Run => 'page' in q && q.page !== null && q.size <= LOCAL_MAX);
      if (ahead) {
        await runHere(ahead, (b) => keep(ahead, b));
        await yieldNow();
        continue;
      }
      await new Promise<void>((resolve) => (run.wake = resolve));
      run.wake = null;
    }
    await emit({ type: 'page', result: run.summary, size: run.size });
  };

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
      if ('batches' in head) {
        await drain(head);
        // let the reader and the output stream make progress between pages
        await yieldNow();
      } else await emit(head);
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
