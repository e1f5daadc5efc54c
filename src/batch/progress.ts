import cliProgress from 'cli-progress';
import type { ChalkInstance } from 'chalk';
import { colorsFor } from '../analyze/color.js';
import { onShutdown } from './interrupt.js';

// What the user sees on standard error while a batch runs: a live bar on a terminal (pages,
// pages/s, claims, errors, ETA by bytes), one summary line otherwise (pipes, CI, Hadoop), and
// nothing but error lines with --quiet. Error and warning lines go through here so they do not
// tear the bar.

export interface ProgressOptions {
  quiet: boolean;
  /** Bytes to read in all, for ETA; null when unknown (standard input). */
  totalBytes: number | null;
  /** "claims" or "articles". */
  unit: 'claims' | 'articles';
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

/** "1 page", "2 pages". */
export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word.replace(/s$/, '') : word}`;
}

/** Seconds as 45s, 2m05s or 1h02m, rounded once (never "1m60s"). */
export function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** One line about one input: the word says whether it failed (error) or was only noted (warning). */
export function problemLine(kind: 'error' | 'warning', origin: string, text: string, c: ChalkInstance): string {
  const word = kind === 'error' ? c.red.bold('error') : c.yellow('warning');
  return `zhclaims: ${word}: ${origin}: ${text}`;
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
      ? `{bar} {percentage}% | {pages} | {rate} pages/s | {count} | {errors} | ETA {remaining}`
      : `{pages} | {rate} pages/s | {count} | {errors}`;
    multibar = new cliProgress.MultiBar(
      { stream, format, hideCursor: true, clearOnComplete: false, fps: 5, etaBuffer: 200, barsize: 24 },
      cliProgress.Presets.shades_classic,
    );
    bar = multibar.create(known ? opts.totalBytes! : 1, 0, payload());
  }
  // On Ctrl-C the bar gives the terminal its cursor back before the closing line.
  const mb = multibar;
  const offShutdown = mb ? onShutdown(async () => mb.stop()) : () => {};
  const line = (s: string) => {
    if (multibar) multibar.log(s + '\n');
    else stream.write(s + '\n');
  };
  const c = colorsFor(stream);
  function payload() {
    const secs = (Date.now() - started) / 1000;
    const total = opts.totalBytes ?? 0;
    const eta = bytes > 0 && total > bytes ? formatEta((secs * (total - bytes)) / bytes) : bytes >= total && total > 0 ? '0s' : '?';
    return { pages: plural(pages, 'pages'), rate: rate(pages, secs), count: plural(count, opts.unit), errors: plural(errors, 'errors'), remaining: eta };
  }
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
      line(problemLine('error', origin, reason, c));
    },
    warn(origin, warning) {
      if (!opts.quiet) line(problemLine('warning', origin, warning, c));
    },
    finish() {
      offShutdown();
      const secs = (Date.now() - started) / 1000;
      if (bar) bar.update(opts.totalBytes ?? 0, payload());
      // Render once more so lines logged since the last frame are flushed before the bar stops.
      multibar?.update();
      multibar?.stop();
      if (opts.quiet) return;
      stream.write(
        `zhclaims: ${plural(pages, 'pages')}, ${plural(count, opts.unit)}, ${plural(errors, 'errors')} in ${secs.toFixed(1)} s (${rate(pages, secs)} pages/s)\n`,
      );
    },
  };
}
