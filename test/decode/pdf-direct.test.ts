/**
 * The direct PDF reader (src/decode/pdf-direct) against pdf.js: for every
 * PDF it reads, its runs (string, position, width, size) must be pdf.js's to
 * the bit, and the text and pages readPdf makes of them the same; what it
 * does not handle it leaves to pdf.js (null), never half-read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf, readPdfRuns } from '../../src/decode/pdf.js';
import { ROOT } from '../helpers.js';
import { buildPdf, cjkHex, ucs2Hex, type TestPage } from './pdf-builder.js';

const DOCS = path.join(ROOT, 'fixtures', 'docs');
const FIXTURE_PDFS = readdirSync(DOCS).filter((f) => f.endsWith('.pdf')).sort();

/** Both readers' runs of a PDF. */
async function both(bytes: Uint8Array) {
  const [direct, pdfjs] = await Promise.all([readPdfRuns(bytes, 'direct'), readPdfRuns(bytes, 'pdf.js')]);
  return { direct, pdfjs: pdfjs! };
}

const FEATURES: TestPage = {
  fonts: { F1: 'latin', F2: 'cjk', F3: 'song' },
  cropBox: [0, 0, 595, 842],
  content: [
    'BT /F1 12 Tf 72 760 Td (Hello World) Tj',
    // Kerning: -50 joins, -300 (0.3 em) is a space inside the item, -900 starts a new item.
    '[(Kern) -50 (ed) -300 (fake) -900 (split)] TJ',
    '0 -16 Td 2 Tc (spaced) Tj 0 Tc 5 Tw ( word spacing here) Tj 0 Tw',
    '0 -16 Td 150 Tz (wide) Tj 100 Tz 3 Ts (up) Tj 0 Ts',
    `0 -16 Td /F2 10.5 Tf <${cjkHex('广州市技术合同')}> Tj [<${cjkHex('成交额')}> 200 <${cjkHex('亿元')}>] TJ`,
    `/F3 10 Tf <${ucs2Hex('同比增长77%，')}> Tj`,
    `14 TL T* /F1 12 Tf (next line) Tj (quoted) ' 1 0.5 (double quoted) "`,
    '0 -30 TD (TD line) Tj T* (after T*) Tj ET',
    'q 2 0 0 2 0 0 cm BT /F1 6 Tf 36 300 Td (scaled by cm) Tj ET Q',
    'q 0.7071 0.7071 -0.7071 0.7071 300 400 cm BT /F1 40 Tf 0 0 Td (WATERMARK) Tj ET Q',
    '/P <</MCID 0>> BDC BT /F1 12 Tf 72 200 Td (marked) Tj EMC (content) Tj ET',
    'BT /F1 12 Tf 72 180 Td (before the form) Tj',
    '/X1 Do (after the form) Tj ET',
    'BT /F1 12 Tf 700 100 Td (outside the page) Tj ET',
    'BT /F1 12 Tf 1 0 0 1 72 140 Tm (moved by Tm) Tj 10 0 0 10 72 120 Tm /F1 1 Tf (scaled by Tm) Tj ET',
  ].join('\n'),
  form: { content: `BT /F2 10 Tf 10 10 Td <${cjkHex('全年共认定登记')}> Tj ET`, matrix: [1, 0, 0, 1, 100, 50], fonts: { F2: 'cjk' } },
};

const SECOND: TestPage = {
  fonts: { F1: 'latin' },
  mediaBox: [0, 0, 400, 300],
  cropBox: [50, 50, 350, 250],
  content: 'BT /F1 10 Tf 60 200 Td (inside the crop box) Tj 0 -180 Td (below it) Tj ET',
};

