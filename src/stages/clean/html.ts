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
import { markers } from './markers.js';
import { escapeRegExp, loadList, loadTsv } from '../../dict.js';
import { cleanTitle, docOrder, firstTextAt, headingText, inlineText, kidsOf, norm, type Stat } from './dom.js';
import { headingNamed, leadsBefore, siteTail, underHeadline } from './story.js';
import { unitHead, unitRow, type UnitHead } from './unit-table.js';
import { otherStories, type OtherStory } from './stories.js';

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
  /** An e-paper layout page (版面): the headlines it links to; null on other pages. */
  layout: string[] | null;
  /** The page's other stories (clean/stories.ts), each as lines after its headline, in page order;
   * `before` when it stands above the main story. */
  others: { title: string; text: string; before: boolean }[];
}

/** Marks of an e-paper page: 第01版, 版面导航, 数字报. */
const LAYOUT_MARK = /第\s*[A-Z]?\d{1,3}\s*版|版面导航|版面目录|版面概览/;
const LAYOUT_LINK = /版\s*[:：]|^第\s*[A-Z]?\d{1,3}\s*版|PDF|上一|下一|首页|返回|往期/;

/** Link texts that read as headlines (6–40 characters, Han, not page furniture), in page order. */
function headlineLinks(root: AnyNode): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag' && (n as Element).name === 'a') {
      const t = cleanTitle(inlineText(n));
      if (t.length >= 6 && t.length <= 40 && HAN.test(t) && !LAYOUT_LINK.test(t) && !out.includes(t)) out.push(t);
      continue;
    }
    const kids = kidsOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
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

/** The marks of running text counted by countPunct: ，。、；：！？“”, */
const PUNCT_MARKS = new Set([..."，。、；：！？“”,"].map((c) => c.charCodeAt(0)));

function attrHint(el: Element): string {
  const a = el.attribs;
  return `${a.class ?? ''} ${a.id ?? ''}`;
}

function countPunct(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (every mark is ',' or above U+2000)
    if ((c === 0x2c || c >= 0x2000) && PUNCT_MARKS.has(c)) n++;
  }
  return n;
}

/** Characters of s outside the regular expression class \s (what .replace(/\s+/g, '') would leave). */
function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0xa0) n++;
    else if (!isSpace(c)) n++;
  }
  return n;
}

/** ECMAScript's WhiteSpace and LineTerminator: the class \s. */
function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Han characters (U+3400–U+9FFF, by UTF-16 unit) in s. */
function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const isHidden = (el: Element): boolean => HIDDEN_STYLE.test(el.attribs.style ?? '') || 'hidden' in el.attribs;

/** Han characters of the text under a node outside links, scripts and styles (and hidden blocks). */
function hanText(root: AnyNode, visibleOnly: boolean): number {
  let n = 0;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      n += hanCount((node as unknown as { data: string }).data);
      continue;
    }
    if (node.type === 'script' || node.type === 'style' || node.type === 'comment') continue;
    if (node.type === 'tag' && (node as Element).name === 'a') continue;
    if (visibleOnly && node.type === 'tag' && node !== root && isHidden(node as Element)) continue;
    const kids = kidsOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return n;
}

function hiddenStory(el: Element, visible: number): boolean {
  const n = hanText(el, false);
  return n >= 40 && n > visible;
}

/** Remove markup that never carries article text (scripts, forms controls, hidden nodes). */
function prune(root: AnyNode): void {
  // a hidden block with more text than the whole visible page is revealed by script once the page
  // loads (WeChat's js_content is saved with visibility:hidden): it is the story, not a popup
  const visible = hanText(root, true);
  // explicit stack: pages nest thousands deep, and recursion would overflow
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const kids = kidsOf(node);
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k.type === 'comment' || k.type === 'directive' || k.type === 'script' || k.type === 'style') {
        kids.splice(i, 1);
        continue;
      }
      if (k.type !== 'tag') continue;
      const el = k as Element;
      if (DROP_TAGS.has(el.name.toLowerCase()) || (isHidden(el) && !hiddenStory(el, visible))) {
        kids.splice(i, 1);
        continue;
      }
      stack.push(el);
    }
  }
}

