import fs from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { loadGold, loadPredictions, predictionsFrom, score } from '../eval/score.js';
import { parseJsonl, readStdin } from '../analyze/jsonl.js';
import { resultJson, resultText } from '../eval/format.js';
import { colorsFor } from '../analyze/color.js';

interface EvalOptions {
  gold: string[];
  misses?: string;
  json?: boolean;
  minF1?: string;
}

/** --gold is repeatable and takes comma lists; a path that exists is never split at its commas. */
function collectGold(v: string, prev: string[] | undefined): string[] {
  const parts = fs.existsSync(v) ? [v] : v.split(',').filter((x) => x !== '');
  return [...(prev ?? []), ...parts];
}

function parseMisses(v: string | undefined): number {
  if (v === undefined) return 0;
  if (!/^\d+$/.test(v)) throw new UsageError(`--misses expects a whole number, got "${v}"`);
  return Number(v);
}

function parseMinF1(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) {
    throw new UsageError(`--min-f1 expects a number between 0 and 1, got "${v}"`);
  }
  return x;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score predicted claims against gold annotations (the reference scorer tools/score.py, ported)')
    .argument('<pred>', 'predicted claims, JSON Lines as written by `zhclaims extract`; - for standard input')
    .requiredOption('--gold <path>', 'gold JSONL file, or a folder of them (fixtures/gold); repeatable or a comma list, read as one set', collectGold)
    .option('--misses <n>', 'also list the first N missed gold claims and N false positives')
    .option('--json', 'print the figures as JSON (as score.py --json)')
    .option('--min-f1 <x>', 'exit 1 when strict F1 (as reported, 4 decimals) is below X')
    .addHelpText(
      'after',
      `
Matching (same as tools/score.py): per document, each gold claim in order takes the best unused
prediction whose value and canonical unit agree (and valueMax where either has one; values compared
at 6 significant digits); honors without a value match on title containment. Kind, approx and honor
level are scored on the matched pairs; strict F1 (the headline) counts a match only when they agree.
The last line is the headline: strict F1 | F1 P R | region_recall.

Examples:
  zhclaims extract fixtures/seeds -o pred.jsonl
  zhclaims eval --gold fixtures/gold pred.jsonl
  zhclaims eval --gold fixtures/gold pred.jsonl --misses 20     what was missed, what was invented
  zhclaims eval --gold fixtures/gold pred.jsonl --min-f1 0.95   a CI gate (exit 1 below 0.95)
  zhclaims eval --gold fixtures/gold --gold fixtures/dev/gold pred.jsonl   seeds and dev corpus together
  zhclaims extract fixtures/seeds | zhclaims eval --gold fixtures/gold -
  zhclaims eval --gold fixtures/gold/003_4d2bbd22625e4a9a.jsonl pred.jsonl --json`,
    )
    .action(async (pred: string, opts: EvalOptions) => {
      const misses = parseMisses(opts.misses);
      const minF1 = parseMinF1(opts.minF1);
      const gold = loadGold(opts.gold);
      const preds = pred === '-' ? predictionsFrom(parseJsonl(await readStdin(), 'stdin'), 'stdin') : loadPredictions(pred);
      const scored = score(gold, preds);
      process.stdout.write(opts.json ? resultJson(scored.result) : resultText(scored, misses, colorsFor(process.stdout)));
      if (minF1 !== undefined && scored.result.strict_f1 < minF1) {
        process.stderr.write(`zhclaims: strict F1 ${scored.result.strict_f1} is below --min-f1 ${minF1}\n`);
        process.exitCode = 1;
      }
    });
}
