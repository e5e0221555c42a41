/**
 * PDF, DOCX and DOC through the BUILT CLI: every document fixture gives the
 * records its plain text gives; PDF records carry the page poppler puts the
 * figure on; the seeds as PDF and DOCX pass `extract check`; bad documents
 * get one line and exit 2 while the other files are still read. The
 * fixtures come from scripts/make-doc-fixtures.mjs (committed binaries).
 */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SLOW, STACK_FRAME, cli, shared, tempDir } from './support.js';

const DOCS = path.join(ROOT, 'fixtures', 'docs');
const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/');

interface Fixture {
  name: string;
  source: string;
  /** Per page, poppler's text of the PDF with whitespace removed. */
  pages: string[];
  files: string[];
}

const FIXTURES: Fixture[] = readdirSync(DOCS)
  .filter((f) => f.endsWith('.pages.json'))
  .sort()
  .map((f) => {
    const name = f.slice(0, -'.pages.json'.length);
    const { source, pages } = JSON.parse(readFileSync(path.join(DOCS, f), 'utf8')) as { source: string; pages: string[] };
    const files = ['pdf', 'docx', 'doc'].map((ext) => `fixtures/docs/${name}.${ext}`).filter((p) => readdirSync(DOCS).includes(path.basename(p)));
    return { name, source, pages, files };
  });

type Rec = Record<string, unknown> & { file: string; text: string; sentence: string; page?: number };

/** Records grouped by file, from one CLI run over many files. */
async function recordsOf(files: string[]): Promise<Map<string, Rec[]>> {
  const r = await shared(['--format', 'json', ...files]);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.code).toBe(0);
  const out = new Map<string, Rec[]>(files.map((f) => [f, []]));
  for (const rec of JSON.parse(r.stdout) as Rec[]) out.get(rec.file)!.push(rec);
  return out;
}

const ALL_DOCS = FIXTURES.flatMap((f) => f.files);
const ALL_SOURCES = [...new Set(FIXTURES.map((f) => f.source))];

/** What must agree between a document and its text: the figure, not its position. */
const key = (r: Rec) => JSON.stringify([r.indicator, r.value, r.valueMax, r.unit, r.year, r.qualifier, r.status, r.period, r.docTitle, r.docNumber, r.docIssuer, r.docDate]);
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('documents give the records of their text', () => {
  it('the fixtures cover PDF, DOCX and DOC, columns, tables and running headers', () => {
    expect(FIXTURES.map((f) => f.name)).toEqual(expect.arrayContaining(['columns', 'table', 'running', 'seed-000', 'seed-004']));
    for (const n of ['columns', 'table', 'running']) expect(FIXTURES.find((f) => f.name === n)!.files).toHaveLength(3);
    for (const f of FIXTURES) expect(f.pages.length, f.name).toBeGreaterThan(0);
    expect(FIXTURES.filter((f) => f.pages.length > 1).length).toBeGreaterThanOrEqual(6);
  });

  for (const fx of FIXTURES) {
    for (const file of fx.files) {
      it(`${file} = ${fx.source}`, { timeout: SLOW }, async () => {
        const [docs, texts] = await Promise.all([recordsOf(ALL_DOCS), recordsOf(ALL_SOURCES)]);
        const want = texts.get(fx.source)!.map(key).sort();
        const got = docs.get(file)!.map(key).sort();
        expect(want.length).toBeGreaterThan(3);
        expect(got).toEqual(want);
        // Only PDF records have pages; Word documents have none to give.
        for (const r of docs.get(file)!) expect((r.page !== undefined && r.page !== null)).toBe(file.endsWith('.pdf'));
      });
    }
  }
});

/**
 * The page poppler shows a record's figure on: the figure with up to 8
 * characters of its sentence before it, found on exactly one page; near a
 * page break, where that context is on the page before, the figure alone.
 */
function oraclePage(fx: Fixture, r: Rec): number | null {
  const sentence = squeeze(r.sentence);
  const figure = squeeze(r.text);
  const at = sentence.indexOf(figure);
  for (const ctx of [8, 4, 0]) {
    const probe = (at >= 0 ? sentence.slice(Math.max(0, at - ctx), at) : '') + figure;
    const hits = fx.pages.map((p, i) => (p.includes(probe) ? i + 1 : 0)).filter(Boolean);
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1 && ctx > 0) continue;
    if (hits.length > 1) return null;
  }
  // The figure itself broken by the page break: the page its first characters stand on.
  const head = (at >= 0 ? sentence.slice(Math.max(0, at - 8), at) : '') + figure.slice(0, 1);
  const hits = fx.pages.map((p, i) => (p.includes(head) ? i + 1 : 0)).filter(Boolean);
  return hits.length === 1 ? hits[0]! : null;
}

