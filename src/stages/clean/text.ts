// Text dumps: classify every line of a page (paragraph, short line, byline, meta line, furniture …).
// The ideas of main-content extractors applied to lines: sentence punctuation marks text, short
// unpunctuated lines are headlines, headings or navigation depending on what surrounds them, and
// furniture is recognised by marker phrases (dictionaries/boilerplate.txt) and list shapes.
import { markers } from './markers.js';
import { escapeRegExp, loadList, loadTsv } from '../../dict.js';
import { foldWidth } from '../normalize.js';
import { unitHead, unitRow } from './unit-table.js';

export type LineKind =
  | 'para' // running text
  | 'short' // no sentence punctuation: headline, heading, column name or navigation
  | 'junk' // furniture: navigation, footer, page numbers, lists
  | 'meta' // date / source / editor line
  | 'byline' // 通讯员 黄梓 杨国松 文/图
  | 'credit' // (吉者) alone on a line: the end of a story
  | 'briefs'; // ● 简明镇赉 ●: a column of news briefs follows

export interface Meta {
  date: string | null;
  source: string | null;
  authors: string[];
}

export interface Line {
  text: string;
  kind: LineKind;
  /** Blank lines before this one. */
  blank: number;
  /** Paragraph that stops mid-sentence (a column or page break cut it). */
  open: boolean;
  /** Starts a dispatch: 本报讯(…), 新华社…电. */
  dispatch: boolean;
  /** Ends with a photographer's credit (王凯摄). */
  photo: boolean;
  /** Ends with a (name) credit after the last sentence. */
  endCredit: boolean;
  /** Starts with ——: a subtitle under a headline. */
  subtitle: boolean;
  /** One of a run of short lines that make an HTML body (never a caption). */
  shortRun?: boolean;
  /** A line of a labelled summary lead (【摘要】…): left out, but it parts no headline from its story. */
  summary?: boolean;
  meta: Meta | null;
}

