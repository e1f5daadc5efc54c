// STUB: replaced by the real command.
import type { Command } from 'commander';

export function registerSummarize(program: Command): void {
  program.command('summarize').description('(not yet implemented)');
}
