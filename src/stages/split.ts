// A page into articles. Works on the classified lines of clean/text.ts (HTML is first reduced to the
// lines of its main content by clean/html.ts). How printed and portal pages mark a new story:
//   - a headline (short lines) followed by a byline (通讯员 X), a meta line (date, 来源) or a
//     dispatch opening (本报讯(…), 新华社…电);
//   - a photo story: a paragraph standing alone after an image gap that ends with a credit (王凯摄);
//   - a news-brief column (● 简明X ●, 简讯): each brief ends with its (name) credit.
// Short lines followed by running text inside a story are its section headings and stay in it.
import type { ArticleDraft, RecordFields } from '../doc.js';
import { asWritten, foldWidth, pageScripts, simplifyPage, type Scripts } from './normalize.js';
import { classifyLines, parseDate, creditNames, dispatchNames, furnitureDate, namesIn, bylineNames, type Line } from './clean/text.js';
import { extractHtml, statesQuantity, type HtmlPage } from './clean/html.js';
import { markers } from './clean/markers.js';
import { loadList, loadTsv } from '../dict.js';

/** An editor's credit alone on its line, the end of a story (【编辑:沈佳】, 责任编辑:王某, (编辑 李某)). */
const EDITOR_CREDIT = /^[【\[（(]?\s*(?:责任编辑|编辑|责编)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*[】\]）)]?$/;

interface Draft {
  title: string | null;
  date: string | null;
  source: string | null;
  authors: string[];
  lines: string[];
  /** The last line is a paragraph cut mid-sentence. */
  open: boolean;
  closed: boolean;
  shortLines?: boolean;
  /** Its paragraphs long enough to be a crawler's repeat (REPEAT_MIN), as stored. */
  long?: Set<string>;
}

export interface SplitHints {
  /** Lines come from the blocks of an HTML page. */
  html?: boolean;
  /** Headline found by other means (HTML <h1>/<title>). */
  title?: string | null;
  date?: string | null;
  source?: string | null;
  authors?: string[];
}

/** A newspaper's name standing alone: 甘肃经济日报, 镇赉报, 江门日报. */
const PAPER = /^[\u4e00-\u9fff]{2,10}(?:日报|晚报|报)$/;

