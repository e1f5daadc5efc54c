// STUB (owned by the regions helper).
import type { Doc, RegionLevel } from '../doc.js';

export function resolveRegions(doc: Doc): void {
  for (const a of doc.articles) a.region = null;
}

/** The administrative level of a place name (full or short form), or null if it is not one. */
export function placeLevel(_name: string): RegionLevel | null {
  return null;
}
