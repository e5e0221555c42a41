#!/usr/bin/env node
// Throughput benchmark: the built CLI (`extract --format ndjson --jobs 1 DIR > /dev/null`)
// against a floor (read + decode + one number regex over the same files).
//
//   node scripts/bench.mjs [--size MB] [--runs N] [--corpus DIR] [--sparse N] [--jobs [N]] [--large]
//
//   --size MB     corpus size to generate (default 100; MB = 10^6 bytes)
//   --runs N      timed runs of each side, alternating (default 3)
//   --corpus DIR  corpus folder (default bench-corpus/). An existing folder
//                 without --size is used as it is (any tree of documents).
//   --jobs [N]    also time N shards in parallel (extract --shard i/N; the
//                 floor split by the same hash), N defaults to the CPU count
//   --large       also time one file holding the whole corpus (DIR/.large/all.txt)
//   --sparse N    a generated corpus where one document in N speaks of the
//                 indicators (the others: an archive's other documents)
//
// Wall time is measured by this script around each child process; peak RSS by
// GNU time (`/usr/bin/time -f %M`) when it works here, otherwise by a preload
// module (`node --import`) that reports process.resourceUsage().maxRSS at exit
// (BENCH_RSS=preload forces the latter).
// Throughput MB are 10^6 bytes; RSS MB are MiB (2^20 bytes).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OUT, MARKER, REPO, makeCorpus } from './make-corpus.mjs';

const BIN = path.join(REPO, 'bin', 'extract.js');
const BUILT = path.join(REPO, 'dist', 'cli', 'main.js');
const NUMBER_RE = String.raw`/[0-9０-９]+(?:[.,][0-9]+)*\s*(?:万亿|亿|万|千|百)?\s*(?:元|件|项|家|个|人|%)?/g`;

// ---------------------------------------------------------------- arguments

function usage(code) {
  process.stdout.write(
    'usage: node scripts/bench.mjs [--size MB (default 100)] [--runs N (default 3)] [--corpus DIR] [--sparse N] [--jobs [N]] [--large]\n',
  );
  process.exit(code);
}

function parseArgs(argv) {
  const o = { sizeMB: undefined, runs: 3, corpus: undefined, jobs: 0, large: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--size') o.sizeMB = Number(value());
    else if (flag === '--runs') o.runs = Number(value());
    else if (flag === '--corpus') o.corpus = value();
    else if (flag === '--large') o.large = true;
    else if (flag === '--sparse') o.sparse = Number(value());
    else if (flag === '--jobs') {
      const next = inline ?? (argv[i + 1] !== undefined && /^\d+$/.test(argv[i + 1]) ? argv[++i] : undefined);
      o.jobs = next === undefined ? (os.availableParallelism?.() ?? os.cpus().length) : Number(next);
    } else if (flag === '-h' || flag === '--help') usage(0);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (o.sizeMB !== undefined && !(o.sizeMB > 0)) throw new Error('--size must be a positive number of MB');
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(o.jobs) || o.jobs < 0) throw new Error('--jobs must be a positive integer');
  return o;
}

// ---------------------------------------------------------------- helpers

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const mb = (bytes) => bytes / 1e6;
const mib = (kib) => kib / 1024;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The files of a tree the way the CLI walks it: hidden entries skipped, names in UTF-8 byte order. */
function listFiles(root) {
  const out = [];
  const walk = (dir) => {
    const ents = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })
      .filter((d) => d.name[0] !== 0x2e)
      .sort((a, b) => Buffer.compare(a.name, b.name));
    for (const d of ents) {
      const abs = path.join(dir, d.name.toString('utf8'));
      let isDir = d.isDirectory();
      let isFile = d.isFile();
      if (d.isSymbolicLink()) {
        const st = statSync(abs);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) walk(abs);
      else if (isFile) out.push(abs);
    }
  };
  if (statSync(root).isDirectory()) walk(root);
  else out.push(root);
  return out;
}

/** Read every file once so that both sides start from a warm page cache. */
function warm(files) {
  let bytes = 0;
  for (const f of files) bytes += readFileSync(f).length;
  return bytes;
}

