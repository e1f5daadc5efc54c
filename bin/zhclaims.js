#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (compiled from src/ by `npm run build`, run on install).
import('../dist/cli.js').then((m) => m.main(process.argv)).catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    console.error('zhclaims: not built yet; run `npm install` (or `npm run build`) first');
  } else {
    console.error(`zhclaims: ${err && err.stack ? err.stack : err}`);
  }
  process.exit(2);
});
