import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPage, pageChunks, windowBounds } from '../src/batch/task.js';

// No input size fails: a huge article is analysed in windows with the same claims as whole, output
// leaves in pieces of bounded size, and evidence clauses stay short on lines without punctuation.

const texts = ['fixtures/seeds', 'fixtures/dev/docs'].flatMap((d) =>
  fs.readdirSync(d).sort().filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(d, f), 'utf8')),
);

describe('huge articles', () => {
  it('windows cut at line ends and cover the text', () => {
    const text = texts.join('\n');
    const w = windowBounds(text, 3000);
    expect(w.length).toBeGreaterThan(10);
    expect(w[0][0]).toBe(0);
    expect(w[w.length - 1][1]).toBe(text.length);
    for (let i = 1; i < w.length; i++) {
      expect(w[i][0]).toBe(w[i - 1][1]);
      expect(text[w[i][0] - 1]).toBe('\n');
    }
  });

  it('give the same claims in windows as whole (every seed and dev text in one page; articles up to 8,700 characters, windows of 500)', () => {
    // one plain-text page whose body is every fixture text: long lines, headings, many claims (without
    // the texts' related-news headings: below a story such a heading ends the page's text by design)
    const body = texts.map((t) => t.replace(/\n+/g, '\n').replace(/^.{0,4}(?:相关新闻|相关阅读|相关文章|相关报道|延伸阅读).{0,4}$/gm, '')).join('\n');
    const page = { id: 'all', origin: 'all', text: body, kind: 'text' as const };
    const whole = runPage(page, { command: 'extract', format: 'jsonl' });
    const windowed = runPage(page, { command: 'extract', format: 'jsonl', window: 500 });
    expect(whole.error).toBeNull();
    expect(whole.count).toBeGreaterThan(500);
    expect(windowed.count).toBe(whole.count);
    expect(windowed.chunks.join('')).toBe(whole.chunks.join(''));
  }, 120_000);

  it('a dense line of claims without punctuation: short evidence, bounded pieces, batches as it goes', () => {
    const line = '全县培训3万余人次'.repeat(20_000);
    const gen = pageChunks({ id: 'dense', origin: 'dense', text: line + '\n', kind: 'text' }, { command: 'extract', format: 'jsonl' });
    let batches = 0;
    let records = 0;
    for (let r = gen.next(); ; r = gen.next()) {
      if (r.done) {
        expect(r.value.error).toBeNull();
        expect(r.value.count).toBe(records);
        break;
      }
      batches++;
      for (const piece of r.value.chunks) {
        expect(piece.length).toBeLessThan((1 << 18) + 2000);
        for (const l of piece.split('\n').filter(Boolean)) {
          const rec = JSON.parse(l);
          expect(rec.text.length).toBeLessThanOrEqual(200);
          expect(rec.text).toContain(line.slice(rec.span[0], rec.span[1]));
          records++;
        }
      }
    }
    expect(records).toBe(20_000);
    expect(batches).toBeGreaterThan(1);
  }, 120_000);
});