/** How a path is passed to the children (they run in the repo root). */
function argFor(abs) {
  const rel = path.relative(REPO, abs);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** How a path is shown to the reader. */
function shown(abs) {
  const rel = path.relative(process.cwd(), abs);
  return rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
}

// ---------------------------------------------------------------- the floor

const FLOOR_SOURCE = `// bench floor: walk (sorted, hidden skipped), readFileSync, isUtf8 + TextDecoder, one regex.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { Buffer, isUtf8 } from 'node:buffer';
import path from 'node:path';

const [arg, shardSpec] = process.argv.slice(2);
const [shardIndex, shardCount] = shardSpec ? shardSpec.split('/').map(Number) : [0, 1];
const re = ${NUMBER_RE};
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
let legacy;
let files = 0, bytes = 0, chars = 0, matches = 0, matchedChars = 0;

function fnv1a32(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) h = Math.imul(h ^ b, 0x01000193);
  return h >>> 0;
}

function doFile(abs, display) {
  if (shardCount > 1 && fnv1a32(display) % shardCount !== shardIndex) return;
  const buf = readFileSync(abs);
  const text = isUtf8(buf) ? utf8.decode(buf) : (legacy ??= new TextDecoder('gb18030')).decode(buf);
  files++;
  bytes += buf.length;
  chars += text.length;
  re.lastIndex = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    matches++;
    matchedChars += m[0].length;
  }
}

function walk(dir, prefix) {
  const ents = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })
    .filter((d) => d.name[0] !== 0x2e)
    .sort((a, b) => Buffer.compare(a.name, b.name));
  for (const d of ents) {
    const name = d.name.toString('utf8');
    const abs = path.join(dir, name);
    let isDir = d.isDirectory();
    let isFile = d.isFile();
    if (d.isSymbolicLink()) {
      const st = statSync(abs);
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir) walk(abs, prefix + name + '/');
    else if (isFile) doFile(abs, prefix + name);
  }
}

if (statSync(arg).isDirectory()) walk(arg, arg.replace(/\\/+$/, '') + '/');
else doFile(arg, arg);
process.stdout.write(JSON.stringify({ files, bytes, chars, matches, matchedChars }) + '\\n');
`;

const RSS_PRELOAD = `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const u = process.resourceUsage();
  try { writeFileSync(process.env.BENCH_RSS_FILE, [u.maxRSS, u.userCPUTime, u.systemCPUTime].join(' ')); } catch {}
});
`;

// ---------------------------------------------------------------- running children

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const floorScript = path.join(tmp, 'floor.mjs');
const preloadScript = path.join(tmp, 'rss.mjs');
writeFileSync(floorScript, FLOOR_SOURCE);
writeFileSync(preloadScript, RSS_PRELOAD);
let counter = 0;

/** 'gnu-time' when `/usr/bin/time -f %M -o FILE` works here, else 'preload'. */
function detectRssMethod() {
  if (process.env.BENCH_RSS === 'preload') return 'preload'; // to compare the two methods
  if (!existsSync('/usr/bin/time')) return 'preload';
  const probe = path.join(tmp, 'probe');
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', probe, process.execPath, '-e', 'Buffer.alloc(32 << 20, 1)'], { stdio: 'ignore' });
  try {
    const kib = Number(readFileSync(probe, 'utf8').trim().split('\n').pop());
    // A 32 MiB buffer must show; GNU time 1.7 reported 4x too much.
    return r.status === 0 && kib > 32 * 1024 && kib < 4 * 32 * 1024 + 200 * 1024 ? 'gnu-time' : 'preload';
  } catch {
    return 'preload';
  }
}
const RSS_METHOD = detectRssMethod();
const RSS_LABEL = RSS_METHOD === 'gnu-time' ? '/usr/bin/time -f %M' : 'node --import preload reporting process.resourceUsage().maxRSS at exit';

/**
 * Run `node ARGS` in the repo root; resolve with wall seconds, CPU seconds,
 * peak RSS (KiB), exit status, stderr and stdout (when captured).
 * stdout: 'null' (/dev/null), 'capture' (small output, kept), or a function
 * called with each chunk (streamed, not kept).
 */
function runNode(args, { stdout = 'null' } = {}) {
  const id = counter++;
  const rssFile = path.join(tmp, `rss-${id}`);
  let cmd;
  let argv;
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  if (RSS_METHOD === 'gnu-time') {
    cmd = '/usr/bin/time';
    argv = ['-f', '%e %U %S %M', '-o', rssFile, process.execPath, ...args];
  } else {
    cmd = process.execPath;
    argv = ['--import', preloadScript, ...args];
    env.BENCH_RSS_FILE = rssFile;
  }
  const devnull = stdout === 'null' ? openSync('/dev/null', 'w') : null;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: REPO, env, stdio: ['ignore', devnull ?? 'pipe', 'pipe'] });
    if (devnull !== null) closeSync(devnull);
    const err = [];
    const out = [];
    child.stderr.on('data', (c) => err.push(c));
    if (child.stdout) child.stdout.on('data', (c) => (typeof stdout === 'function' ? stdout(c) : out.push(c)));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const wall = (performance.now() - t0) / 1000;
      let rssKiB = NaN;
      let cpu = NaN;
      try {
        const text = readFileSync(rssFile, 'utf8').trim();
        if (RSS_METHOD === 'gnu-time') {
          // The last line holds our format; earlier lines may say "Command exited with non-zero status".
          const [, user, sys, kib] = text.split('\n').pop().split(' ').map(Number);
          cpu = user + sys;
          rssKiB = kib;
        } else {
          const [kib, user, sys] = text.split(' ').map(Number);
          rssKiB = kib;
          cpu = (user + sys) / 1e6;
        }
      } catch {
        // no report: the child died early
      }
      resolve({ wall, cpu, rssKiB, status, signal, stderr: Buffer.concat(err).toString('utf8'), stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}

// One extraction thread a process (--jobs 1), like the one-thread floor; --jobs N here times shards.
const runA = (target, extra = [], opts) => runNode([BIN, '--format', 'ndjson', '--jobs', '1', ...extra, target], opts);
const runB = (target, extra = [], opts) => runNode([floorScript, target, ...extra], { stdout: 'capture', ...opts });

function check(name, r) {
  if (r.status !== 0) {
    const tail = r.stderr.trim().split('\n').slice(-10).join('\n');
    throw new Error(`${name} exited with ${r.status ?? r.signal}${tail ? `:\n${tail}` : ''}`);
  }
  return r;
}

/** Run A once with stdout piped into this process, counting lines (untimed). */
async function countRun(target) {
  let lines = 0;
  let bytes = 0;
  let first = '';
  const r = await runA(target, [], {
    stdout: (chunk) => {
      bytes += chunk.length;
      if (first.length < 2000 && !first.includes('\n')) first += chunk.toString('utf8', 0, Math.min(chunk.length, 2000));
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    },
  });
  check('extract (counting run)', r);
  const line = first.split('\n')[0];
  if (line) JSON.parse(line); // the output must be NDJSON
  return { lines, bytes, wall: r.wall, stderr: r.stderr, rssKiB: r.rssKiB };
}

// ---------------------------------------------------------------- one measurement

const log = (s = '') => process.stdout.write(s + '\n');
const fmtRun = (r, bytes) =>
  `${r.wall.toFixed(2).padStart(7)} s ${(mb(bytes) / r.wall).toFixed(1).padStart(7)} MB/s` +
  `${Number.isNaN(r.cpu) ? '' : `  cpu ${r.cpu.toFixed(2)} s`}  peak RSS ${mib(r.rssKiB).toFixed(0)} MB`;

/**
 * Alternate A and B `runs` times over `target` (ABBA order, so neither side
 * always goes first) and return the medians.
 */
async function measure(label, target, bytes, files, runs) {
  log(`\n== ${label}: ${mb(bytes).toFixed(1)} MB, ${fmtInt(files)} file${files === 1 ? '' : 's'} (${shown(target)})`);
  log('warming the page cache…');
  warm(listFiles(target));

  log('counting run: extract --format ndjson piped into this script (untimed)…');
  const count = await countRun(argFor(target));
  log(`  ${fmtInt(count.lines)} NDJSON lines, ${(count.bytes / 1e6).toFixed(1)} MB of output, ${count.wall.toFixed(2)} s`);
  const warnings = count.stderr.trim() ? count.stderr.trim().split('\n') : [];
  if (warnings.length) log(`  stderr: ${warnings.length} line(s), first: ${warnings[0]}`);

  const A = [];
  const B = [];
  let floorOut = null;
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    for (const side of order) {
      if (side === 'A') {
        const r = check('extract', await runA(argFor(target)));
        A.push(r);
        log(`  run ${i + 1}/${runs} A extract: ${fmtRun(r, bytes)}`);
      } else {
        const r = check('floor', await runB(argFor(target)));
        floorOut = JSON.parse(r.stdout);
        B.push(r);
        log(`  run ${i + 1}/${runs} B floor:   ${fmtRun(r, bytes)}`);
      }
    }
  }
  if (floorOut.bytes !== bytes || floorOut.files !== files) {
    log(`  note: the floor read ${fmtInt(floorOut.files)} files / ${fmtInt(floorOut.bytes)} bytes, the listing had ${fmtInt(files)} / ${fmtInt(bytes)}`);
  }
  log(`  floor work: ${fmtInt(floorOut.matches)} regex matches over ${fmtInt(floorOut.chars)} characters`);
  const rates = (rs) => rs.map((r) => mb(bytes) / r.wall);
  const a = median(rates(A));
  const b = median(rates(B));
  const pairs = A.map((r, i) => B[i].wall / r.wall);
  const cpuA = median(A.map((r) => r.cpu));
  const cpuB = median(B.map((r) => r.cpu));
  const res = {
    a,
    b,
    ratio: a / b,
    pairRatio: median(pairs),
    rssA: Math.max(...A.map((r) => r.rssKiB), count.rssKiB),
    rssB: Math.max(...B.map((r) => r.rssKiB)),
    lines: count.lines,
    cpuA,
    cpuB,
  };
  log(
    `  median: A ${a.toFixed(1)} MB/s, B ${b.toFixed(1)} MB/s, A/B ${(100 * res.ratio).toFixed(1)}%` +
      ` (median of per-round ratios ${(100 * res.pairRatio).toFixed(1)}%)`,
  );
  log(
    `  CPU time (user+sys, median): A ${cpuA.toFixed(2)} s, B ${cpuB.toFixed(2)} s, B/A ${(100 * cpuB / cpuA).toFixed(1)}%` +
      ` (less sensitive to other load on the machine than wall time)`,
  );
  return res;
}

