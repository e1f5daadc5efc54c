import type { PageInput } from '../doc.js';
import { runPage, type PageResult, type TaskOptions } from './task.js';

// Piscina worker: each thread loads the pipeline (nodejieba, dictionaries) once, on first use.
export default function work(task: { page: PageInput; opts: TaskOptions }): PageResult {
  const page = task.page;
  // Structured clone turns a Buffer into a plain Uint8Array; give stages the same Buffer they
  // get in-process, so -j 1 and -j N behave alike.
  if (page.bytes && !Buffer.isBuffer(page.bytes)) page.bytes = Buffer.from(page.bytes.buffer, page.bytes.byteOffset, page.bytes.byteLength);
  return runPage(page, task.opts);
}
