import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { InputError, UsageError } from './errors.js';
import { colorsFor } from './analyze/color.js';
import { installInterruptHandlers } from './batch/interrupt.js';
import { registerExtract, registerArticles } from './commands/extract.js';
import { registerEval } from './commands/eval.js';
import { registerCheck } from './commands/check.js';
import { registerSummarize } from './commands/summarize.js';
import { registerReport } from './commands/report.js';
import { registerDedupe } from './commands/dedupe.js';

const pkg = createRequire(import.meta.url)('../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command('zhclaims')
    .description('Mine Chinese work-summary news pages (工作综述, 工作回顾, 五年来…) for their quantitative claims.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  zhclaims extract fixtures/seeds                 claims of every page as JSON Lines
  zhclaims extract crawl.jsonl -f csv --bom -o claims.csv
  zhclaims articles page.html                     what cleaning kept, one record per article
  zhclaims eval --gold fixtures/gold claims.jsonl --min-f1 0.95
  zhclaims check expected.jsonl fixtures/seeds    regression check against a snapshot
  zhclaims summarize claims.jsonl -f csv          per-region table
  zhclaims report fixtures/seeds -o report.html   every claim highlighted in its text
  zhclaims dedupe a1.jsonl a2.jsonl c1.jsonl c2.jsonl   reposts across shard outputs`,
    );
  registerExtract(program);
  registerArticles(program);
  registerEval(program);
  registerCheck(program);
  registerSummarize(program);
  registerReport(program);
  registerDedupe(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Entry point. Exit codes: 0 all inputs processed, 1 some inputs failed, 2 usage error. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  installInterruptHandlers();
  // A closed pipe (`zhclaims extract … | head`, `--help | head -1`) ends the run quietly, as Unix filters do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; everything else commander rejects is a usage error.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof UsageError || err instanceof InputError) {
      process.stderr.write(`zhclaims: ${colorsFor(process.stderr).red.bold('error')}: ${err.message}\n`);
      process.exitCode = err instanceof UsageError ? 2 : 1;
      return;
    }
    throw err;
  }
}