/** N shards at once for each side (A: extract --shard i/N; B: the floor with the same hash). */
async function measureJobs(target, bytes, jobs, runs) {
  log(`\n== ${jobs} parallel shards over ${shown(target)} (--jobs ${jobs})`);
  const A = [];
  const B = [];
  const batch = async (start) => {
    const t0 = performance.now();
    const rs = await Promise.all(Array.from({ length: jobs }, (_, i) => start(i)));
    rs.forEach((r, i) => check(`shard ${i}/${jobs}`, r));
    return { wall: (performance.now() - t0) / 1000, rssMax: Math.max(...rs.map((r) => r.rssKiB)), rssSum: rs.reduce((s, r) => s + r.rssKiB, 0) };
  };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    for (const side of order) {
      const r =
        side === 'A'
          ? await batch((k) => runA(argFor(target), ['--shard', `${k}/${jobs}`]))
          : await batch((k) => runB(argFor(target), [`${k}/${jobs}`]));
      (side === 'A' ? A : B).push(r);
      log(
        `  run ${i + 1}/${runs} ${side === 'A' ? 'A extract' : 'B floor  '}: ${r.wall.toFixed(2).padStart(7)} s ` +
          `${(mb(bytes) / r.wall).toFixed(1).padStart(7)} MB/s  peak RSS ${mib(r.rssMax).toFixed(0)} MB per process, ${mib(r.rssSum).toFixed(0)} MB summed`,
      );
    }
  }
  const a = median(A.map((r) => mb(bytes) / r.wall));
  const b = median(B.map((r) => mb(bytes) / r.wall));
  return { a, b, ratio: a / b, rssA: Math.max(...A.map((r) => r.rssSum)), rssB: Math.max(...B.map((r) => r.rssSum)) };
}

