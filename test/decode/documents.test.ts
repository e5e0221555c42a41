/**
 * PDF and Word reading, piece by piece: format sniffing, page lookup, rows →
 * lines (columns, tables), running headers and page numbers, paragraphs and
 * page offsets; then the readers on the committed fixtures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/index.js';
import { pageAt } from '../../src/decode/pages.js';
import { dropFurniture, PAGE_NUMBER_LINE } from '../../src/decode/pdf-furniture.js';
import { pageLines, type Line } from '../../src/decode/pdf-layout.js';
import { buildRows, type Row, type Run } from '../../src/decode/pdf-rows.js';
import { joinPages, leadWidth } from '../../src/decode/pdf-text.js';
import { sniffDocument } from '../../src/decode/sniff.js';
import { readDocument } from '../../src/decode/source.js';
import { docBodyToText } from '../../src/decode/word.js';
import { ROOT } from '../helpers.js';

const DOCS = path.join(ROOT, 'fixtures', 'docs');
const bytes = (name: string) => readFileSync(path.join(DOCS, name));

/** Runs for a line of text at (x, y), one run per character, 10 pt Chinese (digits half width). */
function line(text: string, x: number, y: number, size = 10): Run[] {
  const runs: Run[] = [];
  for (const c of text) {
    const w = c.charCodeAt(0) > 0x2e7f ? size : size / 2;
    runs.push({ str: c, x, y, w, size });
    x += w;
  }
  return runs;
}

describe('sniffDocument: by content, not by name', () => {
  it('knows PDF (also after a prefix), DOCX, DOC, encrypted Office files, and leaves text alone', () => {
    expect(sniffDocument(bytes('table.pdf'))).toBe('pdf');
    expect(sniffDocument(Buffer.concat([Buffer.from('garbage before the header\n'), bytes('seed-003.pdf')]))).toBe('pdf');
    expect(sniffDocument(bytes('table.docx'))).toBe('docx');
    expect(sniffDocument(bytes('table.doc'))).toBe('doc');
    expect(sniffDocument(readFileSync(path.join(ROOT, 'seeds', '000_7c649211ab158f35.txt')))).toBeNull();
    // A ZIP that is not a Word document (no word/document.xml), an OLE2 file that is neither.
    expect(sniffDocument(Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from('xl/workbook.xml')]))).toBeNull();
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(sniffDocument(ole)).toBeNull();
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 600);
    expect(sniffDocument(ole)).toBe('encrypted-office');
  });
});

describe('pageAt', () => {
  it('finds the page holding an offset by binary search', () => {
    const pages = [0, 100, 100, 250];
    expect(pageAt(pages, 0)).toBe(1);
    expect(pageAt(pages, 99)).toBe(1);
    expect(pageAt(pages, 100)).toBe(3); // page 2 is empty: the offset is on page 3
    expect(pageAt(pages, 249)).toBe(3);
    expect(pageAt(pages, 250)).toBe(4);
    expect(pageAt(pages, 10_000)).toBe(4);
    expect(pageAt(undefined, 5)).toBeUndefined();
    expect(pageAt([], 5)).toBeUndefined();
  });
});

describe('rows: spaces from the geometry', () => {
  it('no space between Chinese and digits set apart by the typesetter; a gap of 3 spaces splits a segment', () => {
    const runs = [
      { str: '2022', x: 0, y: 700, w: 20, size: 10 },
      { str: '年全市', x: 22, y: 700, w: 30, size: 10 }, // 0.2 em: autospace
      { str: 'R&D', x: 55, y: 700, w: 15, size: 10 }, // 0.3 em after Chinese: no space
      { str: 'fund', x: 73, y: 700, w: 20, size: 10 }, // 0.3 em between Latin words: a space
      { str: '来源', x: 115, y: 700, w: 20, size: 10 }, // 2.2 em: a new segment
    ];
    const [row] = buildRows(runs);
    expect(row!.segments.map((s) => s.text)).toEqual(['2022年全市R&D fund', '来源']);
  });
});

