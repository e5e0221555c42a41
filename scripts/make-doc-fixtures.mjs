#!/usr/bin/env node
/**
 * Builds the document fixtures in fixtures/docs/ from the team's own texts.
 *
 * - Layout fixtures (`columns`, `table`, `running`): each text becomes a Flat
 *   ODT (paragraphs, real tables for `a | b` lines, a running header, a
 *   page-number footer, two columns for `columns`), which LibreOffice
 *   converts to PDF (fonts embedded as subsets), DOCX and DOC.
 * - Seeds (`seed-000`…): PDF written by scripts/cid-pdf.mjs the way many
 *   government systems write them (STSong-Light, not embedded, UniGB-UCS2-H:
 *   the reader needs pdf.js's CMaps), a few KB each; DOCX by LibreOffice.
 *
 * - Bad documents (fixtures/docs/bad/): `encrypted.pdf` (seed-003 with a user
 *   password, by qpdf) and `scanned.pdf` (a page that is only a picture).
 *   Truncated and corrupt files are cut from the good ones by the tests.
 *
 * The outputs are committed; the tests never need LibreOffice.
 *
 *   node scripts/make-doc-fixtures.mjs            # all fixtures
 *   node scripts/make-doc-fixtures.mjs table      # only the named ones
 *
 * Needs `soffice` (apt-get install libreoffice-writer-nogui), a CJK font
 * (fonts-droid-fallback), `qpdf`, and `pdftotext` with poppler-data
 * (poppler-utils poppler-data): poppler reads each page of every PDF into
 * `<name>.pages.json`, an independent record of which text stands on which
 * page that the tests check `page` against.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutText, writePdf, writeScanPdf } from './cid-pdf.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'fixtures/docs');

/**
 * The fixtures. `columns`: the body (from line `from` of the source) in two
 * columns; `footer`: the page-number style; `header`: the running header;
 * `page`: the page size in cm (small pages give several pages, and sentences
 * that run across a page break).
 */
export const FIXTURES = [
  { name: 'columns', src: 'fixtures/unseen/01_chengdu_bulletin.txt', columns: { from: 6 }, footer: 'dash', header: '成都市统计公报', page: [14.8, 21], formats: ['pdf', 'docx', 'doc'] },
  { name: 'table', src: 'fixtures/unseen/05_xian_tables.txt', footer: 'cn', header: '西安市科学技术局', page: [21, 22], formats: ['pdf', 'docx', 'doc'] },
  { name: 'running', src: 'fixtures/holdout/02_dongguan_reply.txt', footer: 'slash', header: '东莞市科学技术局文件', page: [14.8, 18], formats: ['pdf', 'docx', 'doc'] },
  ...[
    ['000_7c649211ab158f35', 'dash', null],
    ['001_4dcee001af0c1ee8', 'cn', null],
    ['002_b9e5a743fcf3a841', 'slash', null],
    ['003_86dd2a44be9655eb', 'cnTotal', null],
    ['004_eeb4bc378c65ce68', 'dash', '沈阳市科学技术局'],
  ].map(([id, footer, header]) => ({ name: `seed-${id.slice(0, 3)}`, src: `seeds/${id}.txt`, footer, header, writer: 'cid', formats: ['pdf', 'docx'] })),
];

const FONT = 'Droid Sans Fallback';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph's text: runs of spaces kept as ODT spaces. */
const para = (style, s) => `<text:p text:style-name="${style}">${esc(s).replace(/ {2,}/g, (m) => `<text:s text:c="${m.length}"/>`)}</text:p>`;

const isRow = (line) => /\S\s*(?:\||\t+)\s*\S/.test(line);
const cells = (line) => line.split(/\s*\|\s*|\t+/).map((c) => c.trim());

const FOOTERS = {
  cnTotal: '第 <text:page-number text:select-page="current"/> 页 共 <text:page-count/> 页',
  dash: '- <text:page-number text:select-page="current"/> -',
  cn: '第 <text:page-number text:select-page="current"/> 页',
  slash: '<text:page-number text:select-page="current"/>/<text:page-count/>',
};

