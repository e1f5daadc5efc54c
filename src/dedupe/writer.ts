import type { ClaimRecord } from '../output/schema.js';
import type { Format } from '../output/write.js';
import type { PageResult } from '../batch/task.js';
import { DedupeIndex, addPage } from './index.js';
import { patchChunks } from './patch.js';

// The repost stage of the ordered writer (extract): pages arrive in output order; each page's
// articles are looked up among those before, and its claims get duplicateOf (or are left out
// with --dedupe) before they are written. The same whatever -j, since the order is.

export class RepostStage {
  private index = new DedupeIndex();
  constructor(
    private format: Format,
    private drop: boolean,
  ) {}

  /** The page's serialized claims (or records, for --split-by) and their count, reposts marked. */
  page(r: PageResult): { chunks: string[]; count: number; records?: ClaimRecord[] } {
    const dups = r.dedupe ? addPage(this.index, r.dedupe) : null;
    if (!dups?.size) return { chunks: r.chunks, count: r.count, records: r.records };
    if (r.records) {
      for (const rec of r.records) rec.duplicateOf = dups.get(rec.article) ?? rec.duplicateOf;
      const records = this.drop ? r.records.filter((rec) => !rec.duplicateOf) : r.records;
      return { chunks: r.chunks, count: records.length, records };
    }
    return patchChunks(r.chunks, this.format, dups, this.drop);
  }
}