/**
 * Remove blocks whose class/id names furniture (comments, share bars, related lists …) unless they
 * hold most of the page's running text: wrappers such as "js_img_share_area" around a whole story.
 */
function pruneHinted(root: AnyNode, stats: Map<Element, Stat>, total: number): number {
  let removed = 0;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const kids = kidsOf(stack.pop()!);
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k.type !== 'tag') continue;
      const el = k as Element;
      const st = stats.get(el);
      const hint = attrHint(el);
      if (st && BLOCK.has(el.name) && hint.length > 1 && strongNegative(hint) && st.punct < total * 0.4) {
        kids.splice(i, 1);
        removed++;
        continue;
      }
      stack.push(el);
    }
  }
  return removed;
}

/** Elements whose text is one paragraph of the story. */
const PARA_TAG = /^(p|h[1-6]|li|td|pre|blockquote|span|font|strong|b|section)$/;
const HAN = /[\u3400-\u9fff]/;

/** Bottom-up statistics and readability-style scores for every element (post-order, no recursion). */
function measure(root: AnyNode, stats: Map<Element, Stat>, textOf: Map<Element, string>): number {
  interface Frame {
    node: AnyNode;
    inLink: boolean;
    s: Stat;
    own: string[];
    /** All text under the node, built bottom-up (an inline child's text is its parent's own). */
    all: string;
    next: number;
  }
  const top: Stat = { len: 0, link: 0, punct: 0, score: 0 };
  const stack: Frame[] = [{ node: root, inLink: false, s: { len: 0, link: 0, punct: 0, score: 0 }, own: [], all: '', next: 0 }];
  while (stack.length) {
    const f = stack[stack.length - 1];
    const kids = kidsOf(f.node);
    if (f.next < kids.length) {
      const k = kids[f.next++];
      if (k.type === 'text') {
        const raw = (k as unknown as { data: string }).data;
        // (the length without blanks; no mark counted is a blank, so the marks of raw are those of the text)
        const len = nonSpaceLength(raw);
        f.s.len += len;
        if (f.inLink) f.s.link += len;
        else f.s.punct += countPunct(raw);
        f.own.push(raw);
        f.all += raw;
      } else if ('children' in k) {
        const el = k as Element;
        stack.push({ node: k, inLink: f.inLink || el.name === 'a', s: { len: 0, link: 0, punct: 0, score: 0 }, own: [], all: '', next: 0 });
      }
      continue;
    }
    stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.all += f.all;
      if (f.node.type === 'tag' && !BLOCK.has((f.node as Element).name)) parent.own.push(f.all);
    }
    const el = f.node as Element;
    if (f.node.type === 'tag') {
      stats.set(el, f.s);
      // a paragraph: <p>/<td>/… or a container with its own running text; short lines of a
      // post (WeChat-style bodies) count too
      // (the text is built only where it may be kept: outside links, five characters or more)
      let ownLen = 0;
      if (!f.inLink) for (const x of f.own) ownLen += nonSpaceLength(x);
      if (ownLen >= 5) {
        const own = f.own.join('').replace(/\s+/g, '');
        if (own.length >= 20 || (PARA_TAG.test(el.name) && HAN.test(own))) textOf.set(el, own);
      }
    }
    const into = parent ? parent.s : top;
    into.len += f.s.len;
    into.link += f.s.link;
    into.punct += f.s.punct;
  }
  return top.punct;
}

