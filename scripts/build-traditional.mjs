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