/** The Flat ODT for one fixture. */
export function fodt(text, fx) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const body = [];
  let inColumns = false;
  for (let i = 0; i < lines.length; i++) {
    if (fx.columns && i === fx.columns.from && !inColumns) {
      body.push('<text:section text:name="Cols" text:style-name="Cols">');
      inColumns = true;
    }
    const line = lines[i];
    if (line.trim() === '') continue;
    if (isRow(line)) {
      const rows = [];
      while (i < lines.length && isRow(lines[i])) rows.push(cells(lines[i++]));
      i--;
      const n = Math.max(...rows.map((r) => r.length));
      body.push(`<table:table table:name="T${body.length}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="${n}"/>`);
      for (const r of rows) {
        body.push('<table:table-row>');
        for (let k = 0; k < n; k++) body.push(`<table:table-cell table:style-name="Cell" office:value-type="string">${para('CellText', r[k] ?? '')}</table:table-cell>`);
        body.push('</table:table-row>');
      }
      body.push('</table:table>');
      continue;
    }
    const indented = /^[ \t\u3000]/.test(line);
    body.push(para(indented ? 'Body' : 'Plain', line.trim()));
  }
  if (inColumns) body.push('</text:section>');
  const [w, h] = fx.page ?? [21, 29.7];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'${FONT}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="F" style:font-name-asian="F" style:font-name-complex="F" fo:font-size="10.5pt" style:font-size-asian="10.5pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="21pt" fo:text-align="justify" fo:margin-bottom="4pt" fo:line-height="130%"/></style:style>
<style:style style:name="Plain" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="4pt" fo:line-height="130%"/></style:style>
<style:style style:name="CellText" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="HeaderText" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="FooterText" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Cols" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${(w - 4).toFixed(1)}cm" table:align="margins" fo:margin-top="4pt" fo:margin-bottom="4pt"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="${w}cm" fo:page-height="${h}cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">${fx.header ? `<style:header><text:p text:style-name="HeaderText">${esc(fx.header)}</text:p></style:header>` : ''}<style:footer><text:p text:style-name="FooterText">${FOOTERS[fx.footer]}</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}

/** Per page, the text poppler reads from the PDF (whitespace removed): the oracle for `page`. */
function pagesOf(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const n = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  const pages = [];
  for (let p = 1; p <= n; p++) {
    const t = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    pages.push(t.replace(/\s+/g, ''));
  }
  return pages;
}

function main() {
  const names = process.argv.slice(2);
  const tmp = mkdtempSync(join(tmpdir(), 'doc-fixtures-'));
  try {
    for (const fx of FIXTURES) {
      if (names.length && !names.includes(fx.name)) continue;
      const text = readFileSync(join(root, fx.src), 'utf8');
      const src = join(tmp, `${fx.name}.fodt`);
      writeFileSync(src, fodt(text, fx));
      for (const format of fx.formats) {
        const target = join(outDir, `${fx.name}.${format}`);
        if (format === 'pdf' && fx.writer === 'cid') {
          writeFileSync(target, writePdf(layoutText(text, { footer: fx.footer, header: fx.header })));
        } else {
          execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/profile`, '--convert-to', format === 'doc' ? 'doc:MS Word 97' : format, '--outdir', tmp, src], { stdio: 'ignore' });
          const built = join(tmp, `${fx.name}.${format}`);
          if (format === 'pdf') execFileSync('qpdf', ['--object-streams=generate', '--recompress-flate', '--compression-level=9', built, target]);
          else copyFileSync(built, target);
        }
        if (format === 'pdf') writeFileSync(join(outDir, `${fx.name}.pages.json`), JSON.stringify({ source: fx.src, pages: pagesOf(target) }, null, 1) + '\n');
        console.log(`${target.slice(root.length + 1)}: ${readFileSync(target).length} bytes`);
      }
    }
    if (!names.length || names.includes('bad')) {
      mkdirSync(join(outDir, 'bad'), { recursive: true });
      execFileSync('qpdf', ['--encrypt', 'secret', 'owner-secret', '256', '--', join(outDir, 'seed-003.pdf'), join(outDir, 'bad', 'encrypted.pdf')]);
      writeFileSync(join(outDir, 'bad', 'scanned.pdf'), writeScanPdf());
      console.log('fixtures/docs/bad/encrypted.pdf, fixtures/docs/bad/scanned.pdf');
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
