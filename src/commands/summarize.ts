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
import { breakdowns } from '../analyze/breakdown.js';
import { UNKNOWN_REGION } from '../analyze/summary.js';
import { Chalk } from 'chalk';

interface SummarizeOptions {
  format: string;
  by: string;
  bom?: boolean;
  out?: string;
  breakdown?: boolean;
}

const FORMATS: SummaryFormat[] = ['table', 'csv', 'json'];
const TABLES: SummaryTables[] = ['region', 'category', 'year', 'all'];

export function registerSummarize(program: Command): void {
  program
    .command('summarize')
    .description('per-region (and region × category, region × year) totals of claim files: articles, claims per kind, money, people, honors')
    .argument('[claims...]', 'claim files as JSON Lines (from `zhclaims extract`); - (or none and a pipe) for standard input')
    .option('-f, --format <fmt>', 'table | csv | json', 'table')
    .option('--by <tables>', 'region | category (region × category) | year (region × year) | all', 'all')
    .option('--breakdown', 'list the parts of each total (其中…) under it; they are never added (table and json)')
    .option('--bom', 'start CSV with a UTF-8 byte order mark, so Excel opens the Chinese intact')
    .option('-o, --out <file>', 'write to FILE (through a temporary file renamed into place)')
    .addHelpText(
      'after',
      `
Columns: region (code, name, level, province/city/county/town), category (region × category rows),
year (region × year rows), articles_with_claims (articles with at least one claim; \`report\` counts
all articles), claims, claims per kind, money_yuan (sum of money claims in 元 only), money_other (other
currencies, summed per unit and listed apart: "50000 美元"), people (sum of people claims counted in
人), person_times (sum in 人次), honors by level (a counted honor such as 三八红旗手164名 counts 164, a
conferred title 1), per_unit_claims, target_* (the same sums over targets), left_out_* (claims kept
out of the sums).

What is added: results only. Claims of reposted articles (duplicateOf, see zhclaims dedupe),
targets (status target: 计划, 力争 …, summed apart in target_*), parts of a total (partOf: 其中…;
--breakdown shows them under their total) and per-unit amounts (每人1万元) are left out and counted
by reason in left_out_duplicates, left_out_targets, left_out_parts, left_out_per_unit. Hedged
claims (余/多/约/近 …) and ranges (added at their low end) are added and counted in the
*_approx_claims columns; the text table marks such sums with ~. A cumulative figure and its
yearly parts, or the same people in several programmes, are still added as often as stated.
Year: the one year a claim's period resolves to (2020年, 今年), else its span (2015–2019 for 五年来
in a 2019 article), else the article's year; (unknown) without any.
CSV puts all tables in one sheet: the "table" column says which (region, region×category, region×year).

Examples:
  zhclaims extract fixtures/seeds | zhclaims summarize
  zhclaims summarize claims.jsonl --by region
  zhclaims summarize claims.jsonl --by year                       time series per region
  zhclaims summarize claims.jsonl --by region --breakdown         totals with their parts
  zhclaims summarize part-*.jsonl -f csv --bom -o summary.csv     opens in Excel / LibreOffice
  zhclaims summarize claims.jsonl -f json | jq '.regions[] | {region_name, money_yuan}'`,
    )
    .action(async (files: string[], opts: SummarizeOptions) => {
      const format = opts.format as SummaryFormat;
      if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
      const by = opts.by as SummaryTables;
      if (!TABLES.includes(by)) throw new UsageError(`--by must be one of ${TABLES.join(', ')}, got "${opts.by}"`);
      if (opts.bom && format !== 'csv') throw new UsageError('--bom goes with -f csv');
      if (opts.breakdown && format === 'csv') throw new UsageError('--breakdown goes with -f table or json');
      files = await resolveInputs(files, 'summarize: no inputs: give claim files, or - (or a pipe) for standard input');
      if (opts.out) checkDestination({ out: opts.out, kind: 'file', inputs: files.filter((f) => f !== '-') });
      const claims: SummaryInput[] = [];
      for (const f of files) {
        const lines = f === '-' ? parseJsonl(await readStdin(), 'stdin') : readJsonlFile(f);
        claims.push(...parseClaims(lines, f === '-' ? 'stdin' : f));
      }
      const s = summarize(claims);
      const parts = opts.breakdown ? breakdowns(claims, UNKNOWN_REGION) : null;
      const color = opts.out ? new Chalk({ level: 0 }) : colorsFor(process.stdout);
      const text =
        format === 'csv' ? summaryCsv(s, by, Boolean(opts.bom)) : format === 'json' ? summaryJson(s, by, parts) : summaryTable(s, by, color, parts);
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
