#!/usr/bin/env node
// `npm run bench`: the three benchmarks the issues ask for, one after another,
// each printing its own report:
//   1. throughput against the one-regex floor (scripts/bench.mjs; its flags —
//      --size, --runs, --sparse, --corpus, --jobs, --large — are passed on);
//   2. one 200 MB file: peak RSS against the 300 MB bound (scripts/bench-bigfile.mjs);
//   3. a 300-page PDF against its text: time ratio and RSS (scripts/bench-pdf.mjs).
// --throughput-only runs the first alone (for quick iteration).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--throughput-only');
const forwarded = args.filter((a) => a !== '--throughput-only');

function run(title, script, scriptArgs) {
  process.stdout.write(`\n== ${title}\n`);
  const r = spawnSync(process.execPath, [path.join(here, script), ...scriptArgs], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`bench: ${script} failed (exit ${r.status ?? r.signal})\n`);
    process.exit(r.status || 1);
  }
}

run('throughput (scripts/bench.mjs)', 'bench.mjs', forwarded);
if (!only) {
  run('one big file (scripts/bench-bigfile.mjs)', 'bench-bigfile.mjs', []);
  run('a 300-page PDF (scripts/bench-pdf.mjs)', 'bench-pdf.mjs', []);
}
