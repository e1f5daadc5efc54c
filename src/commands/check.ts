import fs from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { planInputs, readPlan } from '../stages/read.js';
import { checkDestination, errnoWords } from '../output/dest.js';
import { writeFileAtomic } from '../output/write.js';
import { planFiles, resolveInputs } from './stdin.js';
import { runPage } from '../batch/task.js';
import { parseJsonl, readJsonlFile, type JsonlLine } from '../analyze/jsonl.js';
import { diffClaims, isEqual, keyRecords, type ClaimDiff } from '../analyze/diff.js';
import { diffJson, renderDiff, summaryLine } from '../analyze/render.js';
import { colorsFor } from '../analyze/color.js';
import { plural, problemLine } from '../batch/progress.js';
import { segmenterOption, type SegmenterName } from '../stages/segmenters.js';

// `zhclaims check`: run the extraction and compare it with a committed snapshot of its claims, a
// regression check for CI; `zhclaims diff`: the same comparison of two claim files.

interface CheckOptions {
  update?: boolean;
  json?: boolean;
  encoding?: string;
  segmenter?: SegmenterName;
}

/** Extract claims from the inputs, as `zhclaims extract -f jsonl` would write them. */
export async function extractForCheck(
  inputs: string[],
  encoding?: string,
  segmenter?: SegmenterName,
): Promise<{ jsonl: string; errors: { origin: string; reason: string }[] }> {
  const lines: string[] = [];
  const errors: { origin: string; reason: string }[] = [];
  const plan = await planInputs(inputs);
  for await (const item of readPlan(plan, encoding ? { encoding } : {})) {
    if (item.type === 'error') {
      errors.push({ origin: item.origin, reason: item.reason });
      continue;
    }
    // the batch engine's own per-page step, so the records are byte for byte what extract writes
    const r = runPage(item.page, { command: 'extract', format: 'jsonl', segmenter });
    if (r.error) errors.push({ origin: r.origin, reason: r.error });
    else lines.push(...r.chunks);
  }
  return { jsonl: lines.join(''), errors };
}

function report(d: ClaimDiff, json: boolean | undefined, names: { expected: string; actual: string }): void {
  process.stdout.write(json ? diffJson(d) : renderDiff(d, colorsFor(process.stdout), names));
  process.exitCode = isEqual(d) ? 0 : 1;
}

async function runCheck(expected: string, inputs: string[], opts: CheckOptions): Promise<void> {
  inputs = await resolveInputs(inputs, 'check: no inputs: give files, folders, glob patterns, or - for standard input');
  if (opts.update) checkDestination({ out: expected, kind: 'file', option: 'check --update', inputs: planFiles(await planInputs(inputs)) });
  const exists = fs.existsSync(expected);
  if (!exists && !opts.update) throw new InputError(expected, 'no such snapshot (run with --update to create it)');
  const before: JsonlLine[] = exists ? readJsonlFile(expected) : [];
  const expKeyed = keyRecords(before, expected);
  const { jsonl, errors } = await extractForCheck(inputs, opts.encoding, opts.segmenter);
  const ce = colorsFor(process.stderr);
  for (const e of errors) process.stderr.write(problemLine('error', e.origin, e.reason, ce) + '\n');
  const actKeyed = keyRecords(parseJsonl(jsonl, 'extraction'), 'extraction');
  const d = diffClaims(expKeyed, actKeyed);
  if (opts.update) {
    if (errors.length) {
      process.stderr.write(problemLine('error', expected, `not updated, ${plural(errors.length, 'inputs')} failed`, ce) + '\n');
      process.exitCode = 1;
      return;
    }
    const c = colorsFor(process.stdout);
    if (exists && isEqual(d) && fs.readFileSync(expected, 'utf8') === jsonl) {
      process.stdout.write(`${expected}: up to date (${actKeyed.length} claims)\n`);
      return;
    }
    try {
      await writeFileAtomic(expected, jsonl);
    } catch (err) {
      throw new InputError(expected, `cannot write (${errnoWords(err)})`);
    }
    process.stdout.write(`${expected}: ${exists ? 'updated' : 'created'} (${actKeyed.length} claims) — ${summaryLine(d, c)}\n`);
    return;
  }
  report(d, opts.json, { expected, actual: `extraction of ${inputs.join(' ')}` });
  if (errors.length) process.exitCode = 1;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('regression check: extract claims from the inputs and compare them with a snapshot')
    .argument('<expected>', 'the snapshot: claims as JSON Lines (as written by `zhclaims extract`)')
    .argument('[inputs...]', 'files, folders, glob patterns, or - for standard input (as for extract)')
    .option('--update', 'rewrite the snapshot with the current extraction (atomically) instead of comparing')
    .option('--json', 'print the differences as JSON')
    .option('--encoding <name>', 'decode the input files with this encoding (as for extract)')
    .addOption(segmenterOption())
    .addHelpText(
      'after',
      `
Claims are matched by document, article and span (where the number stands). The report lists
removed (-), added (+) and changed (~) claims, each changed one with its changed fields
(kind, value, approx, honor.level, region.code …). Colors on a terminal; NO_COLOR turns them off.

Exit codes: 0 the extraction equals the snapshot, 1 it differs (or an input failed), 2 usage error.

Examples:
  zhclaims check fixtures/check/expected.jsonl fixtures/seeds
  zhclaims check fixtures/check/expected.jsonl fixtures/seeds --update   accept the new output
  zhclaims check expected.jsonl crawl.jsonl --json > changes.json`,
    )
    .action((expected: string, inputs: string[], opts: CheckOptions) => runCheck(expected, inputs, opts));

  program
    .command('diff')
    .description('compare two claim files: added, removed and changed claims')
    .argument('<expected>', 'claims as JSON Lines (the old output)')
    .argument('<actual>', 'claims as JSON Lines (the new output)')
    .option('--json', 'print the differences as JSON')
    .addHelpText(
      'after',
      `
Claims are matched by document, article and span; a matched claim whose other fields differ is
"changed" and listed with each changed field. Exit codes: 0 equal, 1 different, 2 usage error.

Examples:
  zhclaims extract fixtures/seeds -o new.jsonl
  zhclaims diff old.jsonl new.jsonl
  zhclaims diff old.jsonl new.jsonl --json | jq '.changed[].fields[].field'`,
    )
    .action((expected: string, actual: string, opts: { json?: boolean }) => {
      const e = keyRecords(readJsonlFile(expected), expected);
      const a = keyRecords(readJsonlFile(actual), actual);
      report(diffClaims(e, a), opts.json, { expected, actual });
    });
}
