/**
 * A small PDF writer for tests: pages of hand-written content streams with
 * the fonts (and a Form XObject) they name, a classic cross-reference table,
 * streams raw or Flate-compressed. Strings are latin1 (one char per byte).
 */
import { deflateSync } from 'node:zlib';

export interface TestPage {
  content: string;
  /** Resource name → font key of FONTS. */
  fonts?: Record<string, keyof typeof FONTS>;
  /** A Form XObject named /X1: its content, matrix and fonts. */
  form?: { content: string; matrix?: number[]; fonts: Record<string, keyof typeof FONTS> };
  mediaBox?: number[];
  cropBox?: number[];
}

/** A ToUnicode CMap mapping each code (of `bytes` bytes) to its character. */
function toUnicode(map: [number, string][], bytes: number): string {
  const hex = (n: number, w: number) => n.toString(16).padStart(w * 2, '0').toUpperCase();
  const utf16 = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /T def /CMapType 2 def',
    `1 begincodespacerange <${hex(0, bytes)}> <${hex(bytes === 1 ? 0xff : 0xffff, bytes)}> endcodespacerange`,
    `${map.length} beginbfchar`,
    ...map.map(([c, s]) => `<${hex(c, bytes)}> <${utf16(s)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

/** Printable ASCII, the codes of the `latin` font. */
const LATIN = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
/** The CJK characters of the Identity-H test font: code i + 1 is CJK[i]. */
export const CJK = [...'广州市技术合同成交额亿元同比增长全年共认定登记项'];

/** Font objects, each as [font dict, extra objects] with `$n` standing for the n-th extra object's number. */
export const FONTS = {
  /** A simple TrueType font (not embedded) with Widths and a ToUnicode map. */
  latin: {
    dict: `<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths [${Array.from({ length: 95 }, (_, i) => (i === 0 ? 278 : 500 + (i % 7) * 20)).join(' ')}] /FontDescriptor $0 /ToUnicode $1 /Encoding /WinAnsiEncoding >>`,
    extra: ['<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [-665 -325 2000 1006] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>', { stream: toUnicode(LATIN.map((c) => [c.charCodeAt(0), c]), 1) }],
  },
  /** Type0, Identity-H, CIDFontType2 with W and a ToUnicode map (two-byte codes). */
  cjk: {
    dict: '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [$0] /ToUnicode $2 >>',
    extra: [
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor $1 /DW 1000 /W [1 [1000 1000 1000] 4 10 980] /CIDToGIDMap /Identity >>',
      '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 996 855] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 93 >>',
      { stream: toUnicode(CJK.map((c, i) => [i + 1, c]), 2) },
    ],
  },
  /** STSong-Light through UniGB-UCS2-H, not embedded, no ToUnicode (as iText writes it). */
  song: {
    dict: '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [$0] >>',
    extra: [
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor $1 /DW 1000 /W [1 95 500 814 939 500 7712 7716 500] >>',
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    ],
  },
  /** A standard font without Widths: its metrics come from pdf.js's own data. */
  helvetica: { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', extra: [] },
  /** Vertical writing. */
  vertical: {
    dict: '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-V /DescendantFonts [$0] /ToUnicode $2 >>',
    extra: [
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor $1 /DW 1000 /CIDToGIDMap /Identity >>',
      '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 996 855] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 93 >>',
      { stream: toUnicode(CJK.map((c, i) => [i + 1, c]), 2) },
    ],
  },
} satisfies Record<string, { dict: string; extra: (string | { stream: string })[] }>;

/** Two-byte codes (as a hex string) of CJK text in the `cjk` font. */
export function cjkHex(text: string): string {
  return [...text].map((c) => (CJK.indexOf(c) + 1).toString(16).padStart(4, '0')).join('');
}

/** UCS-2 codes (hex) of text in the `song` font. */
export function ucs2Hex(text: string): string {
  return Buffer.from(text, 'utf16le').swap16().toString('hex');
}

export function buildPdf(pages: TestPage[], opts: { compress?: boolean } = {}): Buffer {
  const objs: Buffer[] = [];
  const add = (body: string | Buffer): number => {
    objs.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objs.length;
  };
  const stream = (data: string, dict = ''): Buffer => {
    const raw = Buffer.from(data, 'latin1');
    const bytes = opts.compress ? deflateSync(raw) : raw;
    return Buffer.concat([Buffer.from(`<< ${dict} /Length ${bytes.length}${opts.compress ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
  };
  const fontIds = new Map<string, number>();
  const font = (key: keyof typeof FONTS): number => {
    const hit = fontIds.get(key);
    if (hit) return hit;
    const spec = FONTS[key];
    // Reserve the font's number, then its extra objects; `$n` → the n-th extra's reference.
    const id = add('');
    const extraIds = spec.extra.map(() => add(''));
    const ref = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => `${extraIds[Number(n)]} 0 R`);
    objs[id - 1] = Buffer.from(ref(spec.dict), 'latin1');
    spec.extra.forEach((e, i) => (objs[extraIds[i]! - 1] = typeof e === 'string' ? Buffer.from(ref(e), 'latin1') : stream(e.stream)));
    fontIds.set(key, id);
    return id;
  };
  const fontDict = (fonts: Record<string, keyof typeof FONTS> = {}) => `<< ${Object.entries(fonts).map(([n, k]) => `/${n} ${font(k)} 0 R`).join(' ')} >>`;
  const pagesId = add('');
  const kids = pages.map((p) => {
    const content = add(stream(p.content));
    const xobj = p.form ? ` /XObject << /X1 ${add(stream(p.form.content, `/Type /XObject /Subtype /Form /BBox [0 0 600 800]${p.form.matrix ? ` /Matrix [${p.form.matrix.join(' ')}]` : ''} /Resources << /Font ${fontDict(p.form.fonts)} >>`))} 0 R >>` : '';
    const boxes = `/MediaBox [${(p.mediaBox ?? [0, 0, 595, 842]).join(' ')}]${p.cropBox ? ` /CropBox [${p.cropBox.join(' ')}]` : ''}`;
    return add(`<< /Type /Page /Parent ${pagesId} 0 R ${boxes} /Resources << /Font ${fontDict(p.fonts)}${xobj} >> /Contents ${content} 0 R >>`);
  });
  objs[pagesId - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, 'latin1');
  const catalog = add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let at = parts[0]!.length;
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(at);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    at += obj.length;
  });
  const xref = [`xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
