#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (compiled from src/ by `npm run build`, run on install).

// No heap flags here: V8 sizes the main thread's heap before this line runs, so a flag set now
// only reaches worker threads, which the batch engine configures itself (src/batch/engine.ts).

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
