#!/usr/bin/env node
// Writes schema/claim.schema.json and schema/article.schema.json from the zod schemas of
// src/output/schema.ts (compiled to dist/), so users can validate our output with their own tools.
// Run by `npm run build`; the files are committed so that they can be read without building.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { ClaimRecordSchema, ArticleRecordSchema } = await import(path.join(root, 'dist/output/schema.js'));
const out = path.join(root, 'schema');
fs.mkdirSync(out, { recursive: true });
for (const [name, schema, title] of [
  ['claim', ClaimRecordSchema, 'zhclaims claim record'],
  ['article', ArticleRecordSchema, 'zhclaims article record'],
]) {
  const json = { title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
  fs.writeFileSync(path.join(out, `${name}.schema.json`), JSON.stringify(json, null, 2) + '\n');
}