function chooseContent(root: AnyNode, anchor: Element | null = null, order: Map<AnyNode, number> = new Map()): Element | null {
  let stats = new Map<Element, Stat>();
  let paras = new Map<Element, string>();
  const total = measure(root, stats, paras);
  // measured again only when blocks were removed (the statistics of the rest change with them)
  if (pruneHinted(root, stats, total) > 0) {
    stats = new Map<Element, Stat>();
    paras = new Map<Element, string>();
    measure(root, stats, paras);
  }
  const score = new Map<Element, number>();
  const add = (el: Element | null, v: number) => {
    if (el && el.type === 'tag') score.set(el, (score.get(el) ?? 0) + v);
  };
  for (const [el, text] of paras) {
    const st = stats.get(el)!;
    const linkDensity = st.len ? st.link / st.len : 0;
    if (linkDensity > 0.5) continue;
    const punct = countPunct(text);
    // a short line without punctuation counts a little: posts whose body is all short lines
    const short = punct === 0 && text.length < 60;
    if (short && !PARA_TAG.test(el.name)) continue;
    const v = (1 + punct + Math.min(Math.floor(text.length / 100), 3)) * (1 - linkDensity) * (short ? 0.4 : 1);
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
  if (anchor) best = underHeadline(best, anchor, score, stats, order);
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
  /** Under an image, read as its caption. */
  caption?: boolean;
}

let quantityRe: RegExp | null = null;
/** Whether a line states a count with its classifier (3200余人次, 12个, 2860万元): a caption that does is article text. */
export function statesQuantity(t: string): boolean {
  return quantity().test(t);
}

/** A count with its classifier (3200余人次, 12个, 2860万元): units from dictionaries/units.tsv. */
function quantity(): RegExp {
  if (quantityRe) return quantityRe;
  const units = [...new Set(loadTsv('units.tsv').map((r) => r[0]).filter(Boolean))].sort((a, b) => b.length - a.length);
  const esc = units.map(escapeRegExp);
  quantityRe = new RegExp(`\\d[\\d.,]*\\s*[多余]?\\s*[万亿千百]?\\s*(?:${esc.join('|')})`);
  return quantityRe;
}

/**
 * Captions stay out, except those that state a figure: a caption inside the article is article text
 * (the annotators' call on photo captions, dev SOURCES-D2 #9), and a run of icons beside figures is an
 * infographic post (<img>培训农村妇女3200余人次 <img>新建儿童之家12个). One that only shows the scene
 * (学员在培训班上学习插花) says nothing an analyst counts and would lend its places to the region.
 */
function dropCaptions(lines: OutLine[]): OutLine[] {
  // a gallery (图集): when the captions carry the page's sentences and little else does, they are its text
  const sentences = (ls: OutLine[]) => ls.reduce((n, l) => n + (/[。！？]/.test(l.text) ? hanCount(l.text) : 0), 0);
  const captions = lines.filter((l) => l.caption && l.text);
  if (captions.length >= 3 && sentences(lines.filter((l) => !l.caption)) < 100 && sentences(captions) >= 100) {
    return lines.map((l) => ({ text: l.text, link: l.link }));
  }
  const counted = (l: OutLine | undefined) => l !== undefined && l.caption === true && quantity().test(l.text);
  return lines.flatMap((l) => (!l.caption ? [l] : counted(l) ? [{ text: l.text, link: l.link }] : []));
}

/** Serialise a subtree to lines; block boundaries and <br> break lines, <img> leaves a gap. */
function toLines(node: AnyNode): OutLine[] {
  const lines: OutLine[] = [];
  let buf = '';
  let link = 0;
  let bold = 0;
  // the last image, waiting for the line under it: its caption when it repeats the alt text or
  // stands in the image's own block
  let img: { alt: string; sameBlock: boolean; centred: boolean } | null = null;
  // a block whose class names a caption (<p class="pic-caption">, <figcaption>) right under an image
  let captionBlock = false;
  let cellText: Map<Element, string> | null = null;
  const flush = (boundary = false) => {
    const t = buf.replace(/[ \t\r\n\f\u00a0\u200b]+/g, ' ').trim();
    if (t) {
      const caption =
        img !== null &&
        (imageCaption(t, img.alt, img.sameBlock, bold >= t.replace(/\s+/g, '').length * 0.8) || (captionBlock && classedCaption(t)) ||
          (img.sameBlock && img.centred && t.length <= 100) || (t.length <= 160 && (PHOTO_CREDIT.test(t) || /^[▲△↑]/.test(t))));
      lines.push({ text: t, link: Math.min(link, t.length), ...(caption ? { caption: true } : {}) });
      img = null;
      captionBlock = false;
    } else if (boundary) {
      // (an empty caption block, <p class="pgc-img-caption"></p>, captions nothing after it)
      captionBlock = false;
      if (img) img.sameBlock = false;
    }
    buf = '';
    link = 0;
    bold = 0;
  };
  // explicit stack of enter/leave steps: pages nest thousands deep
  type Step = { n: AnyNode; inLink: boolean; pre: boolean; bold?: boolean; leave?: false } | { n: Element; leave: true; parentName: string };
  const stack: Step[] = [{ n: node, inLink: false, pre: false }];
  while (stack.length) {
    const step = stack.pop()!;
    if (step.leave) {
      const name = step.n.type === 'tag' ? step.n.name : '';
      if (BLOCK.has(name) || name === 'td' || name === 'th') {
        if (name === 'td' || name === 'th') buf += ' ';
        else flush(true);
      }
      if (step.parentName === 'tr') buf += ' ';
      continue;
    }
    const { n, inLink, pre } = step;
    if (n.type === 'text') {
      const d = (n as unknown as { data: string }).data;
      if (step.bold) bold += d.replace(/\s+/g, '').length;
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
      continue;
    }
    if (n.type !== 'tag' && n.type !== 'root') continue;
    const el = n as Element;
    const name = n.type === 'tag' ? el.name : '';
    if (name === 'br' || name === 'hr') {
      flush();
      continue;
    }
    // a figure cell of a table with a unit column: its text as a sentence would write it
    if ((name === 'td' || name === 'th') && cellText?.has(el)) {
      buf += cellText.get(el) + ' ';
      continue;
    }
    if (name === 'table') {
      const cells = unitTable(el);
      if (cells) cellText = new Map([...(cellText ?? []), ...cells]);
    }
    if (name === 'img') {
      flush();
      lines.push({ text: '', link: 0 }, { text: '', link: 0 });
      // (<p class="f_center"><img><br>caption</p>: a centred block holds the image and its caption)
      const par = el.parent?.type === 'tag' ? (el.parent as Element) : null;
      const centred = !!par && CENTRED.test(`${attrHint(par)} ${par.attribs.style ?? ''} ${par.attribs.align ?? ''}`);
      img = { alt: el.attribs.alt ?? el.attribs.title ?? '', sameBlock: true, centred };
      continue;
    }
    if (BLOCK.has(name)) {
      flush(true);
      if (img && (name === 'figcaption' || CAPTION_HINT.test(attrHint(el)))) captionBlock = true;
    }
    const parentName = (el.parent as Element | null)?.type === 'tag' ? (el.parent as Element).name : '';
    if (n.type === 'tag') stack.push({ n: el, leave: true, parentName });
    const kids = el.children;
    const inBold = step.bold || /^(?:strong|b|h[1-6])$/.test(name);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i], inLink: inLink || name === 'a', pre: pre || name === 'pre', bold: inBold });
  }
  flush();
  return dropCaptions(lines);
}

