// The one data model. A Doc travels through the stages in pipeline.ts; each stage adds its layer.

export type Kind = 'money' | 'people' | 'percent' | 'honor' | 'count';
export type Approx = 'over' | 'about' | 'under';
export type ClaimStatus = 'result' | 'target';
export type HonorLevel = 'national' | 'provincial' | 'municipal' | 'county' | 'township';
export type RegionLevel = 'province' | 'city' | 'county' | 'town';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
}

export interface Honor {
  title: string | null;
  level: HonorLevel | null;
  recipient: string | null;
}

export interface Claim {
  kind: Kind;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  classifier: string | null;
  approx: Approx | null;
  per: string | null;
  honor: Honor | null;
  subject: string | null;
  category: string | null;
  period: string | null;
  /** 'target' for a plan, goal or promise not yet achieved; 'result' otherwise. */
  status: ClaimStatus;
  /** The span of the total this claim breaks down (其中…), in the same article, or null. */
  partOf: [number, number] | null;
  text: string;
  /** [start, end) of the number expression in Article.text (UTF-16 offsets). */
  span: [number, number];
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * The words of a text, cut only where asked: extraction looks at the words around numbers and
 * the region stage at place names, so most clauses of a page are never segmented.
 */
export interface Tokens {
  /** The word that holds position `pos`; undefined outside the text. */
  at(pos: number): Token | undefined;
  /** Whether text[start, end) is one word. */
  isWord(start: number, end: number): boolean;
  /** Every word in text order (tests, diagnostics): cuts the whole text. */
  all(): Token[];
}

/** What cleaning and splitting find for one article, before normalization. */
export interface ArticleDraft {
  title: string | null;
  date: string | null;
  source: string | null;
  authors: string[];
  /** The page's address, when the input says it (a crawler record's url field). */
  url: string | null;
  text: string;
  /** The body is written one short phrase a line (WeChat-style posts, 第七条 …): no line of it
   * is a heading, so its numbers are claims. */
  shortLines?: boolean;
  /** Headline and text as the page writes them, where that differs from the simplified ones read
   * (a traditional-script page); the text is of the same length, so every span points into it too. */
  written?: { title: string | null; text: string };
}

export interface Article extends ArticleDraft {
  index: number;
  /** Cleaned text, converted to simplified characters; every span points here. */
  text: string;
  /** Same length as `text`: full-width forms folded to ASCII, for matching only. */
  norm: string;
  /** The words of `text` (src/stages/segment.ts), cut as they are asked for. */
  tokens: Tokens;
  claims: Claim[];
  region: Region | null;
}

/** One page as it comes in: a file, a JSONL record or standard input. */
export interface PageInput {
  /** The spec's `doc`: path relative to the input root without extension, or a JSONL record's id. */
  id: string;
  /** Where it came from, for messages: a path, or path:line for a JSONL record. */
  origin: string;
  /** Raw bytes (files) or already-decoded text (JSONL records). */
  bytes?: Uint8Array;
  text?: string;
  /** 'html' / 'text' when the container says so (extension, JSONL field); 'auto' sniffs. */
  kind: 'html' | 'text' | 'auto';
  /** --encoding override. */
  encoding?: string;
  /** A crawler record's own fields, when it has them. */
  record?: RecordFields;
}

/** What a crawler record says about its page besides the page itself. */
export interface RecordFields {
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
}

export interface Doc {
  id: string;
  origin: string;
  encoding: string | null;
  isHtml: boolean;
  /** The decoded page. */
  raw: string;
  articles: Article[];
  /** Problems worth one line on stderr that did not stop the page. */
  warnings: string[];
}
