/**
 * `extract summary` end to end through the BUILT program, on the seeds and on
 * fixtures/city (eight documents about 江州市 with repeated figures, a planted
 * conflict, bounds, targets, parts and fund phases; see docs/city-fixture.md).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ANSI, ROOT, SLOW, STACK_FRAME, cli, parseCsv, parseNdjson, plainEnv, shared, tempDir } from './support.js';

type Row = {
  indicator: string;
  region: string | null;
  year: number | null;
  status: string;
  part: string | null;
  phase: number | null;
  value: number;
  qualifier: string;
  documents: number;
  sources: { file: string; line: number; column: number; value: number; qualifier: string; sentence: string; text: string; alsoLines?: number[] }[];
  conflicts: { value: number; documents: number; sources: { file: string; line: number }[] }[];
};

const CITY = 'fixtures/city';
const city = () => shared(['summary', CITY, '--json']);
const rowsOf = async (p: ReturnType<typeof shared>) => JSON.parse((await p).stdout) as Row[];
/** `703.18` (亿元) in yuan, from the digits (no float multiplication). */
const yi = (s: string) => {
  const [int, frac = ''] = s.split('.');
  return Number(int + frac.padEnd(8, '0'));
};
const techValue = (rows: Row[], year: number, status = 'actual') =>
  rows.filter((r) => r.indicator === 'tech_contract.value' && r.year === year && r.status === status && r.region === '江州市' && r.part === null);
const base = (f: string) => path.basename(f);