describe('PDF records carry their page', () => {
  for (const fx of FIXTURES.filter((f) => f.files.some((p) => p.endsWith('.pdf')))) {
    it(`${fx.name}.pdf: every record's page is where poppler shows the figure`, { timeout: SLOW }, async () => {
      const recs = (await recordsOf(ALL_DOCS)).get(`fixtures/docs/${fx.name}.pdf`)!;
      const checked = recs.map((r) => ({ text: r.text, page: r.page, oracle: oraclePage(fx, r) }));
      const located = checked.filter((c) => c.oracle !== null);
      // Repeated table cells (the same number in two rows) may be ambiguous; the rest are not.
      expect(located.length).toBeGreaterThanOrEqual(Math.ceil(recs.length * 0.8));
      for (const c of located) expect(c.page, c.text).toBe(c.oracle);
    });
  }

  it('records stand on several pages, and some sentence with a figure runs across a page break', { timeout: SLOW }, async () => {
    const docs = await recordsOf(ALL_DOCS);
    let multiPage = 0;
    let across = 0;
    for (const fx of FIXTURES) {
      const recs = docs.get(`fixtures/docs/${fx.name}.pdf`) ?? [];
      if (new Set(recs.map((r) => r.page)).size > 1) multiPage++;
      for (const r of recs) {
        const s = squeeze(r.sentence);
        if (!s.includes('…') && s.length > 12 && !fx.pages.some((p) => p.includes(s))) across++;
      }
    }
    expect(multiPage).toBeGreaterThanOrEqual(4);
    expect(across).toBeGreaterThanOrEqual(2);
  });

  it('--format table shows the page with the position', { timeout: SLOW }, async () => {
    const r = await cli(['fixtures/docs/table.pdf', 'seeds/000_7c649211ab158f35.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Page Line:Col');
    expect(r.stdout).toMatch(/table\.pdf .*│ +p\.2 \d+:\d+ │/);
    expect(r.stdout).toMatch(/000_7c649211ab158f35\.txt .*│ +\d+:\d+ │/);
    const plain = await cli(['seeds/000_7c649211ab158f35.txt']);
    expect(plain.stdout).not.toContain('Page');
  });
});

describe('the seeds as PDF and DOCX pass their expectations', () => {
  it('extract check with the seed YAMLs pointed at the converted files', { timeout: SLOW }, async () => {
    const dir = tempDir();
    const yamls: string[] = [];
    for (const f of readdirSync(path.join(ROOT, 'fixtures', 'seeds')).filter((n) => n.endsWith('.expected.yaml')).sort()) {
      const id = f.slice(0, -'.expected.yaml'.length);
      const text = readFileSync(path.join(ROOT, 'fixtures', 'seeds', f), 'utf8');
      for (const ext of ['pdf', 'docx']) {
        const doc = path.join(DOCS, `seed-${id.slice(0, 3)}.${ext}`);
        // Lines are positions in the .txt; the figures, years, qualifiers, statuses and metadata must hold.
        const moved = text.replace(`file: ../../seeds/${id}.txt`, `file: ${doc}`).replace(/,\s*line:\s*\d+/g, '');
        expect(moved).not.toContain(`${id}.txt`);
        expect(moved).not.toMatch(/\bline:/);
        const out = path.join(dir, `${id}.${ext}.yaml`);
        writeFileSync(out, moved);
        yamls.push(out);
      }
    }
    expect(yamls).toHaveLength(10);
    const r = await cli(['check', ...yamls]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/check: 98 figures, 98 passed, 0 failed \(10 files\)/);
    expect(r.code).toBe(0);
  });
});

describe('bad documents: one line, exit 2, the other files still read', () => {
  const cut = (from: string, frac: number, to: string) => {
    const b = readFileSync(path.join(DOCS, from));
    writeFileSync(to, b.subarray(0, Math.floor(b.length * frac)));
    return to;
  };
  const dir = tempDir('extract-bad-');
  const cases: [what: string, file: () => string, message: RegExp][] = [
    ['encrypted PDF', () => rel(path.join(DOCS, 'bad', 'encrypted.pdf')), /: encrypted PDF: a password is needed to open it$/],
    ['scanned PDF', () => rel(path.join(DOCS, 'bad', 'scanned.pdf')), /: no text layer: OCR is not supported \(a scanned PDF\?\)$/],
    ['truncated PDF', () => cut('table.pdf', 0.6, path.join(dir, 'truncated.pdf')), /truncated\.pdf: corrupt or truncated PDF \(.+\)$/],
    ['corrupt PDF', () => (writeFileSync(path.join(dir, 'corrupt.pdf'), Buffer.from('%PDF-1.7\n\x01\x02\xff\xfe not a pdf at all', 'latin1')), path.join(dir, 'corrupt.pdf')), /corrupt\.pdf: corrupt or truncated PDF \(.+\)$/],
    ['a .pdf without a PDF header', () => (writeFileSync(path.join(dir, 'junk.pdf'), Buffer.from([0, 1, 2, 3, 0xff, 0, 0, 9, 0, 0x80, 0, 0])), path.join(dir, 'junk.pdf')), /junk\.pdf: corrupt PDF: no %PDF- header$/],
    ['truncated DOCX', () => cut('table.docx', 0.5, path.join(dir, 'truncated.docx')), /truncated\.docx: corrupt or truncated DOCX \(.+\)$/],
    ['truncated DOC', () => cut('table.doc', 0.3, path.join(dir, 'truncated.doc')), /truncated\.doc: corrupt or truncated Word document \(.+\)$/],
    ['empty .pdf', () => (writeFileSync(path.join(dir, 'empty.pdf'), ''), path.join(dir, 'empty.pdf')), /empty\.pdf: empty file: not a PDF$/],
  ];
  for (const [what, make, message] of cases) {
    it(what, { timeout: SLOW }, async () => {
      const bad = make();
      const r = await cli(['--format', 'ndjson', 'fixtures/docs/seed-003.docx', bad, 'fixtures/docs/running.pdf']);
      expect(r.code).toBe(2);
      const errors = r.stderr.split('\n').filter((l) => l !== '');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^extract: /);
      expect(errors[0]).toContain(bad);
      expect(errors[0]).toMatch(message);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      const files = new Set(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Rec).file));
      expect([...files].sort()).toEqual(['fixtures/docs/running.pdf', 'fixtures/docs/seed-003.docx']);
    });
  }
});

