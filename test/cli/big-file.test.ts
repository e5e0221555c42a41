/**
 * Big files read as a stream of pieces (src/cli/big-file.ts): the pieces put
 * together are the text the whole-file decoder gives (any chunk size, any
 * encoding, CRLF, multi-byte characters cut between chunks), the cut rule does
 * not depend on how much text has been read, and through the BUILT program a
 * streamed file gives the records of the same file split into files at those
 * cuts, with lines counted in the whole file.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/decode/decode.js';
import { filePieces, pieceEnd, type Piece } from '../../src/cli/big-file.js';
import { cli, parseNdjson, plainEnv, ROOT, SLOW, tempDir } from './support.js';

const dir = tempDir('extract-big-');
const seeds = readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
/** About 120 KB of documents, each followed by a blank line. */
const TEXT = Array.from({ length: 3 }, () => seeds.map((s) => s.trimEnd() + '\n\n').join('')).join('');

function pieces(file: string, opts: Parameters<typeof filePieces>[1]): { pieces: Piece[]; other: string[] } {
  const out: Piece[] = [];
  const other: string[] = [];
  for (const ev of filePieces(file, opts)) {
    if (ev.kind === 'piece') out.push(ev.piece);
    else other.push(ev.kind === 'warning' ? ev.message : ev.kind);
  }
  return { pieces: out, other };
}

describe('pieces put together are the decoded text', () => {
  const sample = '第一段,技术合同成交额1273.36亿元。\r\n\r\n第二段:専利 €5 𠀋 授权5.5万件。\r\n\u3000\u3000第三段\r\n'.repeat(40);
  const cases: [string, Buffer][] = [
    ['utf-8', Buffer.from(sample, 'utf8')],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')])],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])],
    ['gb18030', Buffer.from(new TextEncoder().encode(''))], // filled below
  ];
  // GB18030 bytes of a text without characters outside GBK's easy range.
  const gbText = '全市技术合同成交额1273.36亿元,同比增长13.8%。\r\n\r\n授权发明专利81项。\r\n'.repeat(60);
  cases[3] = ['gb18030', gb18030(gbText)];

  it.each(cases)('%s, in chunks of 7 bytes and pieces of 100 characters', (_, bytes) => {
    const file = path.join(dir, `enc-${bytes.length}.txt`);
    writeFileSync(file, bytes);
    const whole = decodeBytes(bytes);
    const { pieces: ps, other } = pieces(file, { chunkBytes: 7, pieceChars: 100 });
    expect(other.filter((o) => o !== 'whole')).toEqual([]);
    expect(ps.length).toBeGreaterThan(3);
    expect(ps.map((p) => p.text).join('')).toBe(whole.text);
    // Each piece's line offset is the number of lines before it.
    let lines = 0;
    for (const p of ps) {
      expect(p.lineOffset).toBe(lines);
      lines += p.text.split('\n').length - 1;
    }
  });

  it('says binary for binary data and whole for HTML', () => {
    const bin = path.join(dir, 'bin.dat');
    writeFileSync(bin, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 32)));
    expect(decodeBytes(readFileSync(bin)).binary).toBe(true);
    expect(pieces(bin, {}).other).toEqual(['binary']);
    const html = path.join(dir, 'page.html');
    writeFileSync(html, '<html><body><p>授权专利5.5万件</p></body></html>');
    expect(pieces(html, {}).other).toEqual(['whole']);
  });
});

/** GB18030 bytes through the decoder's inverse: find each character's bytes by decoding candidates (test data only). */
function gb18030(text: string): Buffer {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = dec.decode(Uint8Array.of(a, b));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...table.get(ch)!);
  }
  return Buffer.from(out);
}

