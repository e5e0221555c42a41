import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/decode/decode.js';
import { htmlToText } from '../../src/decode/html.js';
import { readSource } from '../../src/decode/source.js';

/** FUZZ_RUNS=20000 multiplies the default runs for a longer local soak. */
const scale = (n: number) => Math.max(n, Number(process.env.FUZZ_RUNS ?? 0) || 0);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Any code point (fast-check's `unit: 'binary'` costs ~2.5 s of set-up here, so drawn directly). */
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const anyString = fc.oneof(fc.string({ unit: codePoint, maxLength: 300 }), fc.string({ unit: codeUnit, maxLength: 300 }));
/** Tag soup from the pieces htmlToText treats specially. */
const piece = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<div>', '</div>', '<br>', '<br/>', '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>',
    '<th>', '<script>', '</script>', '<style>', '</style>', '<head>', '</head>', '<title>', '</title>', '<body>',
    '<pre>', '</pre>', '<noscript>', '<template>', '<svg>', '</svg>', '<!--', '-->', '&nbsp;', '&amp;', '&#',
    '&#x1F600;', '&#xD800;', '<', '>', '"', '\r\n', '\n', '　', '亿元', '2019年', '<![CDATA[', ']]>', '<?', '<!doctype html>',
  ),
  fc.string({ maxLength: 20 }),
);
const tagSoup = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

const checkDecoded = (d: ReturnType<typeof decodeBytes>) => {
  expect(typeof d.text).toBe('string');
  expect(d.text).not.toContain('\r');
  if (d.binary) expect(d.text).toBe('');
};

const checkHtml = (r: { text: string; title: string | null }) => {
  expect(r.text).not.toContain('\r');
  expect(r.text).not.toMatch(/\n\n\n/);
  for (const line of r.text.split('\n')) expect(line).toBe(line.replace(/^[ \t]+|[ \t]+$/g, ''));
  if (r.title !== null) expect(r.title).not.toBe('');
};

describe('fuzz: nothing throws', () => {
  it('decodeBytes on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (b) => {
        checkDecoded(decodeBytes(b));
      }),
      { numRuns: scale(500) },
    );
  });

  it('readSource on random bytes, as text and as HTML', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom(undefined, 'a.txt', 'a.html'), (b, path) => {
        const r = readSource(b, { path });
        expect(r.binary ? r.text : '').toBe('');
      }),
      { numRuns: scale(500) },
    );
  });

  it('readSource and decodeBytes on random strings encoded as UTF-8 and UTF-16', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom(undefined, 'x.htm'), (s, path) => {
        checkDecoded(decodeBytes(new TextEncoder().encode(s)));
        checkDecoded(decodeBytes(new Uint8Array(Buffer.from('\uFEFF' + s, 'utf16le'))));
        readSource(new TextEncoder().encode(s), { path });
      }),
      { numRuns: scale(300) },
    );
  });

  it('htmlToText on random strings and tag soup', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, tagSoup), (s) => {
        checkHtml(htmlToText(s));
      }),
      { numRuns: scale(1000) },
    );
  });
});

describe('fuzz: round trips', () => {
  /** Text-like characters: CJK, ASCII printable, full-width, newlines. */
  const textChar = fc.oneof(
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\n', '\r\n', '\r', '\t', '，', '。', '　', '％', '１', '亿元', '𠮷'),
  );
  const text = fc.string({ unit: textChar, maxLength: 400 });
  const norm = (s: string) => s.replace(/\r\n?/g, '\n');

  it('UTF-8 (with and without BOM) and UTF-16 with BOM give back the text, line ends normalised', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeBytes(new TextEncoder().encode(s))).toMatchObject({ text: norm(s), binary: false });
        expect(decodeBytes(new TextEncoder().encode('\uFEFF' + s)).text).toBe(norm(s));
        expect(decodeBytes(new Uint8Array(Buffer.from('\uFEFF' + s, 'utf16le'))).text).toBe(norm(s));
        expect(decodeBytes(new Uint8Array(Buffer.from('\uFEFF' + s, 'utf16le').swap16())).text).toBe(norm(s));
      }),
      { numRuns: scale(300) },
    );
  });
});
