#!/usr/bin/env node
// Benchmark corpus: recombine the paragraphs of seeds/*.txt into many
// document-sized files (5–40 KB each), with the numbers varied slightly so the
// files differ. Deterministic for a given size; a marker file (.corpus.json,
// hidden, so `extract DIR` does not read it) lets a second call skip the work.
//
//   node scripts/make-corpus.mjs [--size MB] [--out DIR] [--sparse N]
//
// --sparse N: only one document in N speaks of the indicators; in the others
// every indicator keyword of the rule packs is replaced by a neutral word
// (技术合同 → 服务协议, 专利 → 商标…), so they read like the rest of an
// archive (work reports, notices) and stop after the keyword scan.
//
// MB here is 10^6 bytes. Layout: DIR/000/000/000000.txt, at most 1000 files in
// a folder and 1000 folders in a group.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '..');
export const DEFAULT_OUT = path.join(REPO, 'bench-corpus');
export const MARKER = '.corpus.json';
const GENERATOR = 'make-corpus/3';

/** Neutral words for the packs' keywords (longest first), for the documents of a sparse corpus. */
const NEUTRAL = [
  ['技术合同', '服务协议'], ['技术交易', '服务往来'], ['技术市场', '服务市场'], ['技术输出', '服务输出'], ['技术吸纳', '服务吸纳'],
  ['技术流向', '服务流向'], ['输出技术', '输出服务'], ['吸纳技术', '吸纳服务'], ['开发合同', '开发协议'], ['服务合同', '服务协议'],
  ['转让合同', '转让协议'], ['咨询合同', '咨询协议'], ['许可合同', '许可协议'], ['社会投资', '社会参与'], ['民间投资', '民间参与'],
  ['私人投资', '私人参与'], ['发明申请', '发明登记'], ['申请发明', '登记发明'], ['创新券', '创新卡'], ['卖方', '出方'], ['买方', '入方'],
  ['专利', '商标'], ['联盟', '协会'], ['基金', '计划'], ['资金', '款项'], ['资本', '资产'], ['放大', '扩展'], ['经费', '开销'],
  ['资助', '扶助'], ['补助', '补偿'], ['补贴', '津贴'], ['奖励', '表彰'], ['奖补', '表彰'], ['给予', '提供'], ['兑付', '兑换'],
  ['杠杆', '支点'], ['财政', '行政'], ['拨款', '划转'], ['拨付', '划转'], ['PCT', 'ABC'], ['兑现', '兑换'], ['拨出', '划出'],
  ['调拨', '调配'], ['预留', '保留'], ['注资', '注入'], ['预算', '安排'], ['决算', '结算'], ['科专', '科项'],
];
function neutral(text) {
  let out = text;
  for (const [from, to] of NEUTRAL) out = out.split(from).join(to);
  return out;
}
const SEEDS = path.join(REPO, 'seeds');
const MIN_FILE = 5 * 1024;
const MAX_FILE = 40 * 1024;
const PER_DIR = 1000;

/** mulberry32: small, fast, good enough for shuffling. Returns floats in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadSeeds() {
  const names = readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new Error(`no seeds in ${SEEDS}`);
  return names.map((name) => {
    const lines = readFileSync(path.join(SEEDS, name), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== '');
    return { name, title: lines[0], paragraphs: lines.slice(1) };
  });
}

/** Vary ASCII numbers a little: years by ±2, other integers by up to ±8 %, decimals in the last digit. */
function varyNumbers(text, rnd) {
  return text.replace(/\d+(?:\.\d+)?/g, (s) => {
    if (rnd() < 0.4) return s; // leave some numbers as they are
    const dot = s.indexOf('.');
    if (dot !== -1) {
      const decimals = s.length - dot - 1;
      const unit = 10 ** decimals;
      const v = Math.max(0, Math.round(Number(s) * unit) + Math.floor(rnd() * 7) - 3);
      return (v / unit).toFixed(decimals);
    }
    if (s.length > 1 && s[0] === '0') return s; // 05, 001: codes, keep
    const n = Number(s);
    if (!Number.isSafeInteger(n)) return s;
    if (s.length === 4 && n >= 1950 && n <= 2049) return String(n + Math.floor(rnd() * 5) - 2);
    const span = Math.max(1, Math.floor(n * 0.08));
    return String(Math.max(0, n + Math.floor(rnd() * (2 * span + 1)) - span));
  });
}

function shuffle(arr, rnd) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