/**
 * The text of a block whose class names a caption, right under an image: one short phrase, or a caption of a
 * few sentences (what the photo shows and a figure or two) that ends with the photographer's credit or
 * stays short (4月18日拍摄的…港区。一季度,…同比增长8.5%。新华社记者 江汉 摄).
 */
function classedCaption(t: string): boolean {
  return t.length <= 80 || (t.length <= 160 && /(摄|摄影|供图|图)\s*[)）]?$/.test(t));
}

/** The photographer's or source's credit that ends a caption (新华社记者 江汉 摄, 记者段彦超 图, 小花母亲供图). */
const PHOTO_CREDIT = /(?:(?:记者|通讯员|摄影|新华社|视觉中国|资料)[^。！？!?]{0,16}?\s*(?:摄|摄影|图|资料图)|供图|[（(](?:图片来源|图源|图片|来源)[:：][^)）]{1,20}[)）])\s*[)）]?$/;
/** A block styled to centre its content: an image and its caption. */
const CENTRED = /center|centre/i;

/** class/id words of a picture's caption (pic-caption, img_desc, tuzhu = 图注). */
const CAPTION_HINT = /caption|tuzhu|picnote|pic[-_]?desc|img[-_]?desc|pic[-_]?intro|img[-_]?intro|img[-_]?note/i;

