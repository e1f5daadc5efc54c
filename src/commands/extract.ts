import fs from 'node:fs';
import os from 'node:os';
import { Option, type Command } from 'commander';
import iconv from 'iconv-lite';
import { InputError, UsageError } from '../errors.js';
import { planInputs, readPlan } from '../stages/read.js';
import { checkDestination, errnoWords } from '../output/dest.js';
import { notPagesFound, planFiles, resolveInputs } from './stdin.js';
import { FORMATS, openOutput, type Format } from '../output/write.js';
import type { ClaimRecord } from '../output/schema.js';
import { writeByRegion } from '../output/split.js';
import { runBatch, withNotes } from '../batch/engine.js';
import { createProgress } from '../batch/progress.js';
import { inShard, parseShard } from '../batch/shard.js';
import { DedupeIndex, addPage, type ArticleRef } from '../dedupe/index.js';
import { patchChunks } from '../dedupe/patch.js';
import { segmenterOption, type SegmenterName } from '../stages/segmenters.js';

// `zhclaims extract` and `zhclaims articles`: inputs → batch engine → one output, in input order.

interface CommonOpts {
  format: string;
  out?: string;
  jobs?: string;
  quiet?: boolean;
  shard?: string;
  encoding?: string;
  bom?: boolean;
  splitBy?: string;
  dedupe?: boolean;
  segmenter: SegmenterName;
}

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : Math.max(1, os.cpus().length);
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || Number(text) > 256) {
    throw new UsageError(`-j/--jobs must be a whole number from 1 to 256, not "${text}"`);
  }
  return Number(text);
}

export const NO_INPUTS = 'no inputs: give files, folders, glob patterns, or - for standard input';

async function run(command: 'extract' | 'articles', inputs: string[], opts: CommonOpts): Promise<void> {
  const allowed: Format[] = command === 'articles' ? ['jsonl', 'json'] : FORMATS;
  const format = opts.format as Format;
  if (!allowed.includes(format)) throw new UsageError(`-f/--format must be one of ${allowed.join(', ')}, not "${opts.format}"`);
  const jobs = parseJobs(opts.jobs);
  const shard = opts.shard === undefined ? null : parseShard(opts.shard);
  if (opts.shard !== undefined && !shard) throw new UsageError(`--shard must be K/N with 1 ≤ K ≤ N (e.g. 1/4), not "${opts.shard}"`);
  if (opts.encoding !== undefined && !iconv.encodingExists(opts.encoding)) throw new UsageError(`--encoding: unknown encoding "${opts.encoding}"`);
  if (opts.bom && format !== 'csv') throw new UsageError('--bom applies to -f csv only');
  let split = false;
  if (opts.splitBy !== undefined) {
    if (opts.splitBy !== 'region') throw new UsageError(`--split-by supports "region" only, not "${opts.splitBy}"`);
    if (!opts.out) throw new UsageError('--split-by region needs -o DIR (the folder for one file per region)');
    if (fs.existsSync(opts.out) && !fs.statSync(opts.out).isDirectory()) throw new UsageError(`-o: ${opts.out} is a file; --split-by region writes a folder`);
    split = true;
  } else if (opts.out && fs.existsSync(opts.out) && fs.statSync(opts.out).isDirectory()) {
    throw new UsageError(`-o: ${opts.out} is a folder (use --split-by region for a folder)`);
  }
  const given = await resolveInputs(inputs, NO_INPUTS);
  const plan = await planInputs(given);
  // Before any work: the destination can be written and is none of the inputs.
  if (opts.out) checkDestination({ out: opts.out, kind: split ? 'folder' : 'file', inputs: planFiles(plan), replaceable: notPagesFound(plan) });

  // No more threads than pages when the count is known: each worker pays for loading jieba.
  const streaming = plan.entries.some((e) => e.type === 'stdin' || (e.type === 'file' && e.path.toLowerCase().endsWith('.jsonl')));
  const files = plan.entries.filter((e) => e.type === 'file').length;
  const threads = streaming ? jobs : Math.max(1, Math.min(jobs, files));
  const progress = createProgress({ quiet: !!opts.quiet, totalBytes: plan.totalBytes, unit: command === 'articles' ? 'articles' : 'claims' });
  let writer: Awaited<ReturnType<typeof openOutput>> | null = null;
  if (!split) {
    try {
      writer = await openOutput({ format, out: opts.out, bom: !!opts.bom });
    } catch (err) {
      progress.finish();
      throw new UsageError(`-o: cannot write ${opts.out} (${errnoWords(err)})`);
    }
  }
  const records: ClaimRecord[] = [];
  // Reposts are found here, in output order, so the first occurrence is the same whatever -j.
  const reposts = new DedupeIndex();
  // The duplicates of the page being written (its batches come before its summary), and its claims left out.
  let dups = new Map<number, ArticleRef>();
  let dropped = 0;
  let failed = 0;
  try {
    await runBatch(
      withNotes((onNote) =>
        readPlan(plan, {
          encoding: opts.encoding,
          keep: shard ? (id) => inShard(id, shard) : undefined,
          onNote,
        }),
      ),
      { jobs: threads, task: { command, format, keepRecords: split, segmenter: opts.segmenter } },
      async (o) => {
        if (o.type === 'note') {
          progress.warn(o.origin, o.note);
          return;
        }
        if (o.type === 'chunks') {
          if (o.dedupe) for (const [k, v] of addPage(reposts, o.dedupe)) dups.set(k, v);
          let chunks = o.chunks;
          if (dups.size && writer && chunks.length) {
            const p = patchChunks(chunks, format, dups, !!opts.dedupe);
            chunks = p.chunks;
            dropped += p.dropped;
          }
          if (writer) await writer.write(chunks);
          return;
        }
        if (o.type === 'error') {
          failed++;
          progress.error(o.origin, o.reason);
          return;
        }
        const r = o.result;
        if (r.error) {
          failed++;
          progress.error(r.origin, r.error);
        }
        for (const w of r.warnings) progress.warn(r.origin, w);
        if (r.records) {
          for (const rec of r.records) {
            const first = dups.get(rec.article);
            if (first) rec.duplicateOf = first;
            if (first && opts.dedupe) dropped++;
            else records.push(rec);
          }
        }
        progress.page(o.size, r.count - dropped);
        dups = new Map();
        dropped = 0;
      },
    );
    if (writer) await writer.close();
    if (split) await writeByRegion(records, opts.out!, format, { bom: !!opts.bom });
  } catch (err) {
    await writer?.abort();
    // A failing disk (ENOSPC, EACCES …) is one line naming the output, not a stack trace.
    const code = (err as NodeJS.ErrnoException)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new InputError(opts.out ?? 'standard output', `cannot write (${errnoWords(err)})`);
    throw err;
  } finally {
    progress.finish();
  }
  if (failed > 0) process.exitCode = 1;
}

