#!/usr/bin/env node
// Builds generated/traditional.txt: every Han character (BMP) that OpenCC's Taiwan → mainland
// conversion changes, one per line; then, as "variant<TAB>simplified", the Hong Kong variants that
// only the Hong Kong table knows (衞 → 卫, 敍 → 叙), which normalize maps before converting.
// src/stages/normalize.ts reads it to tell a traditional page from a simplified one without
// loading OpenCC, which is then loaded only to convert. Generated and reproducible from the
// installed opencc-js: never edit the output by hand.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OpenCC = require('opencc-js/t2cn');
const conv = OpenCC.Converter({ from: 'tw', to: 'cn' });
const chars = [];
for (const [lo, hi] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]]) for (let c = lo; c <= hi; c++) chars.push(String.fromCharCode(c));
// every character in one call, one a line (no phrase spans a line break)
let out = conv(chars.join('\n')).split('\n');
if (out.length !== chars.length) out = chars.map((ch) => conv(ch));
const changed = chars.filter((ch, i) => out[i] !== ch);
const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
let hkOut = hk(chars.join('\n')).split('\n');
if (hkOut.length !== chars.length) hkOut = chars.map((ch) => hk(ch));
const hkOnly = chars.map((ch, i) => [ch, hkOut[i]]).filter(([ch, s], i) => out[i] === ch && s !== ch && s.length === 1);
const version = JSON.parse(fs.readFileSync(path.resolve(path.dirname(require.resolve('opencc-js/t2cn')), '..', '..', 'package.json'), 'utf8')).version;
fs.mkdirSync(path.join(root, 'generated'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'generated', 'traditional.txt'),
  `# opencc-js@${version} tw→cn changes these ${changed.length} characters, hk→cn ${hkOnly.length} more\n${changed.join('\n')}\n${hkOnly.map((p) => p.join('\t')).join('\n')}\n`,
);
console.log(`traditional: ${changed.length} + ${hkOnly.length} characters from opencc-js@${version} → generated/traditional.txt`);

// Place names as a traditional page gives them back once converted to simplified: OpenCC writes
// 浚县 濬縣 and 乾潭镇 乾潭鎮, read back as 濬县 and 干潭镇. src/regions/names.ts takes each such form
// as a name of its place. Needs generated/regions.json (scripts/build-regions.mjs runs first).
const regionsFile = path.join(root, 'generated', 'regions.json');
if (fs.existsSync(regionsFile)) {
  const { names, codes } = JSON.parse(fs.readFileSync(regionsFile, 'utf8'));
  const hkMap = new Map(hkOnly);
  const back = (s) => conv([...s].map((c) => hkMap.get(c) ?? c).join(''));
  const cn2t = require('opencc-js/cn2t');
  const rows = new Set();
  for (const to of ['tw', 'hk', 't']) {
    const forward = cn2t.Converter({ from: 'cn', to });
    const there = forward(names.join('\n')).split('\n');
    const again = there.length === names.length ? back(there.join('\n')).split('\n') : [];
    if (again.length !== names.length) continue;
    names.forEach((n, i) => {
      if (again[i] !== n && again[i].length === n.length) rows.add(`${again[i]}\t${codes[i]}`);
    });
  }
  fs.writeFileSync(
    path.join(root, 'generated', 'traditional-names.tsv'),
    `# place names changed by a round trip through traditional script (opencc-js@${version}): form <TAB> code\n${[...rows].sort().join('\n')}\n`,
  );
  console.log(`traditional: ${rows.size} place names changed by the round trip → generated/traditional-names.tsv`);
}