const HAN = /[\u3400-\u9fff]/;
const SENTENCE_PUNCT = /[。！？；!?;]/;
const COMMA = /[，,、]/;
const CLOSED_END = /[。！？!?；;…”’"'」』）)】\]》：:.]$/;
const BULLET = /^[•·▪►▶※◆◇○◎□■▲△▼★☆→>|]/;
const NUMBERED = /^\d{1,2}(?:\s|[、.．)）])/;
const PAGE_NO = /^第\s*[A-Z]?\s*\d{1,3}\s*版|^\d+\s*\/\s*\d+\s*页?$|^[A-Z]?\d{1,3}\s*版\s*[:：]/;
const NAV_SEP = /\s[-|｜/>]\s|[|｜]|>>|»|›|→|(?<=[\u4e00-\u9fff])>(?=[\u4e00-\u9fff])/g;
const DISPATCH = /^(?:本报讯|本报[\u4e00-\u9fff\d\s]{0,12}讯|[\u4e00-\u9fff]{2,10}(?:社|网|报|台)[\u4e00-\u9fff\d\s]{0,14}(?:电|讯)[\s（(【:：]|[\u4e00-\u9fff]{2,8}讯[\s（(【:：]|[（(【](?:本报)?(?:记者|通讯员)[^）)】]{1,30}[）)】])/;
const PHOTO_TAIL = /[。！？”）)]\s*((?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3})\s*摄(?:影)?\s*[。]?$/;
const END_CREDIT = /[。！？”]\s*[（(]([\u4e00-\u9fff·]{2,8}(?:\s+[\u4e00-\u9fff·]{2,8}){0,4})[）)]\s*$/;
const CREDIT_LINE = /^[（(]([\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,4})[）)]$/;
const DATE = /((?:19|20)?\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const YEAR_LAST = /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/;
const TIME = /\d{1,2}:\d{2}/;
/** A rights notice is one or two sentences; a longer line with such a phrase is text about rights. */
const NOTICE_MAX = 100;
/** A machine timestamp (2019-04-02 15:43:43) beside a bare record id (31529006,): a CMS record line. */
const STAMP = /(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/;
const RECORD_ID = /(?:^|[^\d.,])\d{5,}\s*(?=[,.，。;；|]|$)/;

/** ISO date from 2017-04-14, 19-12-18, 2024 年 3 月 12 日, 14.03.2016; null if not a plausible date. */
export function parseDate(s: string): string | null {
  // the year last, four digits: 14.03.2016 and 14-03-2016 day first, 03/14/2016 month first, unless
  // the numbers show otherwise (a day above 12)
  const last = YEAR_LAST.exec(s);
  if (last) {
    const [a, b] = [Number(last[1]), Number(last[3])];
    const monthFirst = last[2] === '/' ? a <= 12 : a <= 12 && b > 12;
    return plausible(Number(last[4]), monthFirst ? a : b, monthFirst ? b : a);
  }
  const m = DATE.exec(s);
  if (!m) return null;
  let y = Number(m[1]);
  if (m[1].length === 2) y += y > 50 ? 1900 : 2000;
  return plausible(y, Number(m[2]), Number(m[3]));
}

function plausible(y: number, mo: number, d: number): string | null {
  if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

let notNames: Set<string> | null = null;

/** Personal names from a byline fragment: tokens of 2–4 Han characters that are not organisations. */
export function namesIn(s: string): string[] {
  notNames ??= new Set(loadList('not-names.txt'));
  const out: string[] = [];
  // role words are not names, wherever the names come from: (记者 李四 通讯员 王五)
  for (const tok of s.replace(markers().roles, ' ').split(/[\s、，,;；/／·•●■&＆]+/)) {
    if (!/^[\u4e00-\u9fff]{2,4}$/.test(tok) || notNames.has(tok)) continue;
    if (markers().orgEnd.test(tok)) continue;
    // (记者 王尚勇 银川报道): where the reporter filed from, not a name
    if (/(?:报道|报导|報道|報導)$/.test(tok)) continue;
    out.push(tok);
  }
  return out;
}

/**
 * A byline line: roles and names only (通讯员 黄梓 杨国松 文/图, 文/图 江门日报记者 吴健争 谭锦波,
 * ●周兵 王娜). Returns the names, or null when the line is something else.
 */
export function bylineNames(line: string): string[] | null {
  if (line.length > 48 || SENTENCE_PUNCT.test(line) || /\d/.test(line)) return null;
  const m = markers();
  let rest = line.replace(/^[●■◆]\s*/, ' ');
  const dotted = rest !== line;
  let roleSeen = false;
  rest = rest.replace(m.roles, () => {
    roleSeen = true;
    return ' ';
  });
  // single-character roles only as their own token: 文 图 / 文/图 / 王凯摄
  rest = rest.replace(/(^|\s)[文图摄](?=\s|$)|[/／]/g, () => {
    roleSeen = true;
    return ' ';
  });
  rest = rest.replace(/([\u4e00-\u9fff]{2,4})摄(?=\s|$)/g, (_, n: string) => {
    roleSeen = true;
    return ` ${n} `;
  });
  if (!roleSeen && !dotted) return null;
  // names joined by & (执笔/张三&李四), as pen names on WeChat-style posts often are
  const toks = rest.split(/[\s、，,:：&＆]+/).filter(Boolean);
  if (toks.length === 0 || toks.length > 8) return dotted || roleSeen ? (toks.length === 0 ? [] : null) : null;
  if (!toks.every((t) => /^[\u4e00-\u9fff·]{1,8}$/.test(t))) return null;
  return namesIn(toks.join(' '));
}

/** Date, source and names from a meta line (19-12-18 14:27 来源:定西日报 编辑:杨亚楠). */
export function parseMeta(line: string): Meta | null {
  // a question or exclamation is a sentence (记者：…在哪？ in an interview), also once folded to ASCII
  if (line.length > 160 || /[。！？]|[\u3400-\u9fff][?!]/.test(line)) return null;
  const m = markers();
  // 图片来源：视觉中国 credits the picture, not the story
  if (m.captionHead.test(line)) return null;
  const date = parseDate(line);
  const fields: [string, string][] = [];
  m.metaLabel.lastIndex = 0;
  const hits = [...line.matchAll(m.metaLabel)];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const start = (h.index ?? 0) + h[0].length;
    const end = i + 1 < hits.length ? (hits[i + 1].index ?? line.length) : line.length;
    const raw = line.slice(start, end).trim();
    // 来源：[ 人民网 ]: the value inside brackets padded with spaces
    const bracketed = /^[[【〔（(]\s*([^\]】〕）)]+?)\s*[\]】〕）)]/.exec(raw);
    const value = bracketed ? bracketed[1] : (raw.split(/\s+/)[0] ?? '');
    fields.push([m.metaField.get(h[1]) ?? '', value]);
  }
  const startsWithLabel = hits.length > 0 && (hits[0].index ?? 0) <= 2;
  const dateLine = date !== null && (TIME.test(line) || hits.length > 0 || line.length <= 24);
  if (!dateLine && !startsWithLabel && !(hits.length > 0 && date !== null)) return null;
  let source: string | null = null;
  const authors: string[] = [];
  for (const [field, value] of fields) {
    // an empty field (来源: | 发布时间: …) leaves only the separator: no source
    if (field === 'source' && /[\u3400-\u9fffA-Za-z]/.test(value) && !source) source = value.replace(/^[（(【]|[）)】]$/g, '') || null;
    if (field === 'author') authors.push(...namesIn(value));
  }
  // 2023-11-07 09:12:30 诸城日报: a paper or site named after the date without a label
  if (!source && date && hits.length === 0) {
    const tail = markers().datelineSource.exec(line);
    if (tail) source = tail[1];
  }
  return { date, source, authors };
}