/** DIR/.large/all.txt: every corpus file in walk order, each followed by a newline. Hidden: `extract DIR` skips it. */
function makeLarge(corpus, files) {
  const dir = path.join(corpus, '.large');
  const file = path.join(dir, 'all.txt');
  const expected = files.reduce((s, f) => s + statSync(f).size + 1, 0);
  if (existsSync(file) && statSync(file).size === expected) return { file, bytes: expected };
  mkdirSync(dir, { recursive: true });
  const fd = openSync(file, 'w');
  const nl = Buffer.from('\n');
  try {
    for (const f of files) {
      writeSync(fd, readFileSync(f));
      writeSync(fd, nl);
    }
  } finally {
    closeSync(fd);
  }
  return { file, bytes: expected };
}

// ---------------------------------------------------------------- main

/** The commit the built CLI comes from, and whether the working tree differs (dist/ may be newer than HEAD). */
function codeVersion() {
  const git = (...a) => spawnSync('git', a, { cwd: REPO, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown (not a git checkout)';
  const dirty = git('status', '--porcelain', '--', 'src').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? ' + uncommitted changes in src/' : ''}, dist/ built ${statSync(BUILT).mtime.toISOString()}`;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(BUILT)) throw new Error(`${shown(BUILT)} is missing: run npm run build (or npm run bench)`);

  const corpus = path.resolve(o.corpus ?? DEFAULT_OUT);
  const generated = o.sizeMB !== undefined || !existsSync(corpus) || existsSync(path.join(corpus, MARKER));
  if (o.sizeMB !== undefined || o.sparse !== undefined || !existsSync(corpus)) {
    const c = makeCorpus({ sizeMB: o.sizeMB ?? 100, out: corpus, sparse: o.sparse ?? 1, log });
    log(`corpus ${c.reused ? 'exists' : 'written'}: ${fmtInt(c.files)} files, ${fmtInt(c.bytes)} bytes in ${shown(corpus)}/`);
  }
  const files = listFiles(corpus);
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  if (files.length === 0) throw new Error(`no files in ${shown(corpus)}`);

  const cpus = os.cpus();
  log(`code: ${codeVersion()}`);
  log(`node ${process.version}, ${cpus.length} vCPU (${cpus[0]?.model.trim() ?? 'unknown'}), peak RSS by ${RSS_LABEL}`);
  log(`A: node bin/extract.js --format ndjson --jobs 1 ${argFor(corpus)} > /dev/null`);
  log(`B: node ${shown(floorScript)} ${argFor(corpus)}   (readFileSync, isUtf8 + TextDecoder, ${NUMBER_RE})`);

  const load0 = os.loadavg();
  if (load0[0] > 0.5) log(`note: load average ${load0.map((x) => x.toFixed(2)).join(' ')} before the runs: other work on the machine makes wall times noisy`);
  const dirRes = await measure('corpus', corpus, bytes, files.length, o.runs);
  const jobs = o.jobs > 1 ? await measureJobs(corpus, bytes, o.jobs, o.runs) : null;
  let large = null;
  if (o.large) {
    const l = makeLarge(corpus, files);
    large = await measure('one large file', l.file, l.bytes, 1, o.runs);
    large.bytes = l.bytes;
    large.file = l.file;
  }

  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const rss = (kib) => `${mib(kib).toFixed(0)} MB`;
  const lines = [
    `corpus: ${mb(bytes).toFixed(1)} MB, ${fmtInt(files.length)} files (${shown(corpus)}/)${generated ? '' : ' [not generated by make-corpus]'}`,
    `floor (read+decode+regex): ${dirRes.b.toFixed(1).padStart(6)} MB/s median, peak RSS ${rss(dirRes.rssB)}`,
    `extract --format ndjson:   ${dirRes.a.toFixed(1).padStart(6)} MB/s median, peak RSS ${rss(dirRes.rssA)}`,
    `ratio: ${pct(dirRes.ratio)} of the floor (goal ≥ 40%: ${dirRes.ratio >= 0.4 ? 'met' : 'not met'}; RSS goal ≤ 150 MB: ${mib(dirRes.rssA) <= 150 ? 'met' : 'not met'})`,
    `ndjson lines: ${fmtInt(dirRes.lines)} (counted in one extra untimed run piped into the bench; timed runs write to /dev/null)`,
  ];
  if (jobs) {
    lines.push(
      `${o.jobs} shards in parallel: floor ${jobs.b.toFixed(1)} MB/s, extract ${jobs.a.toFixed(1)} MB/s, ratio ${pct(jobs.ratio)}; ` +
        `summed peak RSS floor ${rss(jobs.rssB)}, extract ${rss(jobs.rssA)}`,
    );
  }
  if (large) {
    lines.push(
      `one large file (${mb(large.bytes).toFixed(1)} MB): floor ${large.b.toFixed(1)} MB/s, peak RSS ${rss(large.rssB)}; ` +
        `extract ${large.a.toFixed(1)} MB/s, peak RSS ${rss(large.rssA)} (${rss(large.rssA - large.rssB)} above the floor's); ` +
        `ratio ${pct(large.ratio)}; ${fmtInt(large.lines)} ndjson lines`,
    );
  }
  lines.push(
    `CPU time ratio (B/A, user+sys): ${pct(dirRes.cpuB / dirRes.cpuA)}; load average before/after: ${load0[0].toFixed(2)}/${os.loadavg()[0].toFixed(2)}; code ${codeVersion().split(',')[0]}`,
  );
  lines.push(
    `(${o.runs} run${o.runs === 1 ? "" : "s"} each, A and B alternating; node ${process.version}, ${cpus.length} vCPU; MB/s = 10^6 bytes / wall s; RSS MB = MiB via ${RSS_METHOD === 'gnu-time' ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS'})`,
  );
  log('\n```');
  for (const l of lines) log(l);
  log('```');
}

try {
  await main();
} catch (e) {
  process.stderr.write(`bench: ${e.message}\n`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