describe('the kind of document is read from its content', () => {
  it('a PDF named .txt, a DOCX without extension and a DOC named .bin are read as what they are', { timeout: SLOW }, async () => {
    const dir = tempDir();
    copyFileSync(path.join(DOCS, 'table.pdf'), path.join(dir, 'report.txt'));
    copyFileSync(path.join(DOCS, 'table.docx'), path.join(dir, 'download'));
    copyFileSync(path.join(DOCS, 'table.doc'), path.join(dir, 'attachment.bin'));
    const r = await cli(['--format', 'json', 'report.txt', 'download', 'attachment.bin', path.join(ROOT, 'fixtures/unseen/05_xian_tables.txt')], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const recs = JSON.parse(r.stdout) as Rec[];
    const by = (f: string) => recs.filter((x) => x.file === f || x.file.endsWith(f)).map(key).sort();
    const want = by('05_xian_tables.txt');
    expect(want.length).toBeGreaterThan(20);
    expect(by('report.txt')).toEqual(want);
    expect(by('download')).toEqual(want);
    expect(by('attachment.bin')).toEqual(want);
    expect(recs.filter((x) => x.file === 'report.txt').every((x) => typeof x.page === 'number')).toBe(true);
  });

  it('a text file named .pdf is read as text', { timeout: SLOW }, async () => {
    const dir = tempDir();
    copyFileSync(path.join(ROOT, 'seeds/003_86dd2a44be9655eb.txt'), path.join(dir, 'plan.pdf'));
    const r = await cli(['--format', 'ndjson', 'plan.pdf'], { cwd: dir });
    expect(r.code).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Rec);
    expect(recs.length).toBeGreaterThan(3);
    expect(recs.every((x) => (x.page === undefined || x.page === null))).toBe(true);
  });
});