describe('the cut rule', () => {
  it('cuts after the first blank line past the piece size', () => {
    const text = 'a'.repeat(10) + '\n\nb' + 'b'.repeat(20) + '\n \nc';
    expect(pieceEnd(text, 6, true)).toBe(12);
    expect(pieceEnd(text, 6, false)).toBe(12);
    // Only a blank line that starts before twice the piece size counts.
    expect(pieceEnd(text, 5, true)).toBe(11);
  });
  it('falls back to a line end, then a 。, then a hard cut, and waits for more text when it cannot decide', () => {
    expect(pieceEnd('aaaaaaaaaaaaa\nbbbbb', 5, false)).toBe(-1);
    expect(pieceEnd('aaaaaaaaaaaaa\nbbbbb', 5, true)).toBe(14);
    expect(pieceEnd('aaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 5, false)).toBe(14);
    expect(pieceEnd('a'.repeat(16) + '。' + 'b'.repeat(40), 5, true)).toBe(17);
    expect(pieceEnd('a'.repeat(60), 5, false)).toBe(20);
    expect(pieceEnd('abc', 5, false)).toBe(-1);
    expect(pieceEnd('abc', 5, true)).toBe(3);
  });
  it('never depends on how much text has been read', () => {
    const piece = fc.constantFrom('a', '技', '\n', '\n\n', ' ', '。', '\u3000', '\n \n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), fc.integer({ min: 1, max: 12 }), fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1 }), (parts, min, steps) => {
        const text = parts.join('');
        // Cuts with all the text at once.
        const expected: number[] = [];
        for (let pos = 0, rest = text; rest.length; ) {
          const c = pieceEnd(rest, min, true);
          expected.push((pos += c));
          rest = rest.slice(c);
        }
        // Cuts while the text arrives a little at a time.
        const got: number[] = [];
        let buf = '';
        let fed = 0;
        let done = 0;
        for (let k = 0; fed < text.length || buf.length; k++) {
          const n = steps[k % steps.length];
          const final = fed + n >= text.length;
          buf += text.slice(fed, fed + n);
          fed = Math.min(text.length, fed + n);
          for (let c = pieceEnd(buf, min, final); c > 0; c = pieceEnd(buf, min, final)) {
            got.push((done += c));
            buf = buf.slice(c);
            if (!buf.length) break;
          }
          if (final && !buf.length) break;
        }
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a big file through the CLI', () => {
  const big = path.join(dir, 'year.txt');
  writeFileSync(big, TEXT);
  // Stream anything over 10 KB, in pieces of 8,000 characters.
  const env = plainEnv({ EXTRACT_STREAM_BYTES: '10000', EXTRACT_PIECE_CHARS: '8000' });

  it('gives the records of the file split at the same paragraph boundaries, lines counted in the whole file', async () => {
    const streamed = await cli(['--ndjson', big], { env });
    expect(streamed.code).toBe(0);
    expect(streamed.stderr).toBe('');
    const recs = parseNdjson(streamed.stdout);
    // Split where the rule cuts, each piece a file of its own.
    const parts = path.join(dir, 'parts');
    mkdirSync(parts);
    const offsets: number[] = [];
    let line = 0;
    for (let rest = TEXT, k = 0; rest.length; k++) {
      const cut = pieceEnd(rest, 8000, true);
      const piece = rest.slice(0, cut);
      writeFileSync(path.join(parts, `p${String(k).padStart(3, '0')}.txt`), piece);
      offsets.push(line);
      line += piece.split('\n').length - 1;
      rest = rest.slice(cut);
    }
    expect(offsets.length).toBeGreaterThan(8);
    const split = await cli(['--ndjson', parts]);
    const expected = parseNdjson(split.stdout).map((r) => {
      const k = Number(/p(\d+)\.txt$/.exec(String(r.file))![1]);
      return { ...r, file: big, line: Number(r.line) + offsets[k] };
    });
    expect(recs).toEqual(expected);
    expect(recs.length).toBeGreaterThan(100);
    // Lines and columns point into the big file.
    const lines = TEXT.split('\n');
    for (const r of recs) expect(lines[Number(r.line) - 1].slice(Number(r.column) - 1)).toMatch(new RegExp(`^${String(r.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }, SLOW);

  it('reads a GB18030 file the same way', async () => {
    const gb = path.join(dir, 'year-gb.txt');
    const text = TEXT.replace(/[^\u0000-\u007f\u4e00-\u9fa5，。、；：？！（）《》“”０-９]/g, ' ');
    writeFileSync(gb, gb18030(text));
    const utf = path.join(dir, 'year-utf8.txt');
    writeFileSync(utf, text);
    const [a, b] = await Promise.all([cli(['--ndjson', gb], { env }), cli(['--ndjson', utf], { env })]);
    expect(a.stderr).toMatch(/guessed gb18030|^$/);
    const strip = (s: string) => parseNdjson(s).map((r) => ({ ...r, file: '' }));
    expect(strip(a.stdout)).toEqual(strip(b.stdout));
    expect(strip(a.stdout).length).toBeGreaterThan(50);
  }, SLOW);
});
