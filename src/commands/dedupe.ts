import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { FORMATS, openOutput, serializeClaim, type Format } from '../output/write.js';
import { findReposts, markClaims, sniffFile, type ClaimStats } from '../dedupe/merge.js';

// `zhclaims dedupe`: reposted articles across the outputs of many shards. Each shard (a machine
// with --shard K/N, a Hadoop or Spark mapper) writes its claims and its articles; this one small
// pass reads the articles' signatures, finds the reposts and writes the claims with duplicateOf.

interface DedupeOpts {
  format: string;
  out?: string;
  drop?: boolean;
  quiet?: boolean;
}

export function registerDedupe(program: Command): void {
  program
    .command('dedupe')
    .description('find reposted articles across shard outputs: claims with duplicateOf filled in (or a list of reposts)')
    .argument('<files...>', 'JSONL from `zhclaims articles` (with signatures) and from `zhclaims extract`, told apart by their records')
    .option('-f, --format <format>', 'output format of claims: jsonl, json, csv', 'jsonl')
    .option('-o, --out <file>', 'write to FILE (via a temporary file renamed at the end) instead of standard output')
    .option('--drop', 'leave out the claims of reposted articles, as extract --dedupe does')
    .option('-q, --quiet', 'no summary line on standard error')
    .addHelpText(
      'after',
      `
The first occurrence of a story is the first in document id order (then article), which is the
output order of a run over a folder: dedupe over the shards of such a run names the same first
occurrences as the one run. Claims are written in the order of the files and lines given. With
article files only, one line per article is written: {"doc", "article", "duplicateOf"}.

Examples:
  zhclaims extract crawl/ --shard 1/2 -o c1.jsonl && zhclaims articles crawl/ --shard 1/2 -o a1.jsonl
  zhclaims extract crawl/ --shard 2/2 -o c2.jsonl && zhclaims articles crawl/ --shard 2/2 -o a2.jsonl
  zhclaims dedupe a1.jsonl a2.jsonl c1.jsonl c2.jsonl -o claims.jsonl
  zhclaims dedupe a*.jsonl c*.jsonl --drop | zhclaims summarize
  zhclaims dedupe a*.jsonl > reposts.jsonl                  the list, to join in Spark`,
    )
    .action(async (files: string[], opts: DedupeOpts) => {
      const format = opts.format as Format;
      if (!FORMATS.includes(format)) throw new UsageError(`-f/--format must be one of ${FORMATS.join(', ')}, not "${opts.format}"`);
      const articleFiles: string[] = [];
      const claimFiles: string[] = [];
      for (const f of files) {
        const kind = await sniffFile(f);
        if (kind === 'articles') articleFiles.push(f);
        else if (kind === 'claims') claimFiles.push(f);
        else throw new UsageError(`${f}: neither claim nor article records (empty, or not written by zhclaims)`);
      }
      if (articleFiles.length === 0) throw new UsageError('dedupe needs article records with signatures: the output of `zhclaims articles` for the same inputs');
      if (claimFiles.length === 0 && format !== 'jsonl') throw new UsageError('the list of reposts (article files only) is written as jsonl');
      const reposts = await findReposts(articleFiles);
      let writer;
      try {
        writer = await openOutput({ format, out: opts.out });
      } catch (err) {
        throw new UsageError(`-o: cannot write ${opts.out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      const stats: ClaimStats = { read: 0, written: 0, unknown: 0 };
      try {
        if (claimFiles.length === 0) {
          await writer.write(reposts.articles.map((a) => JSON.stringify(a) + '\n'));
        } else {
          let batch: string[] = [];
          for await (const rec of markClaims(claimFiles, reposts, !!opts.drop, stats)) {
            batch.push(serializeClaim(rec, format));
            if (batch.length >= 1000) await writer.write(batch), (batch = []);
          }
          await writer.write(batch);
        }
        await writer.close();
      } catch (err) {
        await writer.abort();
        throw err;
      }
      if (!opts.quiet) {
        const claims = claimFiles.length ? `; ${stats.written} of ${stats.read} claims written` : '';
        process.stderr.write(`zhclaims: dedupe: ${reposts.articles.length} articles, ${reposts.duplicates} reposts${claims}\n`);
        if (stats.unknown) process.stderr.write(`zhclaims: dedupe: ${stats.unknown} claims belong to articles in no article file; their duplicateOf is kept as it was\n`);
      }
    });
}
