#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (compiled from src/ by `npm run build`, run on install).
import v8 from 'node:v8';

// The pipeline allocates many short-lived strings (tokens, clauses): a larger young generation
// halves the time spent in scavenges. Set before anything is allocated; workers get theirs from
// the pool's resourceLimits.
v8.setFlagsFromString('--max-semi-space-size=32');

// A signal while the CLI is still loading: nothing has started, so exit at once, as later with one
// line (the CLI's own handlers replace these once it runs).
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => {
    process.stderr.write('zhclaims: interrupted\n');
    process.exit(code);
  });
}

import('../dist/cli.js').then((m) => m.main(process.argv)).catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    console.error('zhclaims: not built yet; run `npm install` (or `npm run build`) first');
  } else {
    console.error(`zhclaims: ${err && err.stack ? err.stack : err}`);
  }
  process.exit(2);
});
