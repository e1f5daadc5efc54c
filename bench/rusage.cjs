// Preloaded by bench/run.js (node --require): on exit, writes this process's resource usage
// (maxRSS covers the main thread and every worker thread) to $ZHCLAIMS_RUSAGE_FILE.
const fs = require('node:fs');
const file = process.env.ZHCLAIMS_RUSAGE_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, JSON.stringify(process.resourceUsage())));