describe('extract summary on fixtures/city', () => {
  it('yi() reads test literals exactly', () => {
    expect(yi('703.18')).toBe(70318000000);
    expect(yi('1068.2')).toBe(106820000000);
    expect(yi('680')).toBe(68000000000);
  });

  it(
    'the same figure in two documents is one row with two sources; repeated inside one document it counts once',
    async () => {
      const run = await city();
      expect(run.code).toBe(0);
      const [row, ...more] = techValue(await rowsOf(city()), 2020);
      expect(more).toEqual([]);
      expect(row!.value).toBe(yi('703.18'));
      expect(row!.documents).toBe(2);
      const exact = row!.sources.filter((s) => s.qualifier === 'exact');
      expect(exact.map((s) => base(s.file))).toEqual(['02_bulletin_2020.txt', '03_news_2021.txt']);
      // the news item states it in its lead (line 5) and its body (line 7)
      expect(exact[1]!.line).toBe(5);
      expect(exact[1]!.alsoLines).toEqual([7]);
      expect(exact[1]!.sentence).toContain('703.18亿元');
      // 2023: the news item and the 2025 reply
      const [r2023] = techValue(await rowsOf(city()), 2023);
      expect(r2023!.value).toBe(yi('1068.2'));
      expect(r2023!.documents).toBe(2);
      expect(r2023!.sources.map((s) => base(s.file))).toEqual(['07_news_2024.txt', '08_reply_2025.txt']);
    },
    SLOW,
  );

  it(
    'the planted conflict is flagged: 2021 is 865.9亿元 in the reply and 856.9亿元 in the bulletin',
    async () => {
      const [row, ...more] = techValue(await rowsOf(city()), 2021);
      expect(more).toEqual([]);
      // one document each: the newer document (the reply, 2022-06-20) is shown
      expect(row!.value).toBe(yi('865.9'));
      expect(row!.sources.map((s) => base(s.file))).toEqual(['04_reply_2022.txt']);
      expect(row!.conflicts).toHaveLength(1);
      expect(row!.conflicts[0]!.value).toBe(yi('856.9'));
      expect(row!.conflicts[0]!.sources.map((s) => base(s.file))).toEqual(['05_bulletin_2021.txt']);
    },
    SLOW,
  );

  it(
    'a bound that agrees with the exact value is no conflict (2022: 超过960亿元 and 962.3亿元); targets are rows of their own',
    async () => {
      const rows = await rowsOf(city());
      const [r2022] = techValue(rows, 2022);
      expect(r2022).toMatchObject({ value: yi('962.3'), qualifier: 'exact', documents: 2, conflicts: [] });
      expect(r2022!.sources.map((s) => [base(s.file), s.qualifier])).toEqual([
        ['06_plan_2023.txt', 'over'],
        ['08_reply_2025.txt', 'exact'],
      ]);
      const targets = rows.filter((r) => r.indicator === 'tech_contract.value' && r.status === 'target').map((r) => [r.year, r.value, r.qualifier]);
      expect(targets).toEqual([
        [2020, yi('680'), 'exact'],
        [2025, yi('1200'), 'exact'],
        [2023, yi('1000'), 'over'],
      ]);
      // 2023 has both an actual and a target row
      expect(techValue(rows, 2023, 'actual')).toHaveLength(1);
      expect(techValue(rows, 2023, 'target')).toHaveLength(1);
    },
    SLOW,
  );

  /** The quantities the expectation files describe: one per (indicator, region, year, status, part, phase) with a year. */
  function expectedKeys(): Set<string> {
    const keys = new Set<string>();
    for (const f of readdirSync(path.join(ROOT, CITY)).filter((f) => f.endsWith('.expected.yaml'))) {
      const y = parseYaml(readFileSync(path.join(ROOT, CITY, f), 'utf8')) as { documents: { figures: Record<string, unknown>[] }[] };
      for (const d of y.documents)
        for (const g of d.figures) {
          if (g.year === null) continue;
          keys.add(JSON.stringify([g.indicator, String(g.region).replace(/市$/, ''), g.year, g.status, g.part ?? null, g.phase ?? null]));
        }
    }
    return keys;
  }
  const keyOf = (r: Row) => JSON.stringify([r.indicator, r.region === null ? 'null' : r.region.replace(/市$/, ''), r.year, r.status, r.part, r.phase]);

  // Parts (其中技术开发合同) and phases (首期) are rows of their own, not conflicts of their totals.
  it(
    'one row per real quantity (parts, phases and regions apart), and the planted conflict is the only one',
    async () => {
      const rows = await rowsOf(city());
      expect(new Set(rows.map(keyOf))).toEqual(expectedKeys());
      expect(rows).toHaveLength(expectedKeys().size);
      expect(rows.filter((r) => r.conflicts.length).map((r) => [r.indicator, r.year])).toEqual([['tech_contract.value', 2021]]);
    },
    SLOW,
  );

  it(
    'what works today: every expected quantity without a part or phase has exactly one row',
    async () => {
      const rows = await rowsOf(city());
      const got = new Map<string, number>();
      for (const r of rows) got.set(keyOf(r), (got.get(keyOf(r)) ?? 0) + 1);
      const ready = [...expectedKeys()].filter((k) => {
        const [ind, , , , part, phase] = JSON.parse(k) as unknown[];
        // region-less figures today: fund.projects, fund.leveraged
        return part === null && phase === null && ind !== 'fund.projects' && ind !== 'fund.leveraged' && ind !== 'fund.size';
      });
      expect(ready.length).toBeGreaterThan(15);
      for (const k of ready) expect(got.get(k), k).toBe(1);
    },
    SLOW,
  );
});