/** 祝贺!…, 喜报!…: an exclamation that opens a headline as its kicker (one that ends a line ends a
 * sentence: 让我们携手共进！ in a body). */
const HEADLINE_BANG = /^[\u4e00-\u9fff]{1,5}[!！]\s*(?=\S)/;

function isSentence(t: string): boolean {
  // a line of at most 40 characters, with no comma, stop or colon, whose only sentence mark is such a
  // kicker is headline-like
  const u = t.length <= 40 && !/[，,、。:：]/.test(t) ? t.replace(HEADLINE_BANG, '') : t;
  return SENTENCE_PUNCT.test(u) || (t.length >= 40 && COMMA.test(t)) || t.length >= 100;
}

function navLike(t: string): boolean {
  if (t.length > 200) return false;
  NAV_SEP.lastIndex = 0;
  let n = 0;
  while (NAV_SEP.exec(t) && n < 3) n++;
  return n >= 2;
}

/** A summary label marked as one: in 【】 or [], or followed by a colon (【摘要】, 内容提要:). */
const SUMMARY_MARKED = /^(?:[【\[][^】\]]{2,4}[】\]]|[^:：，。,]{2,4}\s*[:：])/;

const SALUTATION = /^各[^。:]{1,60}:$/;

function classify(line: string): LineKind {
  const m = markers();
  const t = foldWidth(line);
  // 本站讯(…) opens a dispatch, not a 本站… disclaimer
  // (首页 > 工作动态    发布时间:2024-01-10  来源:县妇联: a breadcrumb that carries the meta line is the meta line)
  if (m.startJunk.test(t) && !DISPATCH.test(t.slice(0, 60))) {
    const meta = t.length <= 160 ? parseMeta(t) : null;
    return meta && (meta.date || meta.source) ? 'meta' : 'junk';
  }
  if (PAGE_NO.test(t)) return 'junk';
  // 本文为某某网原创，转载请注明出处。: a rights notice, though written as a sentence
  if (t.length <= NOTICE_MAX && m.notice.test(t)) return 'junk';
  // 31529006,。标题…。2019-04-02 15:43:43,. 204408,.编辑: a database record dumped under the story
  if (t.length <= 200 && STAMP.test(t) && RECORD_ID.test(t)) return 'junk';
  const sentence = isSentence(t);
  if (!sentence) {
    if (!HAN.test(t)) return 'junk';
    if (m.openers.test(t)) return 'para';
    if (parseMeta(t)) return 'meta';
    if (CREDIT_LINE.test(t)) return 'credit';
    // (【字体:大 中 小】, 【打印】【关闭】, 【大】【中】【小】: page tools in brackets are furniture, no column of briefs)
    if (/^(?:[【\[][^】\]]{1,4}[】\]]\s*){2,}$/.test(t)) return 'junk';
    if (/^[●■◆★▲【\[]/.test(t) && /[●■◆★▲】\]]$/.test(t) && t.length <= 20 && !m.lineJunk.test(t) && !navLike(t)) return 'briefs';
    if (t.length <= 12 && m.briefs.test(t)) return 'briefs';
    if (bylineNames(t)) return 'byline';
    if (m.lineJunk.test(t) || navLike(t)) return 'junk';
    if (BULLET.test(t)) return 'junk';
    return 'short';
  }
  if (t.length <= 160 && parseMeta(t)) return 'meta';
  if (t.length <= 200 && !/[。！？]/.test(t) && (m.lineJunk.test(t) || navLike(t))) return 'junk';
  if (BULLET.test(t) && t.length < 200 && !/。/.test(t)) return 'junk';
  return 'para';
}

