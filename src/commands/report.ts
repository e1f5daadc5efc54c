import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { gather } from '../report/inputs.js';
import { reportChunks } from '../report/html.js';
import { segmenterOption, useSegmenter, type SegmenterName } from '../stages/segmenters.js';

// `zhclaims report`: one self-contained HTML page to look at what was extracted: an overview
// per region and kind, and every article's text with each claim highlighted in place.

interface ReportOpts {
  out?: string;
  articles: string[];
  title?: string;
  quiet?: boolean;
  encoding?: string;
  segmenter: SegmenterName;
}

const collect = (v: string, prev: string[]) => [...prev, v];

/** Written beside the target and renamed, so an interrupted run never leaves half a file. */
function writeAtomic(file: string, chunks: Iterable<string>): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      for (const c of chunks) fs.writeSync(fd, c);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw new UsageError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

async function writeStdout(chunks: Iterable<string>): Promise<void> {
  for (const c of chunks) {
    if (!process.stdout.write(c)) await once(process.stdout, 'drain');
  }
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write one self-contained HTML page: claims per region and kind, every claim highlighted in its text')
    .argument('[inputs...]', 'pages (files, folders, globs, - for stdin), or claims JSONL from `zhclaims extract`')
    .option('-o, --out <file>', 'the HTML file to write (default: standard output)')
    .option('--articles <file>', 'articles JSONL from `zhclaims articles`, for the text of claims JSONL inputs (repeatable)', collect, [])
    .option('--title <text>', 'the report title')
    .option('--encoding <name>', 'decode every page file with this encoding (e.g. gb18030, big5) instead of detecting it')
    .option('-q, --quiet', 'no notes on standard error (errors still print)')
    .addOption(segmenterOption())
    .addHelpText(
      'after',
      `
Examples:
  zhclaims report fixtures/seeds -o report.html
  zhclaims extract crawl/ -o claims.jsonl && zhclaims articles crawl/ > articles.jsonl
  zhclaims report claims.jsonl --articles articles.jsonl -o report.html

The page needs no server and no network: open it from disk. Hover or Tab to a highlight
for its kind, value, unit, approx, subject and honor; filter by kind and by region.`,
    )
    .action(async (inputs: string[], opts: ReportOpts) => {
      if (inputs.length === 0 && opts.articles.length === 0) {
        throw new UsageError('report: no inputs (give pages, a folder, or claims JSONL; see zhclaims report --help)');
      }
      useSegmenter(opts.segmenter);
      const problem = (origin: string, reason: string) => process.stderr.write(`zhclaims: ${origin}: ${reason}\n`);
      const note = (m: string) => {
        if (!opts.quiet) process.stderr.write(`zhclaims: ${m}\n`);
      };
      const { articles, failures } = await gather(inputs, opts.articles, problem, note, opts.encoding);
      const chunks = reportChunks(articles, { title: opts.title });
      if (opts.out && opts.out !== '-') writeAtomic(opts.out, chunks);
      else await writeStdout(chunks);
      const claims = articles.reduce((s, a) => s + a.claims.length, 0);
      note(`report: ${articles.length} articles, ${claims} claims${opts.out && opts.out !== '-' ? ` → ${opts.out}` : ''}`);
      if (failures > 0) process.exitCode = 1;
    });
}