function common(cmd: Command, formats: string): Command {
  return cmd
    .argument('[inputs...]', 'files, folders (recursive: .txt .html .htm .jsonl), glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', `output format: ${formats}`).default('jsonl'))
    .option('-o, --out <file>', 'write to FILE (via a temporary file renamed at the end) instead of standard output')
    .option('-j, --jobs <n>', `worker threads (default: number of cores, ${defaultJobs()} here; 1 runs in-process)`)
    .option('-q, --quiet', 'no progress, no summary, no page warnings (errors are still printed)')
    .option('--shard <K/N>', 'process only the K-th of N shards (1-based, by a stable hash of the document id)')
    .option('--encoding <name>', 'decode every file with this encoding (e.g. gb18030, big5) instead of detecting it')
    .addOption(segmenterOption());
}

const INPUT_HELP = `
Inputs:
  A folder is walked recursively for .txt, .html, .htm and .jsonl files, in sorted path order.
  A .jsonl file (or JSONL on standard input) holds one page per line:
    {"id": "p1", "html": "<html>…"}   or   {"id": "p2", "text": "…"}
  A file's document id is its path relative to the folder (or glob base) without extension;
  a JSONL record's document id is its "id". With no inputs, standard input is read when it is a
  pipe or a file with data (no inputs at all is a usage error).

Exit codes: 0 every input processed, 1 some inputs failed (each named on standard error,
the others still written), 2 usage error.`;

export function registerExtract(program: Command): void {
  common(program.command('extract').description('extract the quantitative claims of every page'), 'jsonl, json, csv')
    .option('--bom', 'start CSV with a UTF-8 byte order mark, so Excel shows Chinese intact')
    .option('--split-by <what>', 'with -o DIR: one file per region (<code>-<name>.<ext>) plus index.json')
    .option('--dedupe', 'leave out the claims of reposted articles (every record says its first occurrence in duplicateOf)')
    .addHelpText(
      'after',
      `${INPUT_HELP}

CSV: the record's columns with nested objects flattened (region.code, honor.title, …); empty cell
for null; span as JSON [start,end].

Examples:
  zhclaims extract fixtures/seeds                       JSON Lines on standard output
  zhclaims extract 'crawl/**/*.html' -f csv --bom -o claims.csv
  zhclaims extract dump.jsonl -j 2 -o claims.jsonl      a crawler dump, two worker threads
  zhclaims extract dump.jsonl --shard 3/8 -o part3.jsonl   machine 3 of 8, no coordinator
  cat pages.jsonl | zhclaims extract - > claims.jsonl   a streaming mapper (Hadoop, Spark pipe)
  zhclaims extract pages/ --split-by region -o by-region/
  zhclaims extract crawl/ --dedupe -o claims.jsonl      reposts (转载) left out`,
    )
    .action((inputs: string[], opts: CommonOpts) => run('extract', inputs, opts));
}

export function registerArticles(program: Command): void {
  common(program.command('articles').description('what cleaning kept: one record per article with its clean text'), 'jsonl, json')
    .addHelpText(
      'after',
      `${INPUT_HELP}

Records: doc, article, title, date, source, authors, region, text (the cleaned text that claim
spans point into).

Examples:
  zhclaims articles page.html                            check what was kept of one page
  zhclaims articles fixtures/seeds -f json -o articles.json
  cat pages.jsonl | zhclaims articles - > articles.jsonl`,
    )
    .action((inputs: string[], opts: CommonOpts) => run('articles', inputs, opts));
}