describe('running headers, footers and page numbers', () => {
  it('page-number lines in their usual forms', () => {
    for (const s of ['- 3 -', '— 12 —', '－3－', '第 3 页', '第3页 共12页', '共12页 第3页', '3/12', '3 / 12', '7', 'Page 3 of 12', 'p. 4']) {
      expect(PAGE_NUMBER_LINE.test(s), s).toBe(true);
    }
    for (const s of ['第3条', '2020年', '3.5万件', '共175家', '一、总体情况']) expect(PAGE_NUMBER_LINE.test(s), s).toBe(false);
  });

  it('drops repeated top and bottom rows and page numbers, keeps the body', () => {
    const page = (n: number, body: string[]) =>
      buildRows([
        ...line('东莞市科学技术局文件', 200, 800),
        ...body.flatMap((t, i) => line(t, 60, 760 - 20 * i - 7 * n)),
        ...line(`- ${n} -`, 280, 40),
      ]);
    const pages = [page(1, ['关于政协提案的答复', '全市专利授权量7.48万件']), page(2, ['第二页正文', '全市专利授权量7.48万件']), page(3, ['第三页正文'])];
    const kept = dropFurniture(pages).map((rows) => rows.map((r) => r.segments.map((s) => s.text).join(' ')));
    expect(kept).toEqual([['关于政协提案的答复', '全市专利授权量7.48万件'], ['第二页正文', '全市专利授权量7.48万件'], ['第三页正文']]);
  });

  it('a single page loses its page number, not its first line', () => {
    const rows = buildRows([...line('2019年技术合同成交额', 60, 760), ...line('第 1 页', 280, 40)]);
    expect(dropFurniture([rows])[0]!.map((r) => r.segments[0]!.text)).toEqual(['2019年技术合同成交额']);
  });
});

describe('page layout', () => {
  const texts = (ls: Line[]) => ls.map((l) => l.text);

  it('two columns are read column by column', () => {
    const runs: Run[] = [...line('二〇二一年统计公报全文如下所述的内容标题行', 60, 800)];
    for (let i = 0; i < 6; i++) {
      runs.push(...line(`左栏第${i}行文字内容很长`, 60, 770 - 16 * i));
      runs.push(...line(`右栏第${i}行文字内容很长`, 230, 770 - 16 * i));
    }
    const out = texts(pageLines(buildRows(runs)));
    expect(out[0]).toBe('二〇二一年统计公报全文如下所述的内容标题行');
    expect(out.slice(1, 7)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `左栏第${i}行文字内容很长`));
    expect(out.slice(7)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `右栏第${i}行文字内容很长`));
  });

  it('a table keeps its rows, with empty cells and wrapped cells joined', () => {
    const runs: Run[] = [...line('表1各区技术合同情况', 60, 800)];
    const cols = [60, 160, 260, 360];
    const rows = [
      ['地区', '合同数(项)', '成交额(亿元)', '同比增长'],
      ['高新区', '9,215', '1,312.46', '21.7'],
      ['合计', '', '2,609.71', '18.4'],
    ];
    // The header row is taller: its last cell wraps onto a second line, 12 pt below (rows are 20 pt apart).
    rows.forEach((r, i) => r.forEach((c, k) => c && runs.push(...line(c, cols[k]!, i === 0 ? 770 : 758 - 20 * i))));
    runs.push(...line('(%)', 360, 758));
    const out = texts(pageLines(buildRows(runs)));
    expect(out).toEqual(['表1各区技术合同情况', '地区 | 合同数(项) | 成交额(亿元) | 同比增长(%)', '高新区 | 9,215 | 1,312.46 | 21.7', '合计 |  | 2,609.71 | 18.4']);
  });
});

