import cliProgress from 'cli-progress';

// What the user sees on standard error while a batch runs: a live bar on a terminal (pages,
// pages/s, claims, errors, ETA by bytes), one summary line otherwise (pipes, CI, Hadoop), and
// nothing but error lines with --quiet. Error and warning lines go through here so they do not
// tear the bar.

export interface ProgressOptions {
  quiet: boolean;
  /** Bytes to read in all, for ETA; null when unknown (standard input). */
  totalBytes: number | null;
  /** "claims" or "articles". */
  unit: string;
  stream?: NodeJS.WriteStream;
}

export interface Progress {
  page(bytes: number, count: number): void;
  error(origin: string, reason: string): void;
  warn(origin: string, warning: string): void;
  finish(): void;
}

function rate(n: number, seconds: number): string {
  return seconds > 0 ? (n / seconds).toFixed(1) : '0';
}

export function createProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  const started = Date.now();
  let pages = 0;
  let count = 0;
  let errors = 0;
  let bytes = 0;
  const live = !opts.quiet && stream.isTTY === true;
  let multibar: cliProgress.MultiBar | null = null;
  let bar: cliProgress.SingleBar | null = null;
  if (live) {
    const known = opts.totalBytes !== null && opts.totalBytes > 0;
    const format = known
      ? `{bar} {percentage}% | {pages} pages | {rate} pages/s | {count} ${opts.unit} | {errors} errors | ETA {eta_formatted}`
      : `{pages} pages | {rate} pages/s | {count} ${opts.unit} | {errors} errors`;
    multibar = new cliProgress.MultiBar(
      { stream, format, hideCursor: true, clearOnComplete: false, fps: 5, etaBuffer: 200, barsize: 24 },
      cliProgress.Presets.shades_classic,
    );
    bar = multibar.create(known ? opts.totalBytes! : 1, 0, { pages: 0, rate: '0', count: 0, errors: 0 });
  }
  const line = (s: string) => {
    if (multibar) multibar.log(s + '\n');
    else stream.write(s + '\n');
  };
  const payload = () => ({ pages, rate: rate(pages, (Date.now() - started) / 1000), count, errors });
  return {
    page(b, c) {
      pages++;
      bytes += b;
      count += c;
      bar?.update(opts.totalBytes ? Math.min(bytes, opts.totalBytes) : 0, payload());
    },
    error(origin, reason) {
      errors++;
      bar?.update(opts.totalBytes ? Math.min(bytes, opts.totalBytes) : 0, payload());
      line(`zhclaims: ${origin}: ${reason}`);
    },
    warn(origin, warning) {
      if (!opts.quiet) line(`zhclaims: ${origin}: ${warning}`);
    },
    finish() {
      const secs = (Date.now() - started) / 1000;
      if (bar) bar.update(opts.totalBytes ?? 0, payload());
      // Render once more so lines logged since the last frame are flushed before the bar stops.
      multibar?.update();
      multibar?.stop();
      if (opts.quiet) return;
      stream.write(
        `zhclaims: ${pages} ${pages === 1 ? "page" : "pages"}, ${count} ${opts.unit}, ${errors} ${errors === 1 ? 'error' : 'errors'} in ${secs.toFixed(1)} s (${rate(pages, secs)} pages/s)\n`,
      );
    },
  };
}
