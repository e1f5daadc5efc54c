// Marker dictionaries compiled once into plain-literal alternations (no nested quantifiers, so every
// test is linear in the line length).
import { escapeRegExp, loadList, loadTsv } from '../../dict.js';

export interface Markers {
  /** Short non-sentence lines containing one of these are furniture. */
  lineJunk: RegExp;
  /** Lines starting with one of these are furniture. */
  startJunk: RegExp;
  /** Short lines containing one of these are a rights notice, sentence or not. */
  notice: RegExp;
  /** Headings that open a list of links, rankings, share buttons. */
  listHead: RegExp;
  /** Related-news headings (相关新闻): after the story has begun, the rest of the page is other stories. */
  relatedHead: RegExp;
  /** A keywords line (关键词: A;B): furniture, and what repeats the page after it is too. */
  keywordsLine: RegExp;
  /** Byline roles (记者, 通讯员, 文/图 …), longest first. */
  roles: RegExp;
  /** News-brief column words (简明, 简讯 …). */
  briefs: RegExp;
  /** Paragraph openers followed by a comma (近日,…): such a line is running text. */
  openers: RegExp;
  /** Lines opening with a connective (这也, 由此) continue the text: never captions. */
  connective: RegExp;
  /** A short line ending with a picture credit is a caption. */
  captionEnd: RegExp;
  /** A short line opening with a picture word (图为, 图片来源) is a caption. */
  captionHead: RegExp;
  /** A summary box's label (摘要, 导读), in 【】 or [] and with a colon or not. */
  summaryLabel: RegExp;
  /** A <title> that only names the site, or a page type (某某新闻网, 科技日报, 正文). */
  siteTitle: RegExp;
  /** A paper or site named after the date of a meta line without a label (… 诸城日报). */
  datelineSource: RegExp;
  /** A byline token that names an organisation (县妇联办, 市文化馆). */
  orgEnd: RegExp;
  /** Meta labels with their field: 来源 → source. */
  metaLabel: RegExp;
  metaField: Map<string, string>;
}

const alt = (xs: string[]): string =>
  [...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

let cached: Markers | null = null;

export function markers(): Markers {
  if (cached) return cached;
  const rows = loadTsv('boilerplate.txt');
  const by = (rule: string): string[] => rows.filter((r) => r[1] === rule).map((r) => r[0]);
  const roles = loadList('bylines.txt').filter((r) => r.length > 1);
  const meta = loadTsv('metafields.txt');
  const outlets = loadTsv('outlets.tsv');
  const ends = (rule: string): string => alt(outlets.filter((r) => r[1] === rule).map((r) => r[0]));
  cached = {
    lineJunk: new RegExp(alt(by('line'))),
    startJunk: new RegExp(`^(?:${alt(by('start'))})`),
    notice: new RegExp(alt(by('notice'))),
    listHead: new RegExp(`^[\\s【\\[<《\\-—－·•]*(?:${alt([...by('list'), ...by('related')])})`),
    relatedHead: new RegExp(`^[\\s【\\[<《\\-—－·•]*(?:${alt(by('related'))})[】\\]>》:：\\s]*$`),
    keywordsLine: new RegExp(`^[【\\[]?(?:${alt(by('keywords'))})[】\\]]?\\s*[:：]\\s*\\S`),
    roles: new RegExp(alt(roles), 'g'),
    briefs: new RegExp(`^(?:${alt(loadList('briefs.txt'))})`),
    openers: new RegExp(`^(?:${alt(loadList('openers.txt'))}|\\d{1,2}月\\d{1,2}日)[,，]`),
    connective: new RegExp(`^(?:${alt(loadList('connectives.txt'))})`),
    // the credit may be followed by the outlet that ran the picture (县公安局供图 华龙网发)
    captionEnd: new RegExp(`(?:${alt(loadList('captions.txt'))})(?:\\s+[\\u4e00-\\u9fff]{2,8}(?:网|报|社|台)发?)?\\s*[)）]?\\s*$`),
    captionHead: new RegExp(`^[▲△]?\\s*(?:${alt(loadList('caption-heads.txt'))})`),
    // 来源：…, also 来源 | … and 编辑丨… as WeChat-style posts write them
    metaLabel: new RegExp(`(${alt(meta.map((r) => r[0]))})\\s*(?:[:：]|[|｜丨](?!\\s*$))\\s*`, 'g'),
    summaryLabel: new RegExp(`^[【\\[]?(?:${alt(by('summary'))})[】\\]]?\\s*[:：]?`),
    siteTitle: new RegExp(
      `^(?:[\\u4e00-\\u9fff]{0,8}(?:${ends('site')})|[\\u4e00-\\u9fff]{2,16}(?:${ends('official')})|${ends('page')})$`,
    ),
    datelineSource: new RegExp(`\\s([\\u4e00-\\u9fff]{2,12}(?:${ends('dateline')}))$`),
    orgEnd: new RegExp(`(?:${ends('org')})$`),
    metaField: new Map(meta.map((r) => [r[0], r[1]])),
  };
  return cached;
}