export interface ClassifyOptions {
  /** The lines are an HTML page's content block: a run of short lines there is its body. */
  html?: boolean;
}

/** How many short lines in a row make a body of short lines (WeChat-style posts, 第七条 …). */
const SHORT_RUN = 3;

/**
 * Whether a line says again what the lines after it say: a summary point. Its figures (one at least) all
 * come again, or, without figures, its opening words (同盾科技在第一时间辟谣称…) do.
 */
function restated(line: string, lines: string[], at: number): boolean {
  const rest = lines.slice(at + 1).join('\n');
  const figures = line.match(/[0-9][0-9.,]*/g);
  if (figures) return figures.every((x) => rest.includes(x));
  const opening = line.replace(/[^\u4e00-\u9fff]/g, '').slice(0, 12);
  return opening.length >= 8 && rest.replace(/[^\u4e00-\u9fff]/g, '').includes(opening);
}

/** Split a page into classified lines; blank lines are counted, not kept. */
export function classifyLines(page: string, opts: ClassifyOptions = {}): Line[] {
  const m = markers();
  const out: Line[] = [];
  let blank = 0;
  let inList = false;
  let paras = 0;
  let related = false;
  // below a keywords line: lines that repeat the page above it (`seen`) are left out
  let repeats = false;
  let seen = '';
  // a labelled summary lead (【摘要】…, 内容提要:…) repeats the story (spec: not a claim); its lines
  // run on while the one before ends open on a list mark (；，、), up to a blank line
  let summary = false;
  // after a label alone on its line (划重点:, 【摘要】), its points: short lines whose figures all come again later
  let points = false;
  const rawLines = page.split('\n');
  for (let li = 0; li < rawLines.length; li++) {
    const rawLine = rawLines[li];
    const t = rawLine
      .replace(/[\u00a0\u2002-\u200a\u3000\t]/g, ' ')
      .replace(/[\u200b\ufeff]/g, '')
      .trim();
    if (t === '') {
      blank++;
      summary = false;
      continue;
    }
    // 各市州、直管市妇联:, 各位代表、同志们:: the salutation of a notice or a speech is neither its
    // headline nor its text; it stands between them as if it were not there
    if (t.length <= 62 && SALUTATION.test(foldWidth(t))) continue;
    let kind: LineKind;
    let inSummary = false;
    // -相关新闻 below a story of two paragraphs or more: what follows on the page is other stories or
    // background (an HTML page's related lists mostly go with their blocks; a 延伸阅读 box inside the
    // article's container goes here)
    if (paras >= 2 && t.length <= 24 && m.relatedHead.test(foldWidth(t))) related = true;
    // 关键词: 两癌;阳光母亲 under the story: the keywords are furniture, and what repeats the page above them
    // (its headline and lead again) is not article text; the first line that says something new ends that
    const f = foldWidth(t);
    if (!opts.html && paras >= 2 && t.length <= 80 && m.keywordsLine.test(f)) {
      // (the page above, read only where a keywords line asks: no string is built for other pages)
      seen = out.map((l) => l.text).join('\n');
      repeats = true;
      out.push(furniture(t, blank));
      blank = 0;
      continue;
    }
    if (repeats && !related && repeatsPage(t, seen)) {
      out.push(furniture(t, blank));
      blank = 0;
      continue;
    }
    repeats = false;
    const labelled = SUMMARY_MARKED.test(f) && m.summaryLabel.test(f);
    if (points && !labelled && !restated(f, rawLines, li)) points = false;
    if (labelled || (summary && blank === 0) || points) {
      // a label on a line of its own (【摘要】) opens the lead on the next line
      const alone = labelled && f.replace(m.summaryLabel, '').trim() === '';
      summary = /[;；,，、]$/.test(f) || alone;
      points = alone || (points && t.length <= 120);
      kind = 'junk';
      inSummary = true;
    } else if (related) {
      kind = 'junk';
    } else if (t.length <= 24 && m.listHead.test(foldWidth(t))) {
      kind = 'junk';
      inList = true;
    } else {
      kind = classify(t);
      // inside an HTML story a bracketed line (【写在最后】, 【记者手记】) is a section heading; only a
      // brief column's name (【简讯】) opens a column of briefs there
      if (opts.html && kind === 'briefs') {
        const inner = t.replace(/^[●■◆★▲【\[\s]+|[●■◆★▲】\]\s]+$/g, '');
        if (!m.briefs.test(foldWidth(inner))) kind = inner && HAN.test(inner) ? classify(inner) : 'junk';
      }
      // so is a bulleted line (◆培训农村妇女3200余人次): a list of links is left out before, by its
      // link density; one the story writes is read without its bullet
      if (opts.html && kind === 'junk' && BULLET.test(t)) {
        const bare = t.replace(/^[•·▪►▶※◆◇○◎□■▲△▼★☆→>|\s]+/, '');
        if (bare && HAN.test(bare)) kind = classify(bare);
      }
      // a list after a related-news heading runs until real text (a sentence with a full stop)
      if (inList) {
        if (kind === 'para' && /。/.test(t) && t.length >= 40) inList = false;
        else kind = 'junk';
      }
    }
    const para = kind === 'para';
    if (para) paras++;
    const tail = t.length > 80 ? t.slice(-80) : t;
    out.push({
      text: t,
      kind,
      blank,
      open: para && !CLOSED_END.test(t),
      dispatch: para && DISPATCH.test(t.slice(0, 60)),
      photo: para && PHOTO_TAIL.test(tail),
      endCredit: para && END_CREDIT.test(tail),
      subtitle: /^(?:——|—|--|－－)/.test(t),
      // the folded text, as classify read it
      meta: kind === 'meta' ? parseMeta(foldWidth(t)) : null,
      ...(inSummary ? { summary: true } : {}),
    });
    blank = 0;
  }
  if (!opts.html) statLists(out);
  if (!opts.html) phraseBodies(out);
  if (!opts.html) unitRows(out);
  // Rank lists: numbered short lines next to each other are a list, not headings. (A list that a
  // paragraph introduces with a colon, 主要数据如下:, is the article's own: 1.培训妇女3000人次)
  let introduced = false;
  let intro: Line | null = null;
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    const item = NUMBERED.test(l.text) || (BULLET.test(l.text) && HAN.test(l.text));
    if (!item) {
      introduced = (l.kind === 'para' || l.kind === 'short') && /[:：]\s*$/.test(l.text);
      intro = introduced ? l : null;
    } else if (introduced && (l.kind === 'short' || l.kind === 'junk') && !m.lineJunk.test(foldWidth(l.text))) {
      // a short lead-in (主要数据如下:) is text too, not a headline
      if (intro && intro.kind === 'short') {
        intro.kind = 'para';
        intro.open = false;
      }
      // the items of a list the article introduces are its text, one paragraph each
      l.kind = 'para';
      l.shortRun = true;
      l.open = false;
      continue;
    }
    if (l.kind !== 'short' || !NUMBERED.test(l.text)) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const near = (x: Line | undefined) => x !== undefined && (x.kind === 'short' || x.kind === 'junk') && NUMBERED.test(x.text);
    // in an HTML content block a ranking's items are links, already left out: numbered short lines
    // there are the story's own list (1.举办培训班42期 2.培训妇女3200人次) or its outline
    if (!opts.html && (near(prev) || near(next))) l.kind = 'junk';
  }
  if (opts.html) shortBodies(out);
  return out;
}

