// STUB (owned by the batch helper): a minimal sequential extract so the pipeline runs end to end.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { processPage, claimRecords, articleRecords } from '../pipeline.js';

function pages(inputs: string[]) {
  const files: string[] = [];
  for (const i of inputs) {
    if (fs.statSync(i).isDirectory()) for (const f of fs.readdirSync(i).sort()) files.push(path.join(i, f));
    else files.push(i);
  }
  return files.map((f) => ({ id: path.basename(f).replace(/\.[^.]+$/, ''), origin: f, bytes: fs.readFileSync(f), kind: 'auto' as const }));
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .argument('[inputs...]')
    .option('-f, --format <fmt>', 'jsonl|json|csv', 'jsonl')
    .option('-o, --out <file>')
    .option('-j, --jobs <n>')
    .action((inputs: string[], opts: { out?: string }) => {
      const lines = pages(inputs).flatMap((p) => claimRecords(processPage(p)).map((r) => JSON.stringify(r) + '\n'));
      if (opts.out) fs.writeFileSync(opts.out, lines.join(''));
      else process.stdout.write(lines.join(''));
    });
}

export function registerArticles(program: Command): void {
  program
    .command('articles')
    .argument('[inputs...]')
    .action((inputs: string[]) => {
      for (const p of pages(inputs)) for (const r of articleRecords(processPage(p))) process.stdout.write(JSON.stringify(r) + '\n');
    });
}
