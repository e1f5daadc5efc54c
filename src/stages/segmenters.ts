import { Option } from 'commander';

// The segmenter engines by name and the one this process (or worker thread) uses. Kept apart
// from segment.ts so that commands can parse --segmenter without loading any engine.

export const SEGMENTERS = ['jieba-rs', 'nodejieba'] as const;
export type SegmenterName = (typeof SEGMENTERS)[number];
export const DEFAULT_SEGMENTER: SegmenterName = 'jieba-rs';

let chosen: SegmenterName = DEFAULT_SEGMENTER;

export function isSegmenter(name: string): name is SegmenterName {
  return (SEGMENTERS as readonly string[]).includes(name);
}

/** Selects the engine; it is loaded on first use. */
export function useSegmenter(name: SegmenterName): void {
  chosen = name;
}

export function currentSegmenter(): SegmenterName {
  return chosen;
}

/** The --segmenter option every command that segments text shares. */
export function segmenterOption(): Option {
  return new Option('--segmenter <engine>', 'word segmenter: jieba-rs (@node-rs/jieba) or nodejieba; both give the same claims')
    .choices([...SEGMENTERS])
    .default(DEFAULT_SEGMENTER);
}
