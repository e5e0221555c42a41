/**
 * A small PDF writer for test documents, the way many Chinese government
 * systems write PDFs (iText's habit): text in the Adobe standard font
 * STSong-Light, not embedded, encoded UniGB-UCS2-H. A reader needs the
 * predefined CMaps to get the text back, and the files stay a few KB.
 *
 *   layoutText(text, options) → pages of positioned lines (simple typesetting:
 *     one source line a paragraph, leading spaces an indent, lines broken at the
 *     right margin, a page-number footer and an optional running header)
 *   writePdf(pages, options)  → the PDF bytes
 */
import { deflateSync } from 'node:zlib';

const isWide = (c) => c.codePointAt(0) > 0x2e7f;
const widthOf = (s, size) => [...s].reduce((w, c) => w + (isWide(c) ? size : size / 2), 0);

/** Footer styles: `- 3 -`, `第 3 页`, `3/12`, `第 3 页 共 12 页`. */
const FOOTERS = {
  dash: (n) => `- ${n} -`,
  cn: (n) => `第 ${n} 页`,
  slash: (n, total) => `${n}/${total}`,
  cnTotal: (n, total) => `第 ${n} 页 共 ${total} 页`,
};

/**
 * Typeset plain text onto pages. Returns pages of `{ x, y, size, text }`
 * (y from the bottom, as PDF has it).
 */
export function layoutText(text, { width = 595, height = 842, size = 10.5, margin = 64, footer = 'dash', header = null } = {}) {
  const pitch = size * 1.6;
  const right = width - margin;
  const top = height - margin;
  const bottom = margin;
  const body = [];
  let page = [];
  let y = top;
  const newPage = () => {
    body.push(page);
    page = [];
    y = top;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      y -= pitch * 0.4;
      continue;
    }
    const indent = /^[ \t\u3000]/.test(raw) ? 2 * size : 0;
    let x0 = margin + indent;
    let line = '';
    const lines = [];
    for (const c of raw.trim()) {
      if (x0 + widthOf(line + c, size) > right) {
        lines.push({ x: x0, text: line });
        line = '';
        x0 = margin;
      }
      line += c;
    }
    if (line) lines.push({ x: x0, text: line });
    for (const l of lines) {
      if (y < bottom) newPage();
      page.push({ x: l.x, y, size, text: l.text });
      y -= pitch;
    }
    y -= pitch * 0.3;
  }
  if (page.length) newPage();
  const total = body.length;
  return body.map((lines, i) => {
    const extra = [];
    const f = FOOTERS[footer](i + 1, total);
    extra.push({ x: (width - widthOf(f, 9)) / 2, y: bottom - 30, size: 9, text: f });
    if (header) extra.push({ x: (width - widthOf(header, 9)) / 2, y: top + 24, size: 9, text: header });
    return [...lines, ...extra];
  });
}

/** `<4E2D6587>`: UCS-2 big-endian hex, what UniGB-UCS2-H reads (characters beyond the BMP are dropped). */
function hex(s) {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0);
    if (cp <= 0xffff) out += cp.toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${out}>`;
}

/** The PDF bytes for pages of positioned lines. */
export function writePdf(pages, { width = 595, height = 842, title = null } = {}) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add(null);
  const pagesObj = add(null);
  const descriptor = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const cidFont = add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500 814 939 500 7712 7716 500] >>`);
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`);
  const kids = [];
  for (const lines of pages) {
    const ops = lines.map((l) => `BT /F1 ${l.size} Tf 1 0 0 1 ${l.x.toFixed(2)} ${l.y.toFixed(2)} Tm ${hex(l.text)} Tj ET`).join('\n');
    const data = deflateSync(Buffer.from(ops, 'latin1'), { level: 9 });
    const content = add(Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')]));
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = title ? add(`<< /Title ${hex('\uFEFF' + title).replace(/^<(.*)>$/, '<$1>')} /Producer (zh-indicators scripts/cid-pdf.mjs) >>`) : null;
  const chunks = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    chunks.push(b);
    offset += b.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  chunks.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/**
 * A page that is only a picture (a scan without a text layer): a grey image
 * with a few dark bars where the lines of text would be.
 */
export function writeScanPdf({ width = 595, height = 842, pixels = [120, 170] } = {}) {
  const [w, h] = pixels;
  const img = Buffer.alloc(w * h, 0xf0);
  for (let y = 20; y < h - 20; y += 8) for (let x = 15; x < w - 15 - ((y * 7) % 40); x++) for (let k = 0; k < 3; k++) img[(y + k) * w + x] = 0x30;
  const data = deflateSync(img, { level: 9 });
  const ops = Buffer.from(`q ${width - 100} 0 0 ${height - 100} 50 50 cm /Im1 Do Q`, 'latin1');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>`,
    Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]),
    Buffer.concat([Buffer.from(`<< /Length ${ops.length} >>\nstream\n`), ops, Buffer.from('\nendstream')]),
  ];
  const chunks = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    chunks.push(b);
    offset += b.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  chunks.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}
