#!/usr/bin/env node
// A 300-page PDF against its text: builds the text from the seeds (repeated
// until it fills --pages pages), writes it as a PDF with scripts/cid-pdf.mjs
// (and, with --soffice, a second one through LibreOffice with embedded
// fonts), and times `extract --format ndjson` on the PDF and on the .txt,
// alternating, in a temporary folder. Peak RSS is the child's
// process.resourceUsage().maxRSS, reported at exit by a preload module.
//
//   node scripts/bench-pdf.mjs [--pages 300] [--runs 3] [--soffice] [--compare DIR]
//
// --compare DIR also times DIR/bin/extract.js (another built checkout, e.g.
// an older commit) on the same files, alternating with this one: before and
// after in one run, on one machine.
//
// Goals (issue 12): the PDF within 3x the time of its text, RSS under 300 MB.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutText, writePdf } from './cid-pdf.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const PAGES = arg('pages', 300);
const RUNS = arg('runs', 3);
const SOFFICE = process.argv.includes('--soffice');
const COMPARE = process.argv.includes('--compare') ? path.resolve(process.argv[process.argv.indexOf('--compare') + 1]) : null;
const bin = path.join(root, 'bin', 'extract.js');
const bins = [['', bin], ...(COMPARE ? [[' [compare]', path.join(COMPARE, 'bin', 'extract.js')]] : [])];
if (!existsSync(path.join(root, 'dist', 'index.js'))) throw new Error('build first: npm run build');

const tmp = mkdtempSync(path.join(tmpdir(), 'bench-pdf-'));
const preload = path.join(tmp, 'rss.mjs');
writeFileSync(
  preload,
  `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { try { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_RSS_FILE, [u.maxRSS, u.userCPUTime + u.systemCPUTime].join(' ')); } catch {} });\n`,
);

try {
  // The seeds, one after another, until the layout fills PAGES pages.
  const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8'));
  let text = '';
  let pages = [];
  for (let i = 0; pages.length < PAGES; i++) {
    text += seeds[i % seeds.length] + '\n';
    if (i % seeds.length === seeds.length - 1 || pages.length === 0) pages = layoutText(text, { footer: 'cnTotal', header: '政府信息公开' });
  }
  pages = layoutText(text, { footer: 'cnTotal', header: '政府信息公开' }).slice(0, PAGES);
  // The text version holds exactly what the pages hold.
  const body = pages.map((p) => p.slice(0, -2).map((l) => l.text).join('\n')).join('\n');
  const txt = path.join(tmp, 'doc.txt');
  const pdf = path.join(tmp, 'doc.pdf');
  writeFileSync(txt, body);
  writeFileSync(pdf, writePdf(pages));
  const files = [['txt', txt], ['pdf (CMap, not embedded)', pdf]];
  if (SOFFICE) {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/profile`, '--infilter=Text (encoded):UTF8,LF,,,', '--convert-to', 'pdf', '--outdir', path.join(tmp, 'lo'), txt], { stdio: 'ignore' });
    files.push(['pdf (LibreOffice, embedded)', path.join(tmp, 'lo', 'doc.pdf')]);
  }
  // Each input with each program: [name, file, program].
  const inputs = bins.flatMap(([tag, b]) => files.map(([name, file]) => [name + tag, file, b]));

  const time = (file, program) => {
    const rssFile = path.join(tmp, 'rss.txt');
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', preload, program, '--format', 'ndjson', file], {
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`extract ${file} failed (${r.status}): ${r.stderr}`);
    const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
    return { ms, cpuMs: cpu / 1000, rssMiB: rss / 1024, records: r.stdout.split('\n').length - 1 };
  };
  const results = new Map(inputs.map(([name]) => [name, []]));
  for (let run = 0; run < RUNS; run++) for (const [name, file, program] of inputs) results.get(name).push(time(file, program));

  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).match(/Pages:\s+(\d+)/)?.[1];
  console.log(`${PAGES} pages (${info ?? '?'} by pdfinfo), text ${(statSync(txt).size / 1e6).toFixed(2)} MB, ${RUNS} runs each, alternating; Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const base = median(results.get('txt').map((r) => r.ms));
  const baseCpu = median(results.get('txt').map((r) => r.cpuMs));
  for (const [name, file] of inputs) {
    const rs = results.get(name);
    const ms = median(rs.map((r) => r.ms));
    const cpu = median(rs.map((r) => r.cpuMs));
    const rss = Math.max(...rs.map((r) => r.rssMiB));
    console.log(
      `${name.padEnd(38)} ${(statSync(file).size / 1e6).toFixed(2).padStart(6)} MB  wall ${(ms / 1000).toFixed(2)} s (${(ms / base).toFixed(2)}x)  ` +
        `CPU ${(cpu / 1000).toFixed(2)} s (${(cpu / baseCpu).toFixed(2)}x)  peak RSS ${rss.toFixed(0)} MiB  ${rs[0].records} records`,
    );
  }
  console.log('medians; the ratios are to the .txt holding the same text');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