function sameTitle(a: string, b: string): boolean {
  const n = (s: string) => s.replace(/[\s“”"'‘’《》:：,，!！?？·|_-]/g, '');
  const x = n(a);
  const y = n(b);
  return x.length > 0 && y.length > 0 && (x === y || (Math.min(x.length, y.length) >= 6 && (x.includes(y) || y.includes(x))));
}

/** Headline of a run of short lines: the last that is not a subtitle (kicker, title, ——subtitle). */
function pickTitle(run: Line[]): string | null {
  for (let i = run.length - 1; i >= 0; i--) {
    // (市妇联党组书记、主席 刘红霞 under a speech's title: the speaker; 一、问题与现状 under a proposal's title: its
    // first section)
    // (第0356号  提案人:…  类别:…: a line of labelled fields is a record's header)
    // (朝妇发〔2026〕3号 under a decision's title: the document's number)
    if (run[i].subtitle || (i > 0 && (speakerLine().test(run[i].text) || SECTION_HEAD.test(run[i].text) || DOC_NUMBER.test(run[i].text.trim()) || (run[i].text.match(LABELLED) ?? []).length >= 2))) continue;
    // a section heading under the headline that repeats part of it (省妇联2006年工作总结和2006年工作意见,
    // then 2006年工作总结, maybe with page garbage after it): the headline is the line that holds it
    // (not a breadcrumb above the headline, 首页 > 新闻 > …, which ends with it)
    const core = foldWidth(run[i].text).replace(/[\sA-Za-z0-9]+$/, '');
    if (core.length >= 4) {
      for (let j = 0; j < i; j++) {
        const h = foldWidth(run[j].text);
        if (!run[j].subtitle && h.length > core.length && h.includes(core) && !h.endsWith(core)) return run[j].text;
      }
    }
    return run[i].text;
  }
  return null;
}

/** A labelled field of a record's header (提案人:, 类别:). */
const LABELLED = /[\u4e00-\u9fff]{2,4}[:：]/g;

/** A post and a name (市妇联党组书记、主席 刘红霞; dictionaries/posts.txt). */
let speakerRe: RegExp | null = null;
// (主席 杨 敏: a two-character name is often spaced out to the width of three)
const speakerLine = (): RegExp => (speakerRe ??= new RegExp(`^[\\u4e00-\\u9fff、,，]{0,24}(?:${loadList('posts.txt').join('|')})\\s+(?:[\\u4e00-\\u9fff]{2,3}|[\\u4e00-\\u9fff]\\s+[\\u4e00-\\u9fff])$`));

/** A body's name alone (海南省妇女联合会, 某县总工会; outlets.tsv rule masthead): the issuer on top of its own document, no headline. */
let bodyNameRe: RegExp | null = null;
const bodyName = (): RegExp =>
  (bodyNameRe ??= new RegExp(`^[\\u4e00-\\u9fff]{2,16}(?:${loadTsv('outlets.tsv').filter((r) => r[1] === 'masthead').map((r) => r[0]).join('|')})$`));
/** 琼妇字〔2024〕5号: a document's number. */
const DOC_NUMBER = /[〔\[(（]\s*(?:19|20)\d{2}\s*[〕\])）]\s*\d+\s*号$/;

/** A paragraph this long stored twice word for word is the crawler's repeat (shorter ones may be refrains). */
const REPEAT_MIN = 40;

/** A paragraph that opens a news item: 近日, 日前, 5月18日 and a comma. */
const NEWS_OPEN = /^(?:近日|日前|近期|\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?|\d{4}年\d{1,2}月\d{1,2}日)[,，]/;
/** A column's issue: 2024年第18期, 第18期. */
const ISSUE = /第\s*\d+\s*期/;
/** The headline of a brief: names a place or a body, no section number, no sentence. */
function briefHead(t: string): boolean {
  return t.length >= 8 && t.length <= 40 && !SECTION_HEAD.test(t) && !/[。:：]$/.test(t) && /[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗|盟|镇|乡|街道|妇联|工会|团委|残联)/.test(t);
}
/** 一、, （二）, 3., 第一部分: a numbered section heading. */
const SECTION_HEAD = /^(?:[（(]?[一二三四五六七八九十]{1,3}[)）、.．]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+(?:部分|章|节))/;

function isCaption(l: Line, gapBefore: boolean, gapAfter: boolean, afterHead: boolean): boolean {
  // (…工厂目前有残疾职工86人。(通讯员 王磊 摄): a caption that states a figure is article text, dev SOURCES-D2 #9)
  if (l.dispatch || statesQuantity(l.text)) return false;
  if (l.shortRun) return l.text.length <= 60 && markers().captionEnd.test(l.text);
  const t = l.text;
  if (t.length <= 60 && markers().captionEnd.test(t) && !/[。！？]$/.test(t)) return true;
  if (markers().captionHead.test(t) && t.length <= 60) return true;
  if (l.photo && t.length < 50) return true;
  if (t.length > 40) return false;
  // one clause ending with a full stop, next to an image gap or right under a headline
  const single = /^[^，,。；;！？]+[。]?$/.test(t);
  return single && (gapBefore || gapAfter || afterHead);
}

function htmlCaption(l: Line, gapBefore: boolean, c: Draft | null): boolean {
  if (markers().connective.test(l.text)) return false;
  const midStory = c !== null && c.lines.length > 0 && !c.closed;
  // a caption stands under its image; a short sentence above one is the story's
  return isCaption(l, midStory && gapBefore, false, false);
}

function names(list: string[], more: string[]): void {
  for (const n of more) if (!list.includes(n)) list.push(n);
}

export function splitLines(lines: Line[], hints: SplitHints = {}): ArticleDraft[] {
  // an image gap is more blank lines than the page's usual paragraph spacing
  const spacing = lines.filter((l) => l.kind === 'para').map((l) => l.blank);
  spacing.sort((a, b) => a - b);
  const usual = spacing.length ? spacing[Math.floor(spacing.length / 2)] : 0;
  const isGap = (i: number) => i < lines.length && lines[i].blank >= 2 && lines[i].blank > usual;

  const out: Draft[] = [];
  let cur: Draft | null = null;
  // in a text dump, a story's closing line followed by a blank line, a headline and text: the next story
  const nextStoryAfter = (i: number, c: Draft) =>
    !hints.html && c.lines.length > 0 && run.length === 0 && lines[i + 1]?.kind === 'short' && lines[i + 1].blank >= 1 && lines[i + 2]?.kind === 'para';
  let run: Line[] = [];
  let briefs = false;
  const page = { date: hints.date ?? null, source: hints.source ?? null, authors: [...(hints.authors ?? [])] };

  const start = (title: string | null): Draft => {
    const d: Draft = { title, date: null, source: null, authors: [], lines: [], open: false, closed: false };
    if (out.length === 0) {
      d.date = page.date;
      d.source = page.source;
      d.authors = [...page.authors];
    }
    out.push(d);
    cur = d;
    run = [];
    return d;
  };
  const headTitle = (): string | null => pickTitle(run);
  /**
   * In HTML, short lines between meta lines above the first paragraph of the page's headline story
   * (译：…, a column name) belong to its header block; they start no story of their own.
   */
  const headerOf = (c: Draft): Draft | null => {
    if (!hints.html || !hints.title || out.length !== 1 || c.title !== hints.title || c.lines.length > 0) return null;
    run = [];
    return c;
  };
  /**
   * The first story. With a headline from the HTML (hints.title) the short lines before the first
   * paragraph are the story's own opening lines unless they repeat that headline; without one, they
   * are the headline block (kicker, title, subtitle) or navigation.
   */
  const openFirst = (atParagraph: boolean): Draft => {
    const hint = hints.title;
    if (!hint) return start(headTitle());
    // lines of the headline itself (often broken by <br>) and whatever stands above them go
    let k = -1;
    const flat = hint.replace(/\s+/g, '');
    run.forEach((l, i) => {
      if (sameTitle(l.text, hint) || (l.text.length >= 4 && flat.includes(l.text.replace(/\s+/g, '')))) k = i;
    });
    const body = atParagraph ? run.slice(k + 1).filter((l) => !l.subtitle && l.text.length > 3) : [];
    const d = start(hint);
    d.lines.push(...body.map((l) => l.text));
    return d;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const c = cur as Draft | null;
    switch (l.kind) {
      case 'junk': {
        // a summary lead between the headline and its story keeps the headline
        if (l.summary) break;
        const d = furnitureDate(l);
        if (d && !page.date) page.date = d;
        // a bare date line (08.05.2017 13:16) between the first headline and its story keeps the headline, and so
        // does a furniture line that dates it (首页 > 工作动态 发布时间:2024-01-10, 某区妇联 2025-02-20 【大 中 小】)
        if (!(d && c === null && out.length === 0)) run = [];
        break;
      }
      case 'meta': {
        const meta = l.meta ?? { date: null, source: null, authors: [] };
        // 【编辑:沈佳】 under a story's text, then a blank line, a headline and text: the story ends there and the
        // next begins (a text dump of two stories, one after the other)
        if (c && EDITOR_CREDIT.test(l.text) && nextStoryAfter(i, c)) c.closed = true;
        let target: Draft | null = c;
        if (run.length > 0) target = c ? (headerOf(c) ?? start(headTitle())) : openFirst(false);
        if (target) {
          target.date ??= meta.date;
          target.source ??= meta.source;
          names(target.authors, meta.authors);
        } else {
          page.date ??= meta.date;
          page.source ??= meta.source;
          names(page.authors, meta.authors);
        }
        break;
      }
      case 'byline': {
        const got = bylineNames(l.text) ?? [];
        if (run.length > 0) {
          briefs = false;
          names((c ? (headerOf(c) ?? start(headTitle())) : openFirst(false)).authors, got);
        } else if (c) names(c.authors, got);
        else names(page.authors, got);
        break;
      }
      case 'credit':
        // (吉者): the end of a story; in a brief column it closes the brief, and so it does before a blank line,
        // a headline and text
        if (c) {
          names(c.authors, namesIn(l.text));
          if (briefs || nextStoryAfter(i, c)) c.closed = true;
        }
        run = [];
        break;
      case 'briefs':
        briefs = true;
        if (c) c.closed = true;
        run = [];
        break;
      case 'short': {
        // the paper's name at the top of an e-paper dump (甘肃经济日报): the page's source line
        if (!c && !page.source && i < 5 && PAPER.test(l.text)) {
          page.source = l.text;
          run = [];
          break;
        }
        // a bare name under the headline and meta line: the author (王锁丽)
        if (c && c.lines.length === 0 && run.length === 0 && /^[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3}$/.test(l.text)) {
          names(c.authors, namesIn(l.text));
          break;
        }
        const afterHead = run.length > 0 || (c !== null && c.lines.length === 0);
        // a short line is a caption when it ends with a picture credit or is one sentence with a full stop
        if (isCaption(l, isGap(i), isGap(i + 1), afterHead) && (/。$/.test(l.text) || markers().captionEnd.test(l.text) || markers().captionHead.test(l.text))) break;
        run.push(l);
        break;
      }
      case 'para': {
        // the headline repeated as the first line of the HTML content block
        if (hints.title && out.length <= 1 && (!c || c.lines.length === 0) && sameTitle(l.text, hints.title) && l.text.length <= hints.title.length + 4) break;
        // (…榜上有名。/ 全国巾帼文明岗: / 某医院护理部 / … / 另有12人获…称号。: below a list of short lines inside a
        // story that has begun, a short sentence is the story going on, no caption under a headline)
        const listInStory = c !== null && c.lines.length > 0 && !c.closed && run.length >= 2;
        // (一、妇女培训 / 全年培训农村妇女1.5万人次。: under a numbered section heading a short sentence is the section's text)
        const underSection = run.length > 0 && SECTION_HEAD.test(run[run.length - 1].text);
        const afterHead = !listInStory && !underSection && (run.length > 0 || (c !== null && c.lines.length === 0));
        // in HTML the content block starts below the headline: a short first sentence there, or
        // one after a heading inside the story, is body (the lead), not a caption
        if (hints.html ? htmlCaption(l, isGap(i), c) : isCaption(l, isGap(i), isGap(i + 1), afterHead)) break;
        let d: Draft;
        if (l.dispatch) {
          briefs = false;
          if (c && run.length === 0 && (c.lines.length === 0 || (hints.html && out.length === 1 && c.lines.join('').length < 120))) {
            // the dispatch opens the story under the headline already found; in HTML a short
            // promo or lead-in block before it is not a story of its own; a photo's caption there that
            // states a figure is the story's text (dev SOURCES-D2 #9)
            c.lines = [...c.lines, ...run.map((h) => h.text)].filter((x) => statesQuantity(x) && (markers().captionHead.test(x) || markers().captionEnd.test(x)));
            d = c;
          } else d = c ? start(headTitle()) : openFirst(true);
        } else if (l.photo && l.text.length >= 50 && (isGap(i) || !c || c.closed) && run.length === 0) {
          d = start(null);
          d.closed = true;
        } else if (!c) {
          d = openFirst(true);
        } else if (c.closed) {
          d = start(run.length ? headTitle() : null);
        } else if (!hints.html && c.lines.length > 0 && !c.open && run.length === 1 && briefHead(run[0].text) && (l.dispatch || NEWS_OPEN.test(l.text))) {
          // 互助县妇联开展义诊活动 / 5月18日,…  after a story that has ended: a brief of a page of briefs, under its headline
          // (the page's date is the briefs' date)
          const first = out[0];
          d = start(run[0].text);
          d.date = first.date ?? page.date;
        } else {
          d = c;
          // 基层简讯(2024年第18期) / 发布时间… / 互助县妇联开展义诊活动 / 5月18日,…: under a column's heading, the
          // first brief's own headline
          if (!hints.html && d.lines.length === 0 && run.length === 1 && briefHead(run[0].text) && NEWS_OPEN.test(l.text) && d.title && (markers().briefs.test(foldWidth(d.title)) || ISSUE.test(d.title))) d.title = run[0].text;
          // 海南省妇女联合会 / 来源:… / 关于表彰…的决定 / 琼妇字〔2024〕5号: the body's name above the meta line
          // took the headline's place; the document's title under the meta line is the headline
          if (!hints.html && d.lines.length === 0 && run.length > 0 && d.title && bodyName().test(d.title)) d.title = pickTitle(run.filter((h) => !DOC_NUMBER.test(h.text))) ?? d.title;
          // kickers and mottos between the headline block and the first paragraph are dropped
          if (d.lines.length > 0) for (const h of run) d.lines.push(h.text);
          if (run.length > 0) d.open = false;
          run = [];
        }
        if (l.shortRun) d.shortLines = true;
        // a dump's line cut by a column break goes on in the next line; an HTML block is a paragraph of
        // its own even without a final 。 (self-media posts often end them bare)
        if (d.open && d.lines.length > 0 && !hints.html) d.lines[d.lines.length - 1] += l.text;
        // (a paragraph the crawler stored twice, word for word: one copy is the story's, the other no statement)
        else if (l.text.length < REPEAT_MIN) d.lines.push(l.text);
        else if (!(d.long ??= new Set()).has(l.text)) {
          d.long.add(l.text);
          d.lines.push(l.text);
        }
        d.open = l.open;
        if (l.dispatch) names(d.authors, dispatchNames(l));
        if (l.photo || l.endCredit) names(d.authors, creditNames(l));
        if (briefs && l.endCredit && !l.open) d.closed = true;
        break;
      }
    }
  }
  return out
    .filter((d) => d.lines.length > 0)
    .map((d) => ({ title: d.title, date: d.date, source: d.source, authors: d.authors, url: null, text: d.lines.join('\n'), ...(d.shortLines ? { shortLines: true } : {}) }));
}

/**
 * A crawler record's own fields win over what the page says: its title names the first story, its
 * date, source and url go to every story of the page.
 */
export function applyRecord(articles: ArticleDraft[], record: RecordFields | undefined): void {
  if (!record) return;
  const date = record.date ? (parseDate(record.date) ?? record.date) : null;
  articles.forEach((a, i) => {
    if (i === 0 && record.title && (articles.length === 1 || !a.title || sameTitle(a.title, record.title))) a.title = simplifyPage(record.title);
    if (date) a.date = date;
    if (record.source) a.source = simplifyPage(record.source);
    if (record.url) a.url = record.url;
  });
}

export function findArticles(raw: string, isHtml: boolean, record?: RecordFields): { articles: ArticleDraft[]; warnings: string[] } {
  const warnings: string[] = [];
  let articles: ArticleDraft[];
  let lines: Line[];
  let hints: SplitHints = {};
  let scripts: Scripts;
  let otherHtml: HtmlPage['others'] = [];
  if (isHtml) {
    // furniture labels (來源, 責任編輯, 相關新聞) are matched in simplified script: a traditional
    // page is converted before extraction, its text again after (entities decode to traditional)
    scripts = pageScripts(raw);
    const page = extractHtml(scripts.simplified);
    if (page.layout) {
      // an e-paper layout page: its stories' headlines, no bodies
      warnings.push(`e-paper layout page (版面): ${page.layout.length} headlines listed, no article bodies`);
      const date = page.date;
      const heads: ArticleDraft[] = page.layout.map((t) => ({ title: simplifyPage(t), date, source: null, authors: [], url: null, text: '' }));
      applyRecord(heads, record && { ...record, title: null });
      return { articles: heads, warnings };
    }
    // (a traditional article inside a simplified portal's template: the page as a whole reads as simplified,
    // its text does not; the article keeps its own script for output)
    const own = pageScripts(page.text);
    if (scripts.written === scripts.simplified && own.written !== own.simplified) scripts = own;
    const simplified = own.simplified;
    hints = {
      html: true,
      title: page.title ? simplifyPage(page.title) : null,
      date: page.date,
      source: page.source ? simplifyPage(page.source) : null,
      authors: page.authors.map((a) => simplifyPage(a)),
    };
    lines = classifyLines(simplified, { html: true });
    otherHtml = page.others;
  } else {
    scripts = pageScripts(raw.replace(/\r\n?/g, '\n'));
    lines = classifyLines(scripts.simplified);
    // a text record with a title of its own: its first line repeats it or the body starts at once
    if (record?.title) hints = { title: simplifyPage(record.title) };
  }
  articles = splitLines(lines, hints);
  if (articles.length === 0) articles = bodyOnly(lines, hints);
  // the page's other stories (a second county's brief, a 相关 story in the same frame), each read alone
  // under its own headline, in page order
  for (const o of otherHtml) {
    // (the page was converted to simplified before extraction)
    // (its own date line first, else the page's)
    const own: SplitHints = { html: true, title: o.title };
    const ls = classifyLines(o.text, { html: true });
    const found = splitLines(ls, own);
    const more = found.length ? found : bodyOnly(ls, own);
    for (const a of more) a.date ??= hints.date ?? null;
    articles = o.before ? [...more, ...articles] : [...articles, ...more];
  }
  if (articles.length === 0) warnings.push('no article text found (navigation or empty page)');
  applyRecord(articles, record);
  // a traditional page's articles also keep the page's own script, for output
  if (scripts.written !== scripts.simplified) {
    for (const a of articles) {
      const written = { title: a.title && asWritten(a.title, scripts), text: asWritten(a.text, scripts) };
      if (written.title !== a.title || written.text !== a.text) a.written = written;
    }
  }
  return { articles, warnings };
}

/**
 * Nothing looked like a story (a record of a headline and one sentence, one line without a final
 * 。, a post of two short lines): every text line is body, the first short one its headline.
 */
function bodyOnly(lines: Line[], hints: SplitHints): ArticleDraft[] {
  const text = lines.filter((l) => l.kind === 'short' || l.kind === 'para');
  // only where there is something to report: an error page (页面不存在 返回首页) is no story
  if (text.length === 0 || !text.some((l) => /\d/.test(l.text))) return [];
  let title = hints.title ?? null;
  let body = text;
  if (title) body = text.filter((l) => !sameTitle(l.text, title!));
  else if (text.length >= 2 && text[0].kind === 'short') {
    title = text[0].text;
    body = text.slice(1);
  }
  if (body.length === 0) return [];
  const meta = lines.find((l) => l.meta)?.meta ?? null;
  return [
    {
      title,
      date: hints.date ?? meta?.date ?? null,
      source: hints.source ?? meta?.source ?? null,
      authors: [...(hints.authors ?? [])],
      url: null,
      text: body.map((l) => l.text).join('\n'),
      shortLines: true,
    },
  ];
}