/** A figure with a classifier or a sign after it (42期, 3200余人次, 1500万元, 95%), not a date (2023年, 3月). */
let statRe: RegExp | null = null;
function statOf(): RegExp {
  if (statRe) return statRe;
  const units = loadTsv('units.tsv')
    .map((r) => r[0])
    .filter((u) => u && !/^[年月日时]/.test(u))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return (statRe = new RegExp(`\\d(?:[\\d.,]*)(?:[万亿千]*)(?:余|多)?(?:${units.join('|')}|%)`));
}

/**
 * In a text page, a run of two or more numbered or bulleted lines between paragraphs (or ending
 * the page, or written as sentences), each stating a figure (1.举办培训班42期 / 2.培训农村妇女
 * 3200余人次, ◆新建儿童之家12个), is the article's own list of results, not a ranking of
 * headlines: each line is a paragraph.
 */
function statLists(lines: Line[]): void {
  const stat = statOf();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j].kind !== 'para' && (NUMBERED.test(lines[j].text) || BULLET.test(lines[j].text)) && HAN.test(lines[j].text)) j++;
    const prev = lines[i - 1];
    const next = lines[j];
    const run = lines.slice(i, j);
    // the body goes on after it, or the items are sentences (a ranking of headlines ends neither way)
    const inBody = !next || next.kind === 'para' || run.every((l) => /[。;；]$/.test(l.text));
    if (j - i >= 2 && prev?.kind === 'para' && inBody && run.every((l) => stat.test(foldWidth(l.text).replace(/^\d{1,2}(?:\s|[、.)])/, '')))) {
      for (let k = i; k < j; k++) {
        const l = lines[k];
        l.kind = 'para';
        l.shortRun = true;
        l.open = false;
      }
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * A table in a text dump, one row a line (项目 单位 全年目标 完成数 / 巾帼技能培训 人次 3000 3420): under a header
 * with a unit field, each row's figures are written with their field and unit (clean/unit-table.ts), as the
 * HTML reader writes such a table; the rows are text.
 */
function unitRows(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const head = unitHead(lines[i].text.split(/\s+/));
    if (!head) continue;
    for (let k = i + 1; k < lines.length; k++) {
      const written = unitRow(head, lines[k].text.split(/\s+/));
      if (!written) break;
      lines[k] = { ...lines[k], text: written.filter(Boolean).join(' '), kind: 'para', open: false };
    }
  }
}

