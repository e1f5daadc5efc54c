import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeInput, declaredCharset } from '../src/stages/decode.js';
import { InputError } from '../src/errors.js';
import type { PageInput } from '../src/doc.js';

const page = (bytes: Uint8Array | Buffer, extra: Partial<PageInput> = {}): PageInput => ({
  id: 'p',
  origin: 'dir/p.txt',
  bytes: new Uint8Array(bytes),
  kind: 'auto',
  ...extra,
});
const seed = fs.readFileSync('fixtures/seeds/003_4d2bbd22625e4a9a.txt', 'utf8');
const sentence = '全县举办农村妇女技能培训班12期，培训妇女1200人次，发放创业贷款3.5亿元。';

describe('decodeInput', () => {
  it.each(['gb18030', 'gbk', 'utf16le', 'utf16be'])('decodes the %s fixtures to the UTF-8 original', (enc) => {
    for (const f of fs.readdirSync('fixtures/encodings').filter((n) => n.endsWith(`.${enc}.txt`))) {
      const original = fs.readFileSync(`fixtures/seeds/${f.split('.')[0]}.txt`, 'utf8');
      const d = decodeInput(page(fs.readFileSync(`fixtures/encodings/${f}`)));
      // GBK lacks NBSP and ©: the fixture script printed spaces for them
      const norm = (s: string) => s.replace(/[^\u4e00-\u9fff0-9]/g, '');
      expect(norm(d.text)).toBe(norm(original));
      expect(d.encoding).toBe(enc.startsWith('gb') ? 'gb18030' : enc === 'utf16le' ? 'utf-16le' : 'utf-16be');
    }
  });

  it('detects Big5 and keeps the traditional characters for later conversion', () => {
    const d = decodeInput(page(fs.readFileSync('fixtures/encodings/001_511957d7e6d4a40f.big5.txt')));
    expect(d.encoding).toBe('big5');
    expect(d.text).toContain('永善婦聯');
  });

  // GB18030 accepts every Big5 byte pair, so a short Big5 line decodes cleanly both ways and only
  // the statistics of common characters (chardet) tell them apart.
  it.each([
    '婦聯舉辦巾幗創業培訓班12期，培訓婦女1,200人次。',
    '全縣爭取救助金67.6萬元，幫扶困難婦女兒童300餘名。',
    '榮獲全國三八紅旗手稱號的有5人。',
  ])('tells a short Big5 line from GB18030: %s', (line) => {
    const bytes = iconv.encode(line, 'big5');
    expect(iconv.decode(bytes, 'gb18030')).not.toContain('\ufffd');
    const d = decodeInput(page(bytes));
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe(line);
  });

  it('honours BOMs', () => {
    const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sentence)]);
    expect(decodeInput(page(u8))).toMatchObject({ text: sentence, encoding: 'utf-8' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sentence, 'utf-16be')]);
    expect(decodeInput(page(be))).toMatchObject({ text: sentence, encoding: 'utf-16be' });
  });

  it('trusts bytes over a wrong declaration, and a right declaration over guessing', () => {
    const html = `<html><head><meta charset="gb2312"><title>t</title></head><body><p>${sentence}</p></body></html>`;
    expect(decodeInput(page(Buffer.from(html))).encoding).toBe('utf-8');
    const gbk = iconv.encode(html, 'gbk');
    const d = decodeInput(page(gbk));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain(sentence);
    expect(d.isHtml).toBe(true);
    const lying = iconv.encode(html.replace('gb2312', 'utf-8'), 'gbk');
    expect(decodeInput(page(lying)).text).toContain(sentence);
  });

  it('reads http-equiv declarations', () => {
    expect(declaredCharset('<meta http-equiv="Content-Type" content="text/html; charset=GBK">')).toBe('gb18030');
    expect(declaredCharset('<meta charset=big5>')).toBe('big5');
    expect(declaredCharset('<p>no meta</p>')).toBeNull();
  });

  it('applies --encoding', () => {
    const bytes = iconv.encode(seed, 'gb18030');
    expect(decodeInput(page(bytes, { encoding: 'GBK' }))).toMatchObject({ text: seed, encoding: 'gb18030' });
    expect(() => decodeInput(page(bytes, { encoding: 'klingon-8' }))).toThrow(/unknown encoding/);
  });

  it('passes JSONL text through and sniffs HTML', () => {
    const d = decodeInput({ id: 'r', origin: 'crawl.jsonl:3', text: '<div><p>正文</p></div>', kind: 'auto' });
    expect(d).toMatchObject({ text: '<div><p>正文</p></div>', isHtml: true });
    expect(decodeInput({ id: 'r', origin: 'a.txt', text: sentence, kind: 'text' }).isHtml).toBe(false);
  });

  it('rejects empty, binary and undecodable input with the file name', () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array(), /empty/],
      [Buffer.from('  \n\n \t'), /empty/],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary/],
      [Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x80))), /not valid in any/],
    ];
    for (const [bytes, reason] of cases) {
      try {
        decodeInput(page(bytes));
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).message).toMatch(/^dir\/p\.txt: /);
        expect((e as InputError).reason).toMatch(reason);
      }
    }
  });
});
