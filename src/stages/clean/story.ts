// The story under its headline: which block is the page's own story when another story's block is
// longer, and the lead that sits in a block of its own between the headline and the story.
import type { AnyNode, Element } from 'domhandler';
import { markers } from './markers.js';
import { cleanTitle, contains, firstLongText, HEADING, headingText, inlineText, kidsOf, linkText, norm, type Stat } from './dom.js';

/** The heading element (h1–h6) that reads as the headline, wherever it stands. */
export function headingNamed(title: string | null, order: Map<AnyNode, number>): Element | null {
  const key = title ? norm(title) : '';
  if (key.length < 4) return null;
  for (const n of order.keys()) if (n.type === 'tag' && HEADING.test((n as Element).name) && norm(headingText(n as Element)) === key) return n as Element;
  return null;
}


/**
 * The story's lead in a block of its own just before the content block (a standfirst, <p class="chapo">
 * 各位好…), below the headline: running text of two sentences or more, not links, not a summary box,
 * not repeated in the body.
 */
export function leadsBefore(content: AnyNode, anchor: Element | null, order: Map<AnyNode, number>): string[] {
  const at = anchor ? order.get(anchor) : undefined;
  if (at === undefined) return [];
  const flat = (x: string) => norm(x).replace(/[。！？；、]/g, '');
  const body = flat(inlineText(content));
  const out: string[] = [];
  // siblings from the parent's list: pruning splices nodes out without relinking prev/next
  const sibs = content.parent ? kidsOf(content.parent) : [];
  for (let i = sibs.indexOf(content) - 1, k = 0; i >= 0 && k < 4; i--) {
    const n = sibs[i];
    if (n.type !== 'tag' && n.type !== 'text') continue;
    if ((order.get(n) ?? -1) <= at || contains(n, anchor!)) break;
    const t = cleanTitle(inlineText(n));
    if (!t) continue;
    k++;
    const stops = t.match(/[。！？]/g)?.length ?? 0;
    const linked = norm(linkText(n)).length;
    if (stops < 2 || linked * 3 > norm(t).length || markers().summaryLabel.test(t) || t.length > 600) continue;
    const sentences = t.split(/(?<=[。！？])/).map(flat).filter((x) => x.length >= 6);
    if (sentences.filter((x) => body.includes(x)).length * 2 >= sentences.length) continue;
    out.unshift(t);
  }
  return out;
}

/**
 * The best block opens under another heading (a teaser's or a recommended story's own headline)
 * while a block of text follows the page's headline with no heading between: that one is the
 * story, even when it is short beside a long teaser or a whole recommended article.
 */
export function underHeadline(best: Element, anchor: Element, score: Map<Element, number>, stats: Map<Element, Stat>, order: Map<AnyNode, number>): Element {
  const at = order.get(anchor);
  if (at === undefined || contains(best, anchor)) return best;
  const key = norm(headingText(anchor));
  const level = HEADING.test(anchor.name) ? Number(anchor.name[1]) : 1;
  // another story's headline: a heading of the headline's rank or above, or one that is a link (a
  // teaser's title); a story's own section headings (h2 under an h1, not linked) are not
  const headings: number[] = [];
  for (const [n, i] of order) {
    if (i <= at || n.type !== 'tag' || !HEADING.test((n as Element).name) || contains(anchor, n)) continue;
    const el = n as Element;
    const t = norm(headingText(el));
    if (t.length < 4 || t === key) continue;
    if (Number(el.name[1]) <= level || norm(linkText(el)).length * 2 >= t.length) headings.push(i);
  }
  const opensAt = (el: Element): number => order.get(firstLongText(el) ?? el) ?? order.get(el) ?? -1;
  const headed = (el: Element): boolean => {
    const start = opensAt(el);
    return start > at && headings.some((h) => h > at && h < start);
  };
  if (!headed(best)) return best;
  let near: Element | null = null;
  let nearScore = 0;
  for (const [el, v] of score) {
    const st = stats.get(el);
    const start = opensAt(el);
    if (!st || st.punct < 3 || start <= at || headed(el) || contains(el, best) || contains(best, el)) continue;
    const ld = st.len ? st.link / st.len : 0;
    if (v * (1 - ld) > nearScore) {
      near = el;
      nearScore = v * (1 - ld);
    }
  }
  return near && nearScore >= (score.get(best) ?? 0) * 0.15 ? near : best;
}

/** The heading is (part of) the <title>'s last part, the site's name: 新闻动态--中国地理学会官网. */
export function siteTail(docTitle: string, heading: string | null): boolean {
  const parts = docTitle.split(/\s*[_|｜]\s*|\s+[-–—@]\s+|\s*——\s*|-{1,2}|::/).map(norm).filter(Boolean);
  const h = heading ? norm(heading) : '';
  return parts.length >= 2 && h.length > 0 && parts[parts.length - 1].includes(h);
}
