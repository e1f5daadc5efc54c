// Ctrl-C, SIGTERM, SIGHUP: one orderly way out. Worker threads are let finish the page they are
// on and stopped first (exiting while a worker is inside nodejieba's native code aborts the
// process: "terminate called after throwing an instance of 'Napi::Error'"), then temporary
// files are removed, one line is printed, and the exit code is 128 + the signal (130 for Ctrl-C).

const shutdowns = new Set<() => Promise<void>>();
const cleanups = new Set<() => void>();
let installed = false;
let exitHooked = false;
let stopping = false;

/** Waits for the workers to stop before the process exits on a signal; returns the unregistration. */
export function onShutdown(step: () => Promise<void>): () => void {
  shutdowns.add(step);
  return () => shutdowns.delete(step);
}

/** A synchronous cleanup (a temporary file) run at exit and on a signal; returns the unregistration. */
export function onCleanup(step: () => void): () => void {
  // at exit only: signal handlers are the CLI's to install (main), never a host process's
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', runCleanups);
  }
  cleanups.add(step);
  return () => cleanups.delete(step);
}

/** True once a signal has been received: results still arriving are no longer reported. */
export function interrupted(): boolean {
  return stopping;
}

function runCleanups(): void {
  for (const c of [...cleanups]) {
    cleanups.delete(c);
    try {
      c();
    } catch {
      /* best effort on the way out */
    }
  }
}

/** Longest wait for workers to finish their page before exiting anyway. */
const SHUTDOWN_WAIT_MS = 20_000;

async function interrupt(code: number): Promise<void> {
  if (stopping) {
    runCleanups(); // a second Ctrl-C: the user does not want to wait
    process.exit(code);
  }
  stopping = true;
  const wroteFile = cleanups.size > 0;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled([...shutdowns].map((s) => s())),
    new Promise((resolve) => (timer = setTimeout(resolve, SHUTDOWN_WAIT_MS))),
  ]);
  clearTimeout(timer);
  runCleanups();
  const lead = process.stderr.isTTY ? '\n' : '';
  process.stderr.write(`${lead}zhclaims: interrupted${wroteFile ? '; no output file written' : ''}\n`);
  process.exit(code);
}

export function installInterruptHandlers(): void {
  if (installed) return;
  installed = true;
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', runCleanups);
  }
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.removeAllListeners(sig); // the launcher's, for the time the CLI was loading
    process.on(sig, () => void interrupt(code));
  }
}