/**
 * 巾帼技能培训 | 人次 | 3000 | 3420 under 项目 | 单位 | 全年目标 | 完成数: the text of each figure cell and of the
 * unit cell of a table with a unit column (clean/unit-table.ts); null for any other table.
 */
function unitTable(table: Element): Map<Element, string> | null {
  const rows: Element[][] = [];
  const stack: AnyNode[] = [...kidsOf(table)].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const e = n as Element;
    if (e.name === 'table') continue;
    if (e.name === 'tr') rows.push(kidsOf(e).filter((k): k is Element => k.type === 'tag' && (k as Element).name === 'td' || k.type === 'tag' && (k as Element).name === 'th') as Element[]);
    else for (let i = kidsOf(e).length - 1; i >= 0; i--) stack.push(kidsOf(e)[i]);
  }
  const text = (c: Element) => inlineText(c).replace(/\s+/g, '');
  let head: UnitHead | null = null;
  let h = 0;
  for (; h < rows.length && !head; h++) head = unitHead(rows[h].map(text));
  if (!head) return null;
  const out = new Map<Element, string>();
  for (const row of rows.slice(h)) {
    const cells = row.map(text);
    const written = unitRow(head, cells);
    if (written) row.forEach((c, k) => written[k] !== cells[k] && out.set(c, written[k]));
  }
  return out.size ? out : null;
}

/** Sentence punctuation before a line's end: a caption is one phrase, not text. */
const INNER_STOP = /[。！？；!?;](?!\s*$)/;

/**
 * The line under an image is its caption when it repeats the image's alt text, or when it stands in
 * the image's own block (<p><img>运营商展示的5G芯片</p>) as one short phrase that is not a bold heading.
 */
function imageCaption(t: string, alt: string, sameBlock: boolean, boldLine: boolean): boolean {
  const a = norm(alt);
  if (a.length >= 4 && norm(t) === a) return true;
  return sameBlock && !boldLine && t.length <= 40 && HAN.test(t) && !INNER_STOP.test(t);
}

interface Head {
  docTitle: string;
  meta: Map<string, string>;
  /** h1–h4 and elements whose class/id says title or headline, in document order. */
  headings: Element[];
}

/** class/id tokens of a headline block (bt = 标题 in pinyin initials). */
const TITLE_HINT = /title|headline|biaoti|^bt$|^tit$|^h1$|articletitle/i;
const HEADING_TAG = /^h[1-6]$/;

function titleHinted(el: Element): boolean {
  for (const tok of attrHint(el).split(/[\s_-]+/)) if (tok && TITLE_HINT.test(tok)) return true;
  return false;
}

/** A block styled as a headline: large or bold type (<div style="font-size:24px;font-weight:bold">). */
function styledHeading(el: Element): boolean {
  const st = el.attribs.style;
  if (!st) return false;
  const px = /font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem)/i.exec(st);
  const size = px ? Number(px[1]) * (px[2] === 'pt' ? 4 / 3 : /em/.test(px[2]) ? 16 : 1) : 0;
  return size >= 18 || /font-weight\s*:\s*(bold|[6-9]00)/i.test(st);
}

/** One walk over the document for <title>, <meta> and headline candidates (CSS queries walk it each time). */
function collectHead(root: AnyNode): Head {
  const head: Head = { docTitle: '', meta: new Map(), headings: [] };
  const stack: { n: AnyNode; furniture: boolean }[] = [{ n: root, furniture: false }];
  while (stack.length) {
    const { n, furniture: inFurniture } = stack.pop()!;
    if (n.type !== 'tag' && n.type !== 'root') continue;
    const el = n as Element;
    let furniture = inFurniture;
    if (n.type === 'tag') {
      const name = el.name;
      // headings inside share bars, related lists … repeat other titles or the page title with its site name
      furniture ||= strongNegative(attrHint(el));
      if (name === 'title' && !head.docTitle) head.docTitle = cleanTitle(inlineText(el));
      else if (name === 'meta') {
        const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase();
        if (key && el.attribs.content && !head.meta.has(key)) head.meta.set(key, el.attribs.content);
      } else if (!furniture && (HEADING_TAG.test(name) || titleHinted(el) || /title|headline/i.test(attrHint(el)) || styledHeading(el))) head.headings.push(el);
      if (name === 'script' || name === 'style' || name === 'title') continue;
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i], furniture });
  }
  return head;
}

