// Other stories of one page: a page of two county briefs, a story followed by a 相关 story in the same
// frame. Each sits in a block shaped like the story's own (same tag and class) with a headline of its
// own and running text; a list of teasers or links is none.
import type { AnyNode, Element } from 'domhandler';
import { contains, HEADING, headingText, inlineText, kidsOf, linkText, norm } from './dom.js';

export interface OtherStory {
  /** The block that holds the story, its headline included. */
  block: Element;
  /** Its headline element. */
  heading: Element;
}

/** Han characters and sentence stops a block needs to be a story (a brief of two sentences). */
const MIN_HAN = 50;
const MIN_STOPS = 2;

/** The lowest element holding both nodes. */
function commonAncestor(a: AnyNode, b: AnyNode): Element | null {
  for (let n: AnyNode | null = a; n; n = n.parent as AnyNode | null) if (n.type === 'tag' && contains(n, b)) return n as Element;
  return null;
}

const signature = (el: Element): string => `${el.name}.${(el.attribs.class ?? '').trim().split(/\s+/).sort().join('.')}`;

/** Still in the tree: pruning splices blocks out of their parent's list and leaves their own links. */
function attached(el: AnyNode, root: AnyNode): boolean {
  for (let n: AnyNode = el; n !== root; n = n.parent as AnyNode) if (!n.parent || !kidsOf(n.parent).includes(n as never)) return false;
  return true;
}

/** The first heading of a block that reads as a headline (not a label such as 相关 or 图片新闻). */
function headlineIn(block: Element): Element | null {
  const stack: AnyNode[] = [block];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag' && HEADING.test((n as Element).name) && norm(headingText(n as Element)).length >= 6) return n as Element;
    const kids = kidsOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return null;
}

/** Running text in the block, links and the headline left out: enough for a story of its own. */
function runningText(block: Element, heading: Element): boolean {
  const text = inlineText(block);
  const all = norm(text);
  const links = norm(linkText(block)).length;
  const own = all.length - links - norm(headingText(heading)).length;
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const stops = text.match(/[。！？]/g)?.length ?? 0;
  return han >= MIN_HAN && stops >= MIN_STOPS && links * 5 < all.length && own >= MIN_HAN;
}

/**
 * The page's other stories, in document order: blocks with the tag and class of the block that holds
 * the story's headline and content (a class is required: bare <div>s are every page's layout).
 */
export function otherStories(root: AnyNode, headline: Element | null, content: Element, order: Map<AnyNode, number>): OtherStory[] {
  if (!headline) return [];
  const story = commonAncestor(headline, content);
  if (!story || story.name === 'body' || story.name === 'html' || !(story.attribs.class ?? '').trim()) return [];
  const sig = signature(story);
  const out: OtherStory[] = [];
  for (const n of order.keys()) {
    if (n.type !== 'tag' || n === story) continue;
    const el = n as Element;
    if (el.name !== story.name || signature(el) !== sig || contains(el, story) || contains(story, el)) continue;
    if (out.some((o) => contains(o.block, el)) || !attached(el, root)) continue;
    const heading = headlineIn(el);
    if (heading && runningText(el, heading)) out.push({ block: el, heading });
  }
  return out;
}
