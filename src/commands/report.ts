import { once } from 'node:events';
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { planInputs } from '../stages/read.js';
import { checkDestination, errnoWords } from '../output/dest.js';
import { writeFileAtomic } from '../output/write.js';
import { planFiles, resolveInputs } from './stdin.js';
import { colorsFor } from '../analyze/color.js';
import { plural, problemLine } from '../batch/progress.js';
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
      if (opts.articles.length === 0) inputs = await resolveInputs(inputs, 'report: no inputs: give pages, a folder, claims JSONL, or - for standard input');
      const toFile = opts.out !== undefined && opts.out !== '-';
      if (toFile) checkDestination({ out: opts.out!, kind: 'file', inputs: [...planFiles(await planInputs(inputs)), ...opts.articles] });
      useSegmenter(opts.segmenter);
      const c = colorsFor(process.stderr);
      const problem = (origin: string, reason: string) => process.stderr.write(problemLine('error', origin, reason, c) + '\n');
      // notes are page warnings ("origin: text") and the closing count line
      const note = (m: string) => {
        if (opts.quiet) return;
        const i = m.indexOf(': ');
        if (m.startsWith('report: ')) process.stderr.write(`zhclaims: ${m}\n`);
        else if (i < 0) process.stderr.write(`zhclaims: ${c.yellow('warning')}: ${m}\n`);
        else process.stderr.write(problemLine('warning', m.slice(0, i), m.slice(i + 2), c) + '\n');
      };
      const { articles, failures } = await gather(inputs, opts.articles, problem, note, opts.encoding);
      const chunks = reportChunks(articles, { title: opts.title });
      if (!toFile) await writeStdout(chunks);
      else {
        try {
          await writeFileAtomic(opts.out!, chunks);
        } catch (err) {
          throw new InputError(opts.out!, `cannot write (${errnoWords(err)})`);
        }
      }
      const claims = articles.reduce((s, a) => s + a.claims.length, 0);
      // all articles here; summarize counts only those with claims (its articles_with_claims)
      const withClaims = articles.filter((a) => a.claims.length > 0).length;
      note(`report: ${plural(articles.length, 'articles')} (${withClaims} with claims), ${plural(claims, 'claims')}${toFile ? ` → ${opts.out}` : ''}`);
      if (failures > 0) process.exitCode = 1;
    });
}
