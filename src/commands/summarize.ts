import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { InputError } from '../errors.js';
import { parseJsonl, readJsonlFile, readStdin } from '../analyze/jsonl.js';
import { checkDestination, errnoWords } from '../output/dest.js';
import { writeFileAtomic } from '../output/write.js';
import { resolveInputs } from './stdin.js';
import { parseClaims, summarize, type SummaryInput } from '../analyze/summary.js';
import { summaryCsv, summaryJson, summaryTable, type SummaryFormat, type SummaryTables } from '../analyze/summary-format.js';
import { colorsFor } from '../analyze/color.js';
import { Chalk } from 'chalk';

interface SummarizeOptions {
  format: string;
  by: string;
  bom?: boolean;
  out?: string;
}

const FORMATS: SummaryFormat[] = ['table', 'csv', 'json'];
const TABLES: SummaryTables[] = ['region', 'category', 'all'];

export function registerSummarize(program: Command): void {
  program
    .command('summarize')
    .description('per-region (and region × category) totals of claim files: articles, claims per kind, money, people, honors')
    .argument('[claims...]', 'claim files as JSON Lines (from `zhclaims extract`); - (or none and a pipe) for standard input')
    .option('-f, --format <fmt>', 'table | csv | json', 'table')
    .option('--by <tables>', 'region | category (region × category) | all', 'all')
    .option('--bom', 'start CSV with a UTF-8 byte order mark, so Excel opens the Chinese intact')
    .option('-o, --out <file>', 'write to FILE (through a temporary file renamed into place)')
    .addHelpText(
      'after',
      `
Columns: region (code, name, level, province/city/county/town), category (region × category rows),
articles_with_claims (articles with at least one claim; \`report\` counts all articles), claims,
claims per kind, money_yuan (sum of money claims in 元 only), money_other (other currencies,
summed per unit and listed apart: "50000 美元"),
people (sum of people claims counted in 人), person_times (sum in 人次), honors by level (a counted
honor such as 三八红旗手164名 counts 164, a conferred title 1), per_unit_claims.

Read the sums with care: they add claims as written. Cumulative figures and their yearly parts,
totals and their breakdowns (其中…), the same people in several programmes, and aggregate honor
counts with the honors they include are all counted twice. Hedged claims (余/多/约/近 …) and ranges
(added at their low end) are counted in the *_approx_claims columns, and the text table marks such
sums with ~. Per-unit amounts (每人1万元, 人均…) are not totals and are not added.
CSV puts both tables in one sheet: the "table" column says which (region or region×category).

Examples:
  zhclaims extract fixtures/seeds | zhclaims summarize
  zhclaims summarize claims.jsonl --by region
  zhclaims summarize part-*.jsonl -f csv --bom -o summary.csv     opens in Excel / LibreOffice
  zhclaims summarize claims.jsonl -f json | jq '.regions[] | {region_name, money_yuan}'`,
    )
    .action(async (files: string[], opts: SummarizeOptions) => {
      const format = opts.format as SummaryFormat;
      if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
      const by = opts.by as SummaryTables;
      if (!TABLES.includes(by)) throw new UsageError(`--by must be one of ${TABLES.join(', ')}, got "${opts.by}"`);
      if (opts.bom && format !== 'csv') throw new UsageError('--bom goes with -f csv');
      files = await resolveInputs(files, 'summarize: no inputs: give claim files, or - (or a pipe) for standard input');
      if (opts.out) checkDestination({ out: opts.out, kind: 'file', inputs: files.filter((f) => f !== '-') });
      const claims: SummaryInput[] = [];
      for (const f of files) {
        const lines = f === '-' ? parseJsonl(await readStdin(), 'stdin') : readJsonlFile(f);
        claims.push(...parseClaims(lines, f === '-' ? 'stdin' : f));
      }
      const s = summarize(claims);
      const color = opts.out ? new Chalk({ level: 0 }) : colorsFor(process.stdout);
      const text =
        format === 'csv' ? summaryCsv(s, by, Boolean(opts.bom)) : format === 'json' ? summaryJson(s, by) : summaryTable(s, by, color);
      if (!opts.out) process.stdout.write(text);
      else {
        try {
          await writeFileAtomic(opts.out, text);
        } catch (err) {
          throw new InputError(opts.out, `cannot write (${errnoWords(err)})`);
        }
      }
    });
}