/** A line of furniture, as classified without looking further. */
function furniture(text: string, blank: number): Line {
  return { text, kind: 'junk', blank, open: false, dispatch: false, photo: false, endCredit: false, subtitle: false, meta: null };
}

/** Whether every sentence of the line (of six characters or more) stands earlier on the page. */
function repeatsPage(line: string, seen: string): boolean {
  const parts = line.split(/[。！？!?]/).map((x) => x.trim()).filter((x) => x.length >= 6);
  return parts.length > 0 && parts.every((x) => seen.includes(x));
}

/** A line of a phrase-per-line post that leaves its sentence open: it ends with a comma or a colon. */
const PHRASE_OPEN = /[，,、：:]$/;
const PHRASE_END = /[。！？!?；;…”」）)]$/;
/** How long a line of a phrase-per-line post is at most, and how many comma-ended ones make a page one. */
const PHRASE_MAX = 40;
const PHRASE_PAGE = 3;

/**
 * A text page written one phrase a line (WeChat posts: 授予莘庄工业区团委等10个团组织 / “…”称号；), its
 * sentences broken wherever the layout wanted: where three or more short lines end with a comma, each
 * block of short lines that holds such a line or a sentence's end is body text, and a line that does
 * not end its sentence goes on in the next one.
 */
function phraseBodies(lines: Line[]): void {
  const fits = (l: Line) => (l.kind === 'short' || l.kind === 'para') && !l.subtitle && l.text.length <= PHRASE_MAX;
  // (a roster's headings end with a colon, 全国三八红旗手:, its names with nothing: only commas tell)
  if (lines.filter((l) => fits(l) && /[，,]$/.test(l.text)).length < PHRASE_PAGE) return;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && fits(lines[j]) && (j === i || lines[j].blank === 0)) j++;
    const run = lines.slice(i, j);
    if (run.length >= 2 && run.some((l) => PHRASE_OPEN.test(l.text)) && run.some((l) => /\d|[一二两三四五六七八九十百千万]/.test(l.text))) {
      for (const l of run) {
        l.kind = 'para';
        l.shortRun = true;
        l.open = !PHRASE_END.test(l.text);
      }
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * Inside an HTML content block, a run of short lines is body text written one phrase a line
 * (政务号 posts, numbered articles of a document), not headings: each is a paragraph of its own.
 */
function shortBodies(lines: Line[]): void {
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j].kind === 'short' && !lines[j].subtitle) j++;
    // a headline block (kicker, title, co-publisher) before a byline, meta line or dispatch that
    // opens a story is no body
    const after = lines.slice(j, j + 3);
    const opensStory =
      (after[0] && ((after[0].kind === 'para' && DISPATCH.test(after[0].text.slice(0, 60))) ||
        ((after[0].kind === 'byline' || after[0].kind === 'meta') && after.slice(1).some((l) => l.kind === 'para'))));
    if (j - i >= SHORT_RUN && !opensStory) {
      for (let k = i; k < j; k++) {
        const l = lines[k];
        l.kind = 'para';
        l.shortRun = true;
        l.open = false;
        l.dispatch = DISPATCH.test(l.text.slice(0, 60));
      }
    }
    i = Math.max(j, i + 1);
  }
}

