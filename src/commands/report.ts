// STUB: replaced by the real command.
import type { Command } from 'commander';

export function registerReport(program: Command): void {
  program.command('report').description('(not yet implemented)');
}