/** One document: a seed's title, then shuffled paragraphs (mostly its own seed's, some from others). */
function makeDocument(seeds, all, rnd) {
  const primary = seeds[Math.floor(rnd() * seeds.length)];
  const target = MIN_FILE + Math.floor(rnd() * (MAX_FILE - MIN_FILE));
  const eol = rnd() < 0.1 ? '\r\n' : '\n';
  const sep = rnd() < 0.5 ? eol : eol + eol;
  const own = shuffle(primary.paragraphs.slice(), rnd);
  const parts = [varyNumbers(primary.title, rnd)];
  let bytes = Buffer.byteLength(parts[0]);
  let ownAt = 0;
  for (let guard = 0; bytes < target && guard < 10000; guard++) {
    let p;
    if (rnd() < 0.7) {
      p = own[ownAt++ % own.length];
    } else {
      p = all[Math.floor(rnd() * all.length)];
    }
    p = varyNumbers(p, rnd);
    const len = Buffer.byteLength(p) + sep.length;
    if (bytes + len > MAX_FILE) continue;
    parts.push(p);
    bytes += len;
  }
  return parts.join(sep) + eol;
}

function readMarker(out) {
  try {
    return JSON.parse(readFileSync(path.join(out, MARKER), 'utf8'));
  } catch {
    return null;
  }
}

const generatedName = (n) => /^\d{3}$/.test(n);

/**
 * Build the corpus (or reuse it when its marker names the same size and
 * generator). Returns { out, sizeMB, files, bytes, reused }.
 */
export function makeCorpus({ sizeMB = 100, out = DEFAULT_OUT, sparse = 1, log = (s) => process.stderr.write(s + '\n') } = {}) {
  if (!(sizeMB > 0)) throw new Error(`invalid size ${sizeMB}: expected a positive number of MB`);
  out = path.resolve(out);
  const marker = readMarker(out);
  if (marker && marker.generator === GENERATOR && marker.sizeMB === sizeMB && (marker.sparse ?? 1) === sparse) {
    return { out, sizeMB, files: marker.files, bytes: marker.bytes, reused: true };
  }
  if (existsSync(out)) {
    const entries = readdirSync(out);
    const foreign = entries.filter((n) => !n.startsWith('.') && !generatedName(n));
    if (foreign.length > 0 || (marker === null && entries.some(generatedName))) {
      throw new Error(`${out} holds files that make-corpus did not write (${(foreign[0] ?? entries.find(generatedName))}); choose another --out`);
    }
    rmSync(path.join(out, MARKER), { force: true });
    rmSync(path.join(out, '.large'), { recursive: true, force: true });
    for (const n of entries.filter(generatedName)) rmSync(path.join(out, n), { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });

  const seeds = loadSeeds();
  const all = seeds.flatMap((s) => s.paragraphs);
  const rnd = prng(0x5eed0000 ^ Math.round(sizeMB * 1000));
  const targetBytes = Math.round(sizeMB * 1e6);
  let bytes = 0;
  let files = 0;
  const t0 = performance.now();
  while (bytes < targetBytes) {
    const text = makeDocument(seeds, all, rnd);
    const doc = Buffer.from(sparse > 1 && files % sparse !== 0 ? neutral(text) : text, 'utf8');
    const group = String(Math.floor(files / (PER_DIR * PER_DIR))).padStart(3, '0');
    const dir = String(Math.floor(files / PER_DIR) % PER_DIR).padStart(3, '0');
    const folder = path.join(out, group, dir);
    if (files % PER_DIR === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${String(files).padStart(6, '0')}.txt`), doc);
    bytes += doc.length;
    files++;
  }
  writeFileSync(path.join(out, MARKER), JSON.stringify({ generator: GENERATOR, sizeMB, sparse, files, bytes }) + '\n');
  log(`make-corpus: wrote ${files} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { out, sizeMB, files, bytes, reused: false };
}

function parseCli(argv) {
  const opts = { sizeMB: 100, out: DEFAULT_OUT, sparse: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--size') opts.sizeMB = Number(value());
    else if (flag === '--out') opts.out = value();
    else if (flag === '--sparse') opts.sparse = Number(value());
    else if (flag === '-h' || flag === '--help') {
      process.stdout.write('usage: node scripts/make-corpus.mjs [--size MB (default 100)] [--out DIR (default bench-corpus/)]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!Number.isFinite(opts.sizeMB) || opts.sizeMB <= 0) throw new Error('--size must be a positive number of MB');
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const c = makeCorpus(parseCli(process.argv.slice(2)));
    const rel = path.relative(process.cwd(), c.out);
    const shown = rel === '' ? '.' : rel.startsWith('..') ? c.out : rel;
    process.stdout.write(
      `${c.reused ? 'corpus exists' : 'corpus written'}: ${c.files.toLocaleString('en-US')} files, ` +
        `${c.bytes.toLocaleString('en-US')} bytes (${(c.bytes / 1e6).toFixed(1)} MB) in ${shown}/\n`,
    );
  } catch (e) {
    process.stderr.write(`make-corpus: ${e.message}\n`);
    process.exit(2);
  }
}
