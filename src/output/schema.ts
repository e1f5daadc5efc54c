import { z } from 'zod';

// The output contract of ../shared/spec/claims.md ("Fields"), checked at the output edge.

export const RegionSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z.enum(['province', 'city', 'county', 'town']),
    province: z.string().nullable(),
    city: z.string().nullable(),
    county: z.string().nullable(),
    town: z.string().nullable(),
  })
  .strict();

export const HonorSchema = z
  .object({
    title: z.string().nullable(),
    level: z.enum(['national', 'provincial', 'municipal', 'county', 'township']).nullable(),
    recipient: z.string().nullable(),
  })
  .strict();

export const ClaimRecordSchema = z
  .object({
    doc: z.string(),
    article: z.number().int().nonnegative(),
    title: z.string().nullable(),
    region: RegionSchema.nullable(),
    kind: z.enum(['money', 'people', 'percent', 'honor', 'count']),
    value: z.number().finite().nullable(),
    valueMax: z.number().finite().nullable(),
    unit: z.string().nullable(),
    classifier: z.string().nullable(),
    approx: z.enum(['over', 'about', 'under']).nullable(),
    per: z.string().nullable(),
    honor: HonorSchema.nullable(),
    subject: z.string().nullable(),
    category: z.string().nullable(),
    period: z.string().nullable(),
    periodStart: z.number().int().nullable().describe('first year of `period` (2018年以来 in a 2019 article: 2018); null when unresolved'),
    periodEnd: z.number().int().nullable().describe('last year of `period` (2019 there); null when unresolved'),
    status: z.enum(['result', 'target']),
    partOf: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).nullable(),
    date: z.string().nullable(),
    year: z.number().int().nullable().describe('year of the article date'),
    url: z.string().nullable(),
    duplicateOf: z
      .object({ doc: z.string(), article: z.number().int().nonnegative() })
      .strict()
      .nullable()
      .describe('the first occurrence (in output order) of the article this claim was reposted from; null for an original'),
    text: z.string(),
    span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  })
  .strict();

export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;

/** One record of `zhclaims articles`: what cleaning kept. */
export const ArticleRecordSchema = z
  .object({
    doc: z.string(),
    article: z.number().int().nonnegative(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    source: z.string().nullable(),
    authors: z.array(z.string()),
    url: z.string().nullable(),
    region: RegionSchema.nullable(),
    /** For finding reposts across shards (`zhclaims dedupe`): shingle count and MinHash; null without text. */
    signature: z
      .object({ shingles: z.number().int().positive(), minhash: z.array(z.number().int().nonnegative()).length(128) })
      .strict()
      .nullable()
      .describe('repost fingerprint for `zhclaims dedupe`: distinct 5-character shingles and their 128-bin one-permutation MinHash; null without text'),
    text: z.string(),
  })
  .strict();

export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** Column order of CSV output: the record's fields with nested objects flattened. */
export const CSV_COLUMNS = [
  'doc', 'article', 'title',
  'region.code', 'region.name', 'region.level', 'region.province', 'region.city', 'region.county', 'region.town',
  'kind', 'value', 'valueMax', 'unit', 'classifier', 'approx', 'per',
  'honor.title', 'honor.level', 'honor.recipient',
  'subject', 'category', 'period', 'periodStart', 'periodEnd', 'status', 'partOf',
  'date', 'year', 'url', 'duplicateOf.doc', 'duplicateOf.article', 'text', 'span',
] as const;