describe('the direct reader gives pdf.js runs, to the bit', () => {
  it('fonts, spacing, kerning, scaling, forms, marked content, rotated and clipped text', async () => {
    for (const compress of [false, true]) {
      const { direct, pdfjs } = await both(buildPdf([FEATURES, SECOND], { compress }));
      expect(direct).not.toBeNull();
      expect(direct).toEqual(pdfjs);
      const strs = direct!.flat().map((r) => r.str);
      // Items run on along a line: -50 is kerning, a 0.3 em gap a space, a 0.9 em gap a new item.
      expect(strs.slice(0, 2)).toEqual(['Hello WorldKerned fake', 'split']);
      expect(strs).toContain('广州市技术合同成交额亿元'); // Identity-H with ToUnicode, TJ kerning inside
      expect(strs).toContain('同比增长77%，'); // UniGB-UCS2-H, no ToUnicode
      expect(strs).toContain('全年共认定登记'); // from the form
      expect(strs).toEqual(expect.arrayContaining(['next line', 'quoted', 'double quoted', 'TD line', 'after T*', 'marked', 'content', 'moved by Tm']));
      expect(strs).not.toContain('WATERMARK'); // rotated
      expect(strs).not.toContain('outside the page');
      expect(strs).toContain('inside the crop box');
      expect(strs).not.toContain('below it');
    }
  });

  it('every document fixture, with the same text, pages and warnings from readPdf', async () => {
    expect(FIXTURE_PDFS.length).toBeGreaterThanOrEqual(8);
    for (const name of FIXTURE_PDFS) {
      const bytes = readFileSync(path.join(DOCS, name));
      const { direct, pdfjs } = await both(bytes);
      expect(direct, name).toEqual(pdfjs);
      const fast = await readPdf(bytes);
      const slow = await readPdf(bytes, { engine: 'pdf.js' });
      expect(fast.engine, name).toBe('direct');
      expect(slow.engine).toBe('pdf.js');
      expect({ ...fast, engine: null }, name).toEqual({ ...slow, engine: null });
    }
  });
});

describe('what the direct reader leaves to pdf.js', () => {
  const page = (fonts: TestPage['fonts'], content: string): TestPage => ({ fonts, content });

  it('a standard font without Widths, vertical writing, a missing font, stray operands, an inline image: pdf.js reads them', async () => {
    const cases = [
      page({ F1: 'helvetica' }, 'BT /F1 12 Tf 72 700 Td (Helvetica text 2019) Tj ET'),
      page({ F1: 'vertical' }, `BT /F1 12 Tf 300 700 Td <${cjkHex('广州市')}> Tj ET`),
      page({ F1: 'cjk' }, `BT /F1 12 Tf 72 700 Td <${cjkHex('广州')}> Tj ET BT /F9 12 Tf (missing font) Tj ET`),
      page({ F1: 'latin' }, 'BT /F1 12 Tf 72 700 Td (text) Tj 1 2 3 (surplus operands) Tj ET'),
      page({ F1: 'latin' }, 'BT /F1 12 Tf 72 700 Td (text) Tj 4 unknownop (after) Tj ET'),
      page({ F1: 'latin' }, 'BT /F1 12 Tf 72 700 Td (text) Tj ET BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\x10\x80 EI'),
      page({ F1: 'cjk' }, `BT /F1 12 Tf 72 700 Td <${cjkHex('广州')}00ff> Tj ET`), // a code outside ToUnicode
    ];
    for (const c of cases) {
      const bytes = buildPdf([c]);
      expect(await readPdfRuns(bytes, 'direct'), c.content).toBeNull();
      const text = await readPdf(bytes);
      expect(text.engine).toBe('pdf.js');
    }
    expect((await readPdf(buildPdf([cases[0]!]))).text).toContain('Helvetica text 2019');
  });

  it('encrypted and truncated files, with pdf.js messages', async () => {
    const encrypted = readFileSync(path.join(DOCS, 'bad', 'encrypted.pdf'));
    expect(await readPdfRuns(encrypted, 'direct')).toBeNull();
    await expect(readPdf(encrypted)).rejects.toThrow('encrypted PDF: a password is needed to open it');
    const table = readFileSync(path.join(DOCS, 'table.pdf'));
    const cut = table.subarray(0, Math.floor(table.length * 0.6));
    expect(await readPdfRuns(cut, 'direct')).toBeNull();
    await expect(readPdf(cut)).rejects.toThrow(/corrupt or truncated PDF/);
  });

  it('damaged content: whenever the direct reader answers, it answers as pdf.js does', { timeout: 60_000 }, async () => {
    const base = buildPdf([FEATURES]);
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let answered = 0;
    for (let k = 0; k < 60; k++) {
      const bytes = Buffer.from(base);
      // Change 1–3 bytes of the first content stream (after its dictionary), where the text is.
      const start = bytes.indexOf('stream\n') + 7;
      const end = bytes.indexOf('endstream', start);
      for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) bytes[start + Math.floor(rnd() * (end - start))] = ' ()<>[]/0123456789.-TjJdfBE\\'.charCodeAt(Math.floor(rnd() * 28));
      const direct = await readPdfRuns(bytes, 'direct');
      if (direct === null) continue;
      answered++;
      expect(direct, `mutation ${k}`).toEqual(await readPdfRuns(bytes, 'pdf.js'));
    }
    expect(answered).toBeGreaterThan(20);
  });
});
