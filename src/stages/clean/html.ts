// HTML: find the main content the way GNE / readability / trafilatura do, without site rules.
//   1. parse with cheerio (htmlparser2), drop scripts, forms controls, nav/aside/footer and nodes whose
//      class/id says comment, share, related, breadcrumb, copyright …;
//   2. score every text block by its punctuation (Chinese running text is dense in ，。、), its length
//      and its link density; hand the score to the parent and, halved, to the grandparent;
//   3. take the best container, widen it to its parent when the parent's text is the same story;
//   4. serialise it to lines (block elements, <br>, table rows), images as blank-line gaps, and drop
//      link-list lines inside it.
// Title from <h1>/<h2>/class*=title checked against <title> and og:title; date and source from meta tags
// or the meta line under the headline.
import { createRequire } from 'node:module';
import type { load as Load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { parseDate, parseMeta } from './text.js';

// cheerio is loaded on the first HTML page: a run over text pages never pays for it.
let cheerio: typeof Load | null = null;
const cheerioLoad = (): typeof Load => (cheerio ??= (createRequire(import.meta.url)('cheerio/slim') as { load: typeof Load }).load);

export interface HtmlPage {
  title: string | null;
  date: string | null;
  source: string | null;
  authors: string[];
  /** Main content as lines; image gaps are runs of blank lines. */
  text: string;
}

const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'select', 'option',
  'textarea', 'nav', 'aside', 'footer', 'head', 'object', 'embed', 'video', 'audio', 'map', 'link', 'meta',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'blockquote', 'pre', 'figure', 'figcaption', 'center',
  'address', 'hr', 'form', 'fieldset', 'caption', 'body', 'html',
]);
/** class/id words of furniture (trafilatura's and readability's lists, reduced). */
const NEGATIVE =
  /comment|reply|share|sharing|social|related|relate|recommend|tuijian|xgxw|xiangguan|breadcrumb|crumb|copyright|footer|foot|sidebar|side-bar|aside|banner|advert|\bads?\b|ad-|-ad\b|guanggao|hot|rank|paihang|menu|\bnav|navbar|login|toolbar|pagination|pager|tags?\b|keyword|author-info|qrcode|erweima|subscribe|follow|weixin|modal|popup|dialog|disclaimer|statement|shengming|next|prev|more|list/i;
const POSITIVE = /article|content|main|body|text|post|entry|story|detail|news|zhengwen|neirong|con_|_con|cont\b|txt|rich/i;
/** Matched against single class/id tokens (split at space, - and _). */
const STRONG_NEGATIVE = /^(?:comments?|commentlist|cmt|share|sharebox|bdshare|breadcrumbs?|crumbs?|copyright|footer|foot|sidebar|side|related|relate|recommend|tuijian|xgxw|xiangguan|qrcode|erweima|login|pinglun|disclaimer|shengming|hot|hotnews|rank|ranking|paihang|tags?|keywords?|pagination|pager|toolbar|ad|ads|advert|banner|guanggao|nav|navbar|menu)$/i;

function strongNegative(hint: string): boolean {
  for (const tok of hint.split(/[\s_-]+/)) if (tok && STRONG_NEGATIVE.test(tok)) return true;
  return false;
}

const PUNCT = /[，。、；：！？“”,]/g;

interface Stat {
  /** Characters of text (whitespace collapsed) under the node. */
  len: number;
  /** Characters of text inside <a>. */
  link: number;
  /** Chinese punctuation marks in text outside links. */
  punct: number;
  score: number;
}

function attrHint(el: Element): string {
  const a = el.attribs;
  return `${a.class ?? ''} ${a.id ?? ''}`;
}

function countPunct(s: string): number {
  PUNCT.lastIndex = 0;
  let n = 0;
  while (PUNCT.exec(s)) n++;
  return n;
}

