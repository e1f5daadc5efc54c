import type { MessagePort } from 'node:worker_threads';
import type { PageInput } from '../doc.js';
import { pageChunks, type TaskOptions } from './task.js';

// Piscina worker: each thread loads the pipeline (segmenter, dictionaries) once, on first use.
// A page's output goes back through `port` batch by batch as it is made, then its summary, so a
// huge page never sits whole in the worker (the main thread writes or queues each batch).
export default function work(task: { page: PageInput; opts: TaskOptions; port: MessagePort }): null {
  const { page, port } = task;
  // Structured clone turns a Buffer into a plain Uint8Array; give stages the same Buffer they
  // get in-process, so -j 1 and -j N behave alike.
  if (page.bytes && !Buffer.isBuffer(page.bytes)) page.bytes = Buffer.from(page.bytes.buffer, page.bytes.byteOffset, page.bytes.byteLength);
  const gen = pageChunks(page, task.opts);
  for (;;) {
    const r = gen.next();
    if (r.done) {
      port.postMessage({ summary: r.value });
      break;
    }
    port.postMessage({ batch: r.value });
  }
  return null;
}
