// DOM helpers shared by content detection and headline finding (domhandler nodes, no recursion:
// pages nest thousands deep).
import type { AnyNode, Element } from 'domhandler';

const HAN = /[\u3400-\u9fff]/;

export interface Stat {
  /** Characters of text (whitespace collapsed) under the node. */
  len: number;
  /** Characters of text inside <a>. */
  link: number;
  /** Chinese punctuation marks in text outside links. */
  punct: number;
  score: number;
}

/** Children of a node, or none. */
export function kidsOf(n: AnyNode): AnyNode[] {
  return 'children' in n ? (n as Element).children : [];
}

export function inlineText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  let s = '';
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') s += (n as unknown as { data: string }).data;
    else {
      const kids = kidsOf(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return s;
}

/** The text of the links under a node. */
export function linkText(node: AnyNode): string {
  let s = '';
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag' && (n as Element).name === 'a') s += inlineText(n);
    else for (const k of kidsOf(n)) stack.push(k);
  }
  return s;
}

export function contains(a: AnyNode, b: AnyNode): boolean {
  for (let n: AnyNode | null = b; n; n = n.parent as AnyNode | null) if (n === a) return true;
  return false;
}

/** The first text node under a node long enough to be a line of text (not a label or date). */
export function firstLongText(node: AnyNode): AnyNode | null {
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text' && (n as unknown as { data: string }).data.replace(/\s+/g, '').length >= 15) return n;
    const kids = kidsOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return null;
}

/** Document position of the first text in a block. */
export function firstTextAt(content: AnyNode, order: Map<AnyNode, number>): number {
  let first: AnyNode | null = null;
  const stack: AnyNode[] = [content];
  while (stack.length && !first) {
    const n = stack.pop()!;
    if (n.type === 'text' && (n as unknown as { data: string }).data.trim()) first = n;
    const kids = kidsOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return order.get(first ?? content) ?? -1;
}

/** Pre-order positions of the nodes, to tell what stands above the content block. */
export function docOrder(root: AnyNode): Map<AnyNode, number> {
  const order = new Map<AnyNode, number>();
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    order.set(n, order.size);
    const kids = kidsOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return order;
}

export function cleanTitle(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Punctuation, quotes, dashes and brackets left out when a heading is compared with <title>. */
export const norm = (s: string) => s.replace(/[\s“”"'‘’《》〈〉:：,，!！?？·|｜_\-–—【】\[\]〔〕()（）]/g, '');

/** A heading's text: a <br> inside Chinese text joins its parts (常务委员会<br>关于…). */
export function headingText(el: Element): string {
  let s = '';
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') s += (n as unknown as { data: string }).data;
    else if (n.type === 'tag' && (n as Element).name === 'br') s += '\u0001';
    else {
      const kids = kidsOf(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  s = s.replace(/\s*\u0001\s*/g, (m, at: number) => (HAN.test(s[at - 1] ?? '') || HAN.test(s[at + m.length] ?? '') ? '' : ' '));
  return cleanTitle(s);
}

export const HEADING = /^h[1-6]$/;