/** Remove markup that never carries article text (scripts, forms controls, hidden nodes). */
function prune(node: AnyNode): void {
  if (!('children' in node)) return;
  const kids = node.children;
  for (let i = kids.length - 1; i >= 0; i--) {
    const k = kids[i];
    if (k.type === 'comment' || k.type === 'directive' || k.type === 'script' || k.type === 'style') {
      kids.splice(i, 1);
      continue;
    }
    if (k.type !== 'tag') continue;
    const el = k as Element;
    const hidden = /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style ?? '') || 'hidden' in el.attribs;
    if (DROP_TAGS.has(el.name.toLowerCase()) || hidden) {
      kids.splice(i, 1);
      continue;
    }
    prune(el);
  }
}

/**
 * Remove blocks whose class/id names furniture (comments, share bars, related lists …) unless they
 * hold most of the page's running text: wrappers such as "js_img_share_area" around a whole story.
 */
function pruneHinted(node: AnyNode, stats: Map<Element, Stat>, total: number): void {
  if (!('children' in node)) return;
  const kids = node.children;
  for (let i = kids.length - 1; i >= 0; i--) {
    const k = kids[i];
    if (k.type !== 'tag') continue;
    const el = k as Element;
    const st = stats.get(el);
    const hint = attrHint(el);
    if (st && BLOCK.has(el.name) && hint.length > 1 && strongNegative(hint) && st.punct < total * 0.4) {
      kids.splice(i, 1);
      continue;
    }
    pruneHinted(el, stats, total);
  }
}

/** Bottom-up statistics and readability-style scores for every element. */
function measure(root: AnyNode, stats: Map<Element, Stat>, textOf: Map<Element, string>): number {
  const visit = (node: AnyNode, inLink: boolean): Stat => {
    if (node.type === 'text') {
      const t = (node as unknown as { data: string }).data.replace(/\s+/g, '');
      return { len: t.length, link: inLink ? t.length : 0, punct: inLink ? 0 : countPunct(t), score: 0 };
    }
    if (!('children' in node)) return { len: 0, link: 0, punct: 0, score: 0 };
    const el = node as Element;
    const isLink = inLink || el.name === 'a';
    const s: Stat = { len: 0, link: 0, punct: 0, score: 0 };
    let own = '';
    for (const k of el.children) {
      const ks = visit(k, isLink);
      s.len += ks.len;
      s.link += ks.link;
      s.punct += ks.punct;
      if (k.type === 'text') own += (k as unknown as { data: string }).data;
      else if (k.type === 'tag' && !BLOCK.has((k as Element).name)) own += inlineText(k);
    }
    if (el.type === 'tag') {
      stats.set(el, s);
      // a paragraph: <p>/<td>/… or a container with its own running text
      own = own.replace(/\s+/g, '');
      if (own.length >= 20 && !isLink) textOf.set(el, own);
    }
    return s;
  };
  return visit(root, false).punct;
}

function inlineText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!('children' in node)) return '';
  let s = '';
  for (const k of (node as Element).children) s += inlineText(k);
  return s;
}