describe('pages joined into one text', () => {
  const l = (text: string, o: Partial<Line> = {}): Line => ({ text, table: false, para: false, slack: 0, indent: false, ...o });

  it('a blank line between paragraphs, none inside one or across a page break inside a sentence', () => {
    const { text, pages } = joinPages([
      [l('一、总体情况', { slack: 30 }), l('全年共认定登记技术合同'), l('21074项，成交额1273.36亿元，')],
      [l('同比增长77%。', { slack: 30 }), l('二、下一步', { indent: true })],
      [],
      [l('完')],
    ]);
    expect(text).toBe('一、总体情况\n\n全年共认定登记技术合同\n21074项，成交额1273.36亿元，\n同比增长77%。\n\n二、下一步\n完');
    expect(pages).toEqual([0, text.indexOf('同比增长'), text.indexOf('\n完'), text.indexOf('完')]);
    expect(pageAt(pages, text.indexOf('二、'))).toBe(2);
  });

  it('a short line ends its paragraph only when the next line could have started on it', () => {
    expect(leadWidth('16.9万件')).toBeCloseTo(4 * 0.55);
    expect(leadWidth('贴，2019年')).toBeCloseTo(2);
    const { text } = joinPages([[l('有效专利累计达到', { slack: 3 }), l('16.9万件，同比增长', { slack: 3 }), l('每万人口')]]);
    expect(text).toBe('有效专利累计达到\n16.9万件，同比增长\n\n每万人口');
  });
});

describe('Word 97 text', () => {
  it('table rows (cells end with a cell mark) become a | b rows', () => {
    expect(docBodyToText('标题\n地区\t数量\t\n高新区\t\t9,215\t\n正文\t中的制表符\n')).toBe('标题\n地区 | 数量\n高新区 |  | 9,215\n正文\t中的制表符\n');
  });
});

describe('the readers on the fixtures', () => {
  it('PDF: one offset per page, no page numbers or running header left, the pages in order', async () => {
    const loaded = await readDocument(bytes('running.pdf'), { path: 'running.pdf' });
    const oracle = JSON.parse(readFileSync(path.join(DOCS, 'running.pages.json'), 'utf8')) as { pages: string[] };
    expect(loaded.format).toBe('pdf');
    expect(loaded.pages).toHaveLength(oracle.pages.length);
    expect(loaded.pages![0]).toBe(0);
    expect(loaded.text).not.toContain('东莞市科学技术局文件');
    expect(loaded.text).not.toMatch(/^\s*\d+\s*\/\s*\d+\s*$/m);
    // Each page's text starts at its offset: its first characters are poppler's first characters of that page.
    loaded.pages!.forEach((start, i) => {
      const first = loaded.text.slice(start).replace(/\s+/g, '').slice(0, 6);
      expect(oracle.pages[i]!.replace('东莞市科学技术局文件', '')).toContain(first);
    });
  });

  it('PDF with CMap-encoded text (STSong-Light, not embedded) reads as the seed', async () => {
    const loaded = await readDocument(bytes('seed-003.pdf'));
    const seed = readFileSync(path.join(ROOT, 'seeds', '003_86dd2a44be9655eb.txt'), 'utf8');
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(squeeze(loaded.text)).toBe(squeeze(seed));
  });

  it('DOCX and DOC: the body with its tables, without header or footer', async () => {
    for (const name of ['table.docx', 'table.doc']) {
      const loaded = await readDocument(bytes(name), { path: name });
      expect(loaded.format).toBe(name.endsWith('x') ? 'docx' : 'doc');
      expect(loaded.pages).toBeUndefined();
      expect(loaded.text).toMatch(/^合计 \|\s+\| 20,015 \| 2,609\.71 \| 18\.4$/m);
      expect(loaded.text).not.toMatch(/第\s*\d+\s*页/);
      expect(loaded.text.split('\n').filter((s) => s.trim() === '西安市科学技术局')).toHaveLength(1); // the signature, not the header
    }
  });

  it('extractBytes reads PDF and Word bytes; PDF records carry page', async () => {
    const fromPdf = await extractBytes(bytes('table.pdf'), { file: 'table.pdf' });
    const fromDocx = await extractBytes(bytes('table.docx'), { file: 'table.docx' });
    expect(fromPdf.length).toBeGreaterThan(20);
    expect(fromPdf.map((r) => [r.indicator, r.value])).toEqual(fromDocx.map((r) => [r.indicator, r.value]));
    expect(new Set(fromPdf.map((r) => r.page))).toEqual(new Set([1, 2]));
    expect(fromDocx.every((r) => r.page === undefined)).toBe(true);
    await expect(extractBytes(bytes('bad/encrypted.pdf'))).rejects.toThrow('encrypted PDF');
  });
});