/** Every line that may be text (not furniture, meta or byline) as a paragraph: the fallback for a
 * page in which nothing looked like a story (a record of a headline and one sentence). */
export function asBody(lines: Line[]): Line[] {
  return lines.map((l) => (l.kind === 'short' || l.kind === 'para' ? { ...l, kind: 'para' as const, open: false, dispatch: false, photo: false } : l));
}

/** Names of an end credit (邹立杰) or photo credit (王凯摄) of a paragraph. */
export function creditNames(l: Line): string[] {
  const tail = l.text.length > 80 ? l.text.slice(-80) : l.text;
  const m = (l.endCredit ? END_CREDIT.exec(tail) : null) ?? (l.photo ? PHOTO_TAIL.exec(tail) : null) ?? CREDIT_LINE.exec(tail);
  return m ? namesIn(m[1]) : [];
}

/** Names in a dispatch opening: 本报讯(王芳 赵国辉) → 王芳, 赵国辉. */
export function dispatchNames(l: Line): string[] {
  const m = /^[^（(【]{0,24}[（(【]([^）)】]{1,40})[）)】]/.exec(l.text.slice(0, 80));
  if (!m) return [];
  return namesIn(m[1].replace(markers().roles, ' '));
}

/** The date in a furniture line such as "2024 年 3 月 12 日 星期二 放大 缩小". */
export function furnitureDate(l: Line): string | null {
  return l.kind === 'junk' && l.text.length <= 60 ? parseDate(l.text) : null;
}