function chooseContent(root: AnyNode): Element | null {
  let stats = new Map<Element, Stat>();
  let paras = new Map<Element, string>();
  const total = measure(root, stats, paras);
  pruneHinted(root, stats, total);
  stats = new Map<Element, Stat>();
  paras = new Map<Element, string>();
  measure(root, stats, paras);
  const score = new Map<Element, number>();
  const add = (el: Element | null, v: number) => {
    if (el && el.type === 'tag') score.set(el, (score.get(el) ?? 0) + v);
  };
  for (const [el, text] of paras) {
    const st = stats.get(el)!;
    const linkDensity = st.len ? st.link / st.len : 0;
    if (linkDensity > 0.5) continue;
    const punct = countPunct(text);
    if (punct === 0 && text.length < 60) continue;
    const v = (1 + punct + Math.min(Math.floor(text.length / 100), 3)) * (1 - linkDensity);
    // a container with its own text counts for itself; a <p> for its parent
    const isP = /^(p|h[1-6]|li|td|pre|blockquote|span|font|strong|b)$/.test(el.name);
    let target: Element | null = isP ? (el.parent as Element | null) : el;
    if (target && target.type === 'tag' && /^(span|font|strong|b|em|a|i|u)$/.test(target.name)) target = target.parent as Element | null;
    add(target, v);
    if (target?.parent) add(target.parent as Element, v / 2);
    if (target?.parent?.parent) add(target.parent.parent as Element, v / 6);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of score) {
    const st = stats.get(el);
    if (!st) continue;
    const ld = st.len ? st.link / st.len : 0;
    const hint = attrHint(el);
    let w = 0;
    if (hint.trim()) {
      if (POSITIVE.test(hint)) w += 0.25;
      if (NEGATIVE.test(hint)) w -= 0.25;
    }
    if (el.name === 'article') w += 0.25;
    const s = raw * (1 - ld) * (1 + w);
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;
  // widen while the parent holds little more than this node (content split into sibling blocks)
  for (;;) {
    const parent = best.parent as Element | null;
    if (!parent || parent.type !== 'tag' || parent.name === 'body' || parent.name === 'html') break;
    const ps = stats.get(parent);
    const bs = stats.get(best);
    if (!ps || !bs) break;
    const extraPunct = ps.punct - bs.punct;
    const extraLen = ps.len - ps.link - (bs.len - bs.link);
    // siblings carrying running text of their own (continuation pages, split bodies)
    if (extraPunct >= Math.max(3, bs.punct * 0.3) && (ps.link / Math.max(ps.len, 1)) < 0.3 && extraLen < bs.len * 1.5) best = parent;
    else break;
  }
  return best;
}

interface OutLine {
  text: string;
  link: number;
}

/** Serialise a subtree to lines; block boundaries and <br> break lines, <img> leaves a gap. */
function toLines(node: AnyNode): OutLine[] {
  const lines: OutLine[] = [];
  let buf = '';
  let link = 0;
  const flush = () => {
    const t = buf.replace(/[ \t\r\n\f\u00a0\u200b]+/g, ' ').trim();
    if (t) lines.push({ text: t, link: Math.min(link, t.length) });
    buf = '';
    link = 0;
  };
  const walk = (n: AnyNode, inLink: boolean, pre: boolean) => {
    if (n.type === 'text') {
      const d = (n as unknown as { data: string }).data;
      if (pre) {
        const parts = d.split('\n');
        parts.forEach((p, i) => {
          if (i > 0) flush();
          buf += p;
          if (inLink) link += p.length;
        });
      } else {
        buf += d;
        if (inLink) link += d.replace(/\s+/g, '').length;
      }
      return;
    }
    if (n.type !== 'tag' && n.type !== 'root') return;
    const el = n as Element;
    const name = n.type === 'tag' ? el.name : '';
    if (name === 'br') {
      flush();
      return;
    }
    if (name === 'img') {
      flush();
      lines.push({ text: '', link: 0 }, { text: '', link: 0 });
      return;
    }
    if (name === 'hr') {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const k of el.children) {
      walk(k, inLink || name === 'a', pre || name === 'pre');
      if (name === 'tr' && k.type === 'tag') buf += ' ';
    }
    if (block || name === 'td' || name === 'th') {
      if (name === 'td' || name === 'th') buf += ' ';
      else flush();
    }
  };
  walk(node, false, false);
  flush();
  return lines;
}

function cleanTitle(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

interface Head {
  docTitle: string;
  meta: Map<string, string>;
  /** h1–h4 and elements whose class/id says title or headline, in document order. */
  headings: Element[];
}

/** One walk over the document for <title>, <meta> and headline candidates (CSS queries walk it each time). */
function collectHead(root: AnyNode): Head {
  const head: Head = { docTitle: '', meta: new Map(), headings: [] };
  const walk = (n: AnyNode, furniture: boolean) => {
    if (n.type !== 'tag' && n.type !== 'root') return;
    const el = n as Element;
    if (n.type === 'tag') {
      const name = el.name;
      // headings inside share bars, related lists … repeat other titles or the page title with its site name
      furniture ||= strongNegative(attrHint(el));
      if (name === 'title' && !head.docTitle) head.docTitle = cleanTitle(inlineText(el));
      else if (name === 'meta') {
        const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase();
        if (key && el.attribs.content && !head.meta.has(key)) head.meta.set(key, el.attribs.content);
      } else if (!furniture && (/^h[1-4]$/.test(name) || /title|headline/i.test(attrHint(el)))) head.headings.push(el);
      if (name === 'script' || name === 'style') return;
    }
    for (const k of el.children) walk(k, furniture);
  };
  walk(root, false);
  return head;
}

function titleOf(head: Head, og: string): string | null {
  const docTitle = head.docTitle;
  const norm = (s: string) => s.replace(/[\s“”"'‘’《》:：,，!！?？·]/g, '');
  const ref = norm(docTitle + ' ' + og);
  let best: string | null = null;
  let bestRank = 0;
  for (const el of head.headings) {
    const t = cleanTitle(inlineText(el));
    if (t.length < 4 || t.length > 80) continue;
    const n = norm(t);
    let rank = 0;
    if (ref.includes(n)) rank += 4 + Math.min(n.length, 60) / 100;
    if (el.name === 'h1') rank += 2;
    else if (el.name === 'h2') rank += 1;
    if (/title|headline/i.test(attrHint(el))) rank += 1;
    if (rank > bestRank && (rank >= 4 || el.name === 'h1')) {
      best = t;
      bestRank = rank;
    }
  }
  if (best && bestRank >= 4) return best;
  return mainPart(og) ?? mainPart(docTitle) ?? best;
}

/** 标题_频道_网站 / 标题 - 网站 / 标题|网站 / 标题-新华网: the longest part. */
function mainPart(t: string): string | null {
  if (!t) return null;
  const parts = t.split(/\s*[_|｜]\s*|\s+[-–—]\s+|-(?=[^-]{1,15}$)/).filter((p) => p.length >= 4);
  parts.sort((a, b) => b.length - a.length);
  return parts[0] ?? null;
}

const DATE_META = ['article:published_time', 'pubdate', 'publishdate', 'datepublished', 'weibo: article:create_at', 'apub:time', 'firstpublishedtime'];

function metaDate(head: Head): string | null {
  for (const key of DATE_META) {
    const v = head.meta.get(key);
    const d = v ? parseDate(v) : null;
    if (d) return d;
  }
  return null;
}

export function extractHtml(html: string): HtmlPage {
  const $ = cheerioLoad()(html, { xml: false });
  // the document root, not <body>: htmlparser2 does not repair misplaced <body>/<html> tags, and
  // real pages put content after a stray </body>
  const body = $.root().get(0) as AnyNode;
  const head = collectHead(body);
  const date0 = metaDate(head);
  const og = cleanTitle(head.meta.get('og:title') ?? head.meta.get('title') ?? '');
  prune(body);
  const title = titleOf(head, og);
  let date = date0;
  let source: string | null = null;
  const authors: string[] = [];
  // the meta line (date, 来源) usually sits between the headline and the content block, often in a
  // share bar that content detection removes: read it first
  {
    const all = toLines(body);
    const key = title ? title.replace(/\s+/g, '').slice(0, 8) : '';
    let seenTitle = !key;
    let n = 0;
    for (const l of all) {
      if (!l.text || l.text.length > 160) continue;
      if (!seenTitle) {
        if (l.text.replace(/\s+/g, '').includes(key)) seenTitle = true;
        continue;
      }
      if (++n > 60) break;
      const m = parseMeta(l.text);
      if (m && (m.date || m.source)) {
        date ??= m.date;
        source ??= m.source;
        for (const a of m.authors) if (!authors.includes(a)) authors.push(a);
        if (date && source) break;
      }
    }
  }
  const content = chooseContent(body);
  let text = '';
  if (content) {
    const lines = toLines(content).filter((l) => {
      if (!l.text) return true;
      const ld = l.link / l.text.length;
      // link lists inside the content block: related stories, tags, "more"
      return !(ld > 0.6 || (ld > 0.3 && !/[。！？]/.test(l.text)));
    });
    text = lines.map((l) => l.text).join('\n');
  }
  return { title, date, source, authors, text };
}