function titleOf(head: Head, og: string): { title: string | null; el: Element | null; opens: boolean } {
  const docTitle = head.docTitle;
  const ref = norm(docTitle + ' ' + og);
  // the <title> reads headline first, site name last (标题_频道_网站): a heading it opens with is
  // the headline, one it ends with is the site's logo
  const opening = [docTitle, og].flatMap((x) => [norm(x), norm(x.replace(/^\s*[【\[〔][^】\]〕]{1,12}[】\]〕]\s*/, ''))]).filter(Boolean);
  const firstParts = [docTitle, og].map((x) => norm(x.split(/\s*[_|｜]\s*|\s+[-–—@]\s+|\s*——\s*/)[0] ?? ''));
  let best: string | null = null;
  let bestEl: Element | null = null;
  let bestOpens = false;
  let bestRank = 0;
  for (const el of head.headings) {
    const t = headingText(el);
    if (t.length < 2 || t.length > 80) continue;
    const n = norm(t);
    // a headline of two or three characters (夜雨, a person's name) only as the whole first part of the <title>
    if (n.length < 4 && !firstParts.includes(n)) continue;
    let rank = 0;
    // the on-page headline is the <title> without its site name, SEO prefix or punctuation
    const opens = opening.some((o) => o.startsWith(n));
    if (ref.includes(n)) rank += 4 + Math.min(n.length, 60) / 100 + (opens ? 2 : 0);
    if (el.name === 'h1') rank += 2;
    else if (el.name === 'h2') rank += 1;
    if (titleHinted(el) || /title|headline/i.test(attrHint(el))) rank += 1;
    if (rank > bestRank && (rank >= 4 || el.name === 'h1')) {
      best = t;
      bestEl = el;
      bestOpens = opens;
      bestRank = rank;
    }
  }
  if (best && bestRank >= 4) return { title: best, el: bestEl, opens: bestOpens };
  return { title: mainPart(og) ?? mainPart(docTitle) ?? best, el: null, opens: false };
}

let siteEnds: RegExp | null = null;
/** 第A03版：县域新闻, A3版 要闻: an e-paper's page label names a page of several stories, no story. */
const EPAPER_PAGE = /^(?:第\s*)?[A-Z]?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版(?:[:：\s]|$)/;
/** …or an organisation's or a channel's name (某某县妇女联合会, 工作动态: dictionaries/site-names.txt). */
const SITE_NAME = {
  test(t: string): boolean {
    siteEnds ??= new RegExp(`^[\\u4e00-\\u9fff]{0,10}(?:${loadList('site-names.txt').map(escapeRegExp).join('|')})$`);
    return markers().siteTitle.test(t) || siteEnds.test(t) || EPAPER_PAGE.test(t.trim());
  },
};

/** The last headline candidate above the first text of the content block (h2 over the story, not the logo's h1). */
function headingAbove(head: Head, content: AnyNode, order: Map<AnyNode, number>): string | null {
  const limit = firstTextAt(content, order);
  let found: string | null = null;
  for (const el of head.headings) {
    const at = order.get(el);
    if (at === undefined || at >= limit) continue;
    const t = headingText(el);
    // a subtitle (——…) under the headline is not it
    if (norm(t).length >= 6 && t.length <= 80 && !SITE_NAME.test(t) && !parseMeta(t) && !/^\s*(?:——|—|--|－－)/.test(t)) found = t;
  }
  return found;
}

