// --shard K/N: the K-th (1-based) of N deterministic shards, by a stable hash of the page id, so
// N machines can split one crawl with no coordinator and the same id always lands on one shard.

export interface Shard {
  k: number;
  n: number;
}

/** 32-bit FNV-1a over the UTF-8 bytes: identical on every machine and Node version. */
export function stableHash(id: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(id, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function inShard(id: string, shard: Shard): boolean {
  return stableHash(id) % shard.n === shard.k - 1;
}

/** Parses "K/N" with 1 ≤ K ≤ N; null when it is not that. */
export function parseShard(text: string): Shard | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n) || n < 1 || k < 1 || k > n) return null;
  return { k, n };
}
