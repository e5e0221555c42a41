#!/usr/bin/env node
// One big file: peak RSS and time of `extract --format ndjson FILE > /dev/null`
// on a single text file of about 200 MB (the benchmark corpus concatenated, in
// walk order, each document followed by a blank line, repeated until the size
// is reached), against the 300 MB bound.
//
//   node scripts/bench-bigfile.mjs [--size MB (default 200)] [--runs N (default 1)] [--verify]
//
//   --verify  also split the file where extract cuts it into pieces, run
//             extract on the pieces as separate files, and check that the
//             records are the same (file and line aside; lines shifted back)
//
// The corpus is built by scripts/make-corpus.mjs (bench-corpus/, 100 MB) when
// missing; the big file is kept in bench-corpus/.big/ (hidden from a walk).
// Peak RSS by GNU time (/usr/bin/time -f %M), else by process.resourceUsage()
// through a preload module. RSS MB are MiB; throughput MB are 10^6 bytes.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DEFAULT_OUT, REPO, makeCorpus } from './make-corpus.mjs';

const BIN = path.join(REPO, 'bin', 'extract.js');
const BOUND_MIB = 300;

function parseArgs(argv) {
  const o = { sizeMB: 200, runs: 1, verify: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--size') o.sizeMB = Number(value());
    else if (flag === '--runs') o.runs = Number(value());
    else if (flag === '--verify') o.verify = true;
    else if (flag === '-h' || flag === '--help') {
      process.stdout.write('usage: node scripts/bench-bigfile.mjs [--size MB] [--runs N] [--verify]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!(o.sizeMB > 0)) throw new Error('--size must be a positive number of MB');
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  return o;
}

const log = (s = '') => process.stdout.write(s + '\n');

function listFiles(dir) {
  const out = [];
  for (const d of readdirSync(dir, { withFileTypes: true }).filter((d) => !d.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) out.push(...listFiles(p));
    else if (d.isFile()) out.push(p);
  }
  return out;
}

/** corpus/.big/big-<size>.txt: the corpus files, each followed by a blank line, repeated up to `bytes`. */
function makeBigFile(corpus, bytes) {
  const dir = path.join(corpus, '.big');
  const file = path.join(dir, `big-${Math.round(bytes / 1e6)}mb.txt`);
  if (existsSync(file) && statSync(file).size >= bytes) return file;
  mkdirSync(dir, { recursive: true });
  const files = listFiles(corpus);
  const fd = openSync(file, 'w');
  let written = 0;
  try {
    while (written < bytes) {
      for (const f of files) {
        const b = readFileSync(f);
        writeSync(fd, b);
        writeSync(fd, '\n\n');
        written += b.length + 2;
        if (written >= bytes) break;
      }
    }
  } finally {
    closeSync(fd);
  }
  return file;
}

const useGnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

/** Run the CLI on `args`; stdout to `out` (a path) or /dev/null. Resolves with wall s, cpu s, peak RSS MiB, status, stderr. */
function runCli(args, out = '/dev/null', env = {}) {
  const tmp = path.join(os.tmpdir(), `bench-big-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const rss = `${tmp}.rss`;
  const preload = `${tmp}.mjs`;
  writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(${JSON.stringify(rss)}, [u.maxRSS, u.userCPUTime + u.systemCPUTime].join(' ')); });\n`);
  const [cmd, argv] = useGnuTime
    ? ['/usr/bin/time', ['-f', '%e %U %S %M', '-o', rss, process.execPath, BIN, ...args]]
    : [process.execPath, ['--import', preload, BIN, ...args]];
  const fd = openSync(out, 'w');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: REPO, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, ...env } });
    closeSync(fd);
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => {
      const wall = (performance.now() - t0) / 1000;
      let cpu = NaN;
      let rssMiB = NaN;
      try {
        const parts = readFileSync(rss, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        if (useGnuTime) [cpu, rssMiB] = [parts[1] + parts[2], parts[3] / 1024];
        else [rssMiB, cpu] = [parts[0] / 1024, parts[1] / 1e6];
      } catch {}
      rmSync(rss, { force: true });
      rmSync(preload, { force: true });
      resolve({ wall, cpu, rssMiB, status, stderr });
    });
  });
}

