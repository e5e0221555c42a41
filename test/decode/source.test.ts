import { describe, expect, it } from 'vitest';
import { loadFile, readSource } from '../../src/decode/source.js';
import { FIXTURES, HTML_TEXT, HTML_TITLE, SAMPLE, TRADITIONAL, fixture, utf8 } from './helpers.js';

describe('readSource / loadFile on the fixtures', () => {
  const texts: [file: string, encoding: string, text: string][] = [
    ['sample.utf8.txt', 'utf-8', SAMPLE],
    ['sample.gb18030.txt', 'gb18030', SAMPLE],
    ['sample.gbk.txt', 'gb18030', SAMPLE],
    ['sample.utf16le-bom.txt', 'utf-16le', SAMPLE],
    ['sample.utf16le.txt', 'utf-16le', SAMPLE],
    ['sample.utf16be-bom.txt', 'utf-16be', SAMPLE],
    ['sample.utf8-bom-crlf.txt', 'utf-8', SAMPLE],
    ['sample.big5.txt', 'big5', TRADITIONAL],
  ];
  for (const [file, encoding, text] of texts) {
    it(`${file}: text, encoding, no title`, async () => {
      const loaded = await loadFile(FIXTURES + file);
      expect(loaded).toMatchObject({ text, encoding, title: null, binary: false });
      expect(loaded.warnings.length).toBe(encoding === 'big5' ? 1 : 0);
    });
  }

  it('sample.html: text and <title>', async () => {
    expect(await loadFile(FIXTURES + 'sample.html')).toEqual({
      text: HTML_TEXT,
      encoding: 'utf-8',
      title: HTML_TITLE,
      binary: false,
      warnings: [],
    });
  });

  it('sample.gbk.html: decoded with its declared charset, same text', async () => {
    expect(await loadFile(FIXTURES + 'sample.gbk.html')).toEqual({
      text: HTML_TEXT,
      encoding: 'gbk',
      title: HTML_TITLE,
      binary: false,
      warnings: [],
    });
  });

  it('HTML is recognised by content too (no path, or a .txt path)', () => {
    expect(readSource(fixture('sample.html'))).toMatchObject({ text: HTML_TEXT, title: HTML_TITLE });
    expect(readSource(fixture('sample.gbk.html'), { path: 'page.txt' })).toMatchObject({ text: HTML_TEXT, encoding: 'gbk' });
  });

  it('an explicit encoding beats the declared charset', () => {
    const r = readSource(fixture('sample.gbk.html'), { path: 'p.html', encoding: 'gb18030' });
    expect(r).toMatchObject({ text: HTML_TEXT, encoding: 'gb18030' });
  });

  it('binary.bin: binary, empty text', async () => {
    expect(await loadFile(FIXTURES + 'binary.bin')).toMatchObject({ binary: true, text: '', title: null });
  });

  it('empty.txt: empty text, not binary', async () => {
    expect(await loadFile(FIXTURES + 'empty.txt')).toEqual({ text: '', encoding: 'utf-8', title: null, binary: false, warnings: [] });
  });

  it('an empty .html file is empty text', () => {
    expect(readSource(new Uint8Array(), { path: 'x.html' })).toMatchObject({ text: '', title: null, binary: false });
  });

  it('rejects a missing file with the fs error', async () => {
    await expect(loadFile(FIXTURES + 'no-such-file.txt')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('throws on an unknown encoding', () => {
    expect(() => readSource(utf8('x'), { encoding: 'nope' })).toThrow(/"nope"/);
  });

  it('plain text that merely contains "<" stays untouched', () => {
    const text = '当 a<b 时，成交额<1000亿元。\n';
    expect(readSource(utf8(text), { path: 'x.txt' }).text).toBe(text);
  });
});
