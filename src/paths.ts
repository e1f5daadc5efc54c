import { fileURLToPath } from 'node:url';
import path from 'node:path';

// dist/paths.js and src/paths.ts both sit one level below the package root.
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DICT_DIR = path.join(ROOT, 'dictionaries');
export const GENERATED_DIR = path.join(ROOT, 'generated');