/** 标题_频道_网站 / 标题 - 网站 / 标题|网站 / 标题——网站 / 【栏目】标题: the longest part, no SEO prefix. */
function mainPart(t: string): string | null {
  if (!t) return null;
  const parts = t
    .split(/\s*[_|｜]\s*|\s+[-–—]\s+|\s*——\s*|-(?=[^-]{0,15}$)/)
    .map((p) => p.replace(/^\s*[【\[〔][^】\]〕]{1,12}[】\]〕]\s*/, '').replace(/[-–—\s]+$/, ''))
    .filter((p) => p.length >= 4);
  // on a Chinese page a part in Han characters is the headline, however long a Latin site name is
  // (Joel on Software - 给计算机系学生的建议)
  const han = (p: string) => p.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const weight = (p: string) => (han(p) >= 4 ? 1000 : 0) + p.length + han(p);
  parts.sort((a, b) => weight(b) - weight(a));
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
  const order = docOrder(body);
  const date0 = metaDate(head);
  const og = cleanTitle(head.meta.get('og:title') ?? head.meta.get('title') ?? '');
  prune(body);
  const headline = titleOf(head, og);
  let title = headline.title;
  let date = date0;
  let source: string | null = null;
  const authors: string[] = [];
  // the meta line (date, 来源) usually sits between the headline and the content block, often in a
  // share bar that content detection removes: read it first
  const before = toLines(body);
  // no heading matched, but the page shows the whole <title> as a line of its own (书记市长这一周 |
  // 奋马扬鞭争春色): that line as written is the headline, its column name included
  if (!headline.el && head.docTitle) {
    const whole = norm(head.docTitle);
    const shown = whole.length >= 6 ? before.find((l) => l.text.length <= 80 && norm(l.text) === whole) : undefined;
    if (shown) title = shown.text;
  }
  const readMeta = (headline: string | null): void => {
    const key = headline ? headline.replace(/\s+/g, '').slice(0, 8) : '';
    let seenTitle = !key;
    let n = 0;
    for (const l of before) {
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
  };
  readMeta(title);
  // (the lines of the whole document: nothing has changed the tree since `before` was read)
  const all = before;
  const layoutMarked = all.some((l) => l.text.length <= 40 && LAYOUT_MARK.test(l.text));
  // no container scores (a fragment of sibling <p> with no wrapper, as crawlers store them): the
  // whole document is the content
  const content = chooseContent(body, headline.el, order) ?? body;
  let text = '';
  if (content) {
    // a <title> that only names the site: the headline is the heading above the story, if any; so
    // when the heading found in the <title> is only its ending (the site's name: a logo, a sidebar
    // box titled 中国地理学会 under 新闻动态--中国地理学会官网)
    if (!title || SITE_NAME.test(title)) title = headingAbove(head, content, order);
    else if (headline.el && !headline.opens && siteTail(head.docTitle, headline.title)) title = headingAbove(head, content, order) ?? title;
    if (title && title !== headline.title && (!date || !source)) readMeta(title);
    const lines = toLines(content).filter((l) => {
      if (!l.text) return true;
      const ld = l.link / l.text.length;
      // link lists inside the content block: related stories, tags, "more"
      return !(ld > 0.6 || (ld > 0.3 && !/[。！？]/.test(l.text)));
    });
    text = [...leadsBefore(content, headline.el ?? headingNamed(title, order), order), ...lines.map((l) => l.text)].join('\n');
  }
  // a layout page lists its stories' headlines as links and holds no story text of its own
  const layout = layoutMarked && text.replace(/\s+/g, '').length < 200 ? headlineLinks(body) : null;
  const anchor = headline.el ?? headingNamed(title, order);
  const others = content && content !== body && anchor ? otherStories(body, anchor, content as Element, order).map((o) => storyText(o, order.get(anchor)! > order.get(o.block)!)) : [];
  return { title, date, source, authors, text, layout: layout && layout.length >= 2 ? layout : null, others };
}

/** Another story's headline and the lines after it, link lists left out as in the main story. */
function storyText(o: OtherStory, before: boolean): { title: string; text: string; before: boolean } {
  const title = headingText(o.heading);
  const lines = toLines(o.block).filter((l) => !l.text || l.link / l.text.length <= 0.3);
  const at = lines.findIndex((l) => norm(l.text) === norm(title));
  return { title, text: lines.slice(at + 1).map((l) => l.text).join('\n'), before };
}