describe('extract summary on the seeds', () => {
  const seeds = () => shared(['summary', 'seeds/', '--json']);
  const records = () => shared(['seeds/', '--ndjson']);

  it(
    'every dated record is in exactly one row (as a source or a conflict), and no two rows share a key',
    async () => {
      const rows = await rowsOf(seeds());
      const recs = parseNdjson((await records()).stdout).filter((r) => r.year !== null && !r.per);
      const keys = rows.map((r) => JSON.stringify([r.indicator, r.region, r.year, r.status, r.part, r.phase, (r as unknown as { period?: unknown }).period ?? null]));
      expect(new Set(keys).size).toBe(keys.length);
      for (const rec of recs) {
        const holders = rows.filter((row) =>
          [row, ...row.conflicts].some((v) =>
            (v.sources as Row['sources']).some((s) => s.file === rec.file && s.value === rec.value && (s.line === rec.line || (s.alsoLines ?? []).includes(rec.line as number))),
          ),
        );
        expect(holders, `${String(rec.file)}:${String(rec.line)} ${String(rec.indicator)}`).toHaveLength(1);
      }
      const [r2019] = rows.filter((r) => r.indicator === 'tech_contract.value' && r.year === 2019);
      expect(r2019).toMatchObject({ value: 127336000000, documents: 1, conflicts: [] });
    },
    SLOW,
  );

  it(
    'says on stderr how many quantities and what was left out; data only on stdout',
    async () => {
      const run = await seeds();
      expect(run.stderr).toMatch(/^extract: \d+ quantities from 5 documents.*not summarised: \d+ without a year/m);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    },
    SLOW,
  );
});

describe('extract summary: formats and options', () => {
  it(
    'table: indicators with years as columns, conflicts marked and explained, no colour in a pipe',
    async () => {
      const run = await cli(['summary', CITY, '-i', 'tech_contract.value']);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(ANSI);
      const [title, ...rest] = run.stdout.split('\n');
      expect(title).toBe('技术合同成交额 tech_contract.value');
      const header = rest.find((l) => l.includes('Region'))!;
      expect(header.match(/20\d\d/g)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
      expect(header).not.toContain('Trend');
      const line = rest.find((l) => l.includes('江州市') && l.includes('actual'))!;
      expect(line).toMatch(/865\.9 !/);
      expect(run.stdout).toMatch(/^! 2021 江州市: 865\.9 亿元 \(fixtures\/city\/04_reply_2022\.txt:11\) — also 856\.9 亿元 \(fixtures\/city\/05_bulletin_2021\.txt:10\)$/m);
    },
    SLOW,
  );

  it(
    'a sparkline of the years on a colour terminal; none with --no-color or NO_COLOR',
    async () => {
      const [forced, noColor, envNo] = await Promise.all([
        cli(['summary', CITY, '-i', 'tech_contract.value'], { env: plainEnv({ FORCE_COLOR: '1' }) }),
        cli(['summary', CITY, '-i', 'tech_contract.value', '--no-color'], { env: plainEnv({ FORCE_COLOR: '1' }) }),
        cli(['summary', CITY, '-i', 'tech_contract.value'], { env: plainEnv({ NO_COLOR: '1' }) }),
      ]);
      expect(forced.stdout).toMatch(ANSI);
      expect(forced.stdout).toContain('Trend');
      // 612.45 → 1,205.6 rises: the first bar is the lowest, the last the highest
      // eslint-disable-next-line no-control-regex
      const plain = forced.stdout.replace(/\u001b\[[0-9;]*m/g, '');
      expect(plain).toMatch(/▁[▁-█]{4}█/);
      for (const r of [noColor, envNo]) {
        expect(r.stdout).not.toMatch(ANSI);
        expect(r.stdout).not.toMatch(/[▁-█]/);
      }
    },
    SLOW,
  );

  it(
    '--by region: regions as columns for one year',
    async () => {
      const run = await cli(['summary', 'seeds/', CITY, '--by', 'region', '--year', '2020', '-i', 'tech_contract.value']);
      expect(run.code).toBe(0);
      const header = run.stdout.split('\n').find((l) => l.includes('Year'))!;
      expect(header).toMatch(/广州市.*江州市/);
      expect(run.stdout).toMatch(/│ 2020 │ target │ +│ 亿元 │ +500 │ +680 │/);
    },
    SLOW,
  );

  it(
    'csv, ndjson and json carry the same rows',
    async () => {
      const [csv, nd, json] = await Promise.all([cli(['summary', CITY, '--csv']), cli(['summary', CITY, '--ndjson']), city()]);
      const table = parseCsv(csv.stdout);
      const head = table[0]!.map((c) => c.value);
      expect(head.slice(0, 9)).toEqual(['indicator', 'label', 'region', 'year', 'period', 'status', 'part', 'phase', 'value']);
      const rows = await rowsOf(Promise.resolve(json));
      expect(table.length - 1).toBe(rows.length);
      expect(parseNdjson(nd.stdout)).toEqual(rows);
      const conflict = table.find((r) => r[head.indexOf('year')]!.value === '2021' && r[head.indexOf('indicator')]!.value === 'tech_contract.value')!;
      expect(conflict[head.indexOf('conflicts')]!.value).toBe('85690000000 exact [fixtures/city/05_bulletin_2021.txt:10]');
      expect(conflict[head.indexOf('sources')]!.value).toBe('fixtures/city/04_reply_2022.txt:11');
    },
    SLOW,
  );

  it(
    '--region and --year filter the rows; -o writes a file',
    async () => {
      const dir = tempDir();
      const out = path.join(dir, 'rows.json');
      const run = await cli(['summary', 'seeds/', CITY, '--region', '江州', '--year', '2021-2022', '-o', out, '--json']);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      const rows = JSON.parse(readFileSync(out, 'utf8')) as Row[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.region === '江州市' && (r.year === 2021 || r.year === 2022))).toBe(true);
      expect(existsSync(`${out}.tmp`)).toBe(false);
    },
    SLOW,
  );

  it(
    'mistakes: a bad --year, an unknown indicator, a missing file (the others still summarised)',
    async () => {
      const [year, ind, missing] = await Promise.all([
        cli(['summary', CITY, '--year', 'last']),
        cli(['summary', CITY, '-i', 'nope.*']),
        cli(['summary', 'no-such-dir', CITY, '--json']),
      ]);
      expect(year.code).toBe(2);
      expect(year.stderr.split('\n')[0]).toBe('extract: --year last: give a year (2021) or a range (2019-2024)');
      expect(ind.code).toBe(2);
      expect(ind.stderr).toMatch(/^extract: unknown indicator "nope\.\*"/);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^extract: no-such-dir: /m);
      expect((JSON.parse(missing.stdout) as Row[]).length).toBeGreaterThan(10);
      for (const r of [year, ind, missing]) expect(r.stderr).not.toMatch(STACK_FRAME);
    },
    SLOW,
  );
});