/** NDJSON records with file and line set aside, the line shifted by `offset`. */
async function records(file, shift = () => 0) {
  const out = [];
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    const r = JSON.parse(line);
    const off = shift(r.file);
    r.line += off;
    delete r.file;
    out.push(JSON.stringify(r));
  }
  return out;
}

/** Split `file` where extract cuts it (dist/cli/big-file.js) into dir/piece-NNNN.txt; the line offset of each. */
async function splitLikeExtract(file, dir) {
  const { pieceEnd, PIECE_CHARS } = await import(path.join(REPO, 'dist/cli/big-file.js'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const offsets = new Map();
  let pos = 0;
  let line = 0;
  for (let k = 0; pos < text.length; k++) {
    const rest = text.slice(pos);
    const cut = pieceEnd(rest, PIECE_CHARS, true);
    const piece = rest.slice(0, cut);
    const name = path.join(dir, `piece-${String(k).padStart(4, '0')}.txt`);
    writeFileSync(name, piece);
    offsets.set(name, line);
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) line++;
    pos += cut;
  }
  return offsets;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(REPO, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run npm run build');
  const corpus = path.resolve(DEFAULT_OUT);
  if (!existsSync(corpus)) makeCorpus({ sizeMB: 100, out: corpus, log });
  const file = makeBigFile(corpus, o.sizeMB * 1e6);
  const bytes = statSync(file).size;
  log(`file: ${path.relative(process.cwd(), file)} (${(bytes / 1e6).toFixed(1)} MB); node ${process.version}, ${os.cpus().length} vCPU`);
  readFileSync(file); // warm the page cache
  const results = [];
  const out = path.join(os.tmpdir(), `bench-big-${process.pid}.ndjson`);
  for (let i = 0; i < o.runs; i++) {
    const r = await runCli(['--format', 'ndjson', path.relative(REPO, file)], o.verify && i === 0 ? out : '/dev/null');
    if (r.status !== 0) throw new Error(`extract exited with ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    results.push(r);
    log(`  run ${i + 1}/${o.runs}: ${r.wall.toFixed(1)} s, ${(bytes / 1e6 / r.wall).toFixed(1)} MB/s, cpu ${r.cpu.toFixed(1)} s, peak RSS ${r.rssMiB.toFixed(0)} MB`);
  }
  const peak = Math.max(...results.map((r) => r.rssMiB));
  const wall = [...results.map((r) => r.wall)].sort((a, b) => a - b)[results.length >> 1];
  log('\n```');
  log(`one ${(bytes / 1e6).toFixed(0)} MB file: ${wall.toFixed(1)} s (${(bytes / 1e6 / wall).toFixed(1)} MB/s), peak RSS ${peak.toFixed(0)} MB (bound ${BOUND_MIB} MB: ${peak <= BOUND_MIB ? 'met' : 'NOT met'})`);
  if (o.verify) {
    const dir = path.join(corpus, '.big', 'pieces');
    const offsets = await splitLikeExtract(file, dir);
    const split = path.join(os.tmpdir(), `bench-big-${process.pid}-split.ndjson`);
    const r = await runCli(['--format', 'ndjson', path.relative(REPO, dir)], split);
    if (r.status !== 0) throw new Error(`extract on the pieces exited with ${r.status}`);
    const a = await records(out);
    const b = await records(split, (f) => offsets.get(path.resolve(REPO, f)) ?? NaN);
    const same = a.length === b.length && a.every((x, i) => x === b[i]);
    log(`split at the same paragraph boundaries into ${offsets.size} files: ${b.length} records; the big file: ${a.length}; ${same ? 'the same records' : 'DIFFERENT records'}`);
    rmSync(split, { force: true });
    rmSync(dir, { recursive: true, force: true });
    if (!same) process.exitCode = 1;
  }
  rmSync(out, { force: true });
  log(`(${o.runs} run${o.runs === 1 ? '' : 's'}; RSS MB = MiB by ${useGnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS'})`);
  log('```');
  if (peak > BOUND_MIB) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`bench-bigfile: ${e.message}\n`);
  process.exitCode = 1;
});