describe('extract report: a view of the summary rows', () => {
  it(
    'drawn from documents or from extract summary --json rows, the page is the same, byte for byte',
    async () => {
      const dir = tempDir();
      const rows = path.join(dir, 'rows.json');
      const [a, s] = await Promise.all([cli(['report', CITY, '-o', path.join(dir, 'a.html')]), cli(['summary', CITY, '--json', '-o', rows])]);
      expect([a.code, s.code]).toEqual([0, 0]);
      const b = await cli(['report', '--rows', rows, '-o', path.join(dir, 'b.html')]);
      expect(b.code).toBe(0);
      expect(b.stderr).toBe(`extract: wrote ${path.join(dir, 'b.html')}\n`);
      const html = readFileSync(path.join(dir, 'a.html'), 'utf8');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(readFileSync(path.join(dir, 'b.html'), 'utf8')).toBe(html);
    },
    SLOW,
  );

  it(
    'a --rows file that is not summary JSON, or rows and documents together: one line, exit 2',
    async () => {
      const [bad, both] = await Promise.all([cli(['report', '--rows', 'seeds/000_7c649211ab158f35.txt']), cli(['report', CITY, '--rows', 'x.json'])]);
      expect(bad.code).toBe(2);
      expect(bad.stderr.split('\n')[0]).toMatch(/^extract: --rows seeds\/000_7c649211ab158f35\.txt: not JSON/);
      expect(both.code).toBe(2);
      expect(both.stderr.split('\n')[0]).toBe('extract: give documents or --rows, not both');
      for (const r of [bad, both]) expect(r.stderr).not.toMatch(STACK_FRAME);
    },
    SLOW,
  );
});
