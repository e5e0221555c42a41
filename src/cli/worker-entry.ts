/**
 * The extraction worker: a thread that reads, decodes and extracts the
 * documents the main thread sends (batches of jobs), formats their records
 * when asked, and sends the results back in order. It can be stopped at any
 * point (worker.terminate()), which is what makes a per-document time budget
 * possible; the marks tell the main thread what it was doing then.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { extractWith } from '../pipeline.js';
import { readDocument } from '../decode/source.js';
import { DocumentError } from '../decode/errors.js';
import { recordWriter } from './record-writer.js';
import { loadRuleSet } from '../rules/load.js';
import type { CompiledRule } from '../rules/compile.js';
import type { IndicatorRecord, SourceText } from '../record/types.js';
import { MARK_FIELDS, Marks, PART_SLOT, RULE_SLOT, Stage, type Job, type JobResult, type WorkerInit } from './worker-protocol.js';

const init = workerData as WorkerInit;
const marks = new Marks(init.marks);
// The main thread has already loaded (and checked) the same packs.
const rules = await loadRuleSet(init.ruleFiles, { check: false });
instrument(rules.rules);

/**
 * Each pattern of a user's pack leaves a mark (rule and pattern) while it
 * runs, so that a pattern that never ends can be named. Two stores per call.
 * The built-in patterns are checked safe at build time and run unmarked (the
 * stage is named if one of them is ever over the budget).
 */
function instrument(list: CompiledRule[]): void {
  const i32 = marks.i32;
  const wrap = (re: RegExp, rule: number, part: number): RegExp =>
    ({
      exec(s: string) {
        i32[RULE_SLOT] = rule;
        i32[PART_SLOT] = part;
        const m = re.exec(s);
        i32[RULE_SLOT] = 0;
        return m;
      },
      test(s: string) {
        i32[RULE_SLOT] = rule;
        i32[PART_SLOT] = part;
        const m = re.test(s);
        i32[RULE_SLOT] = 0;
        return m;
      },
    }) as RegExp;
  list.forEach((r, k) => {
    if (!r.user) return;
    r.match.forEach((m, j) => {
      for (const f of ['before', 'after', 'context', 'within'] as const) {
        const re = m[f];
        if (re) m[f] = wrap(re, k + 1, j * 8 + MARK_FIELDS.indexOf(f));
      }
    });
    if (r.not) r.not = wrap(r.not, k + 1, MARK_FIELDS.indexOf('not'));
  });
}

const writer = init.format ? recordWriter(init.format, { fields: init.fields }) : null;

async function run(job: Job): Promise<JobResult> {
  const { seq } = job;
  marks.start(seq, job.kind === 'bytes' ? job.bytes.length : job.kind === 'text' ? job.text.length * 3 : 0);
  let src: SourceText & { binary: boolean; warnings: string[] };
  if (job.kind === 'text') {
    src = { text: job.text, binary: false, warnings: [] };
  } else {
    let bytes: Uint8Array;
    if (job.kind === 'file') {
      try {
        bytes = readFileSync(job.path);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        return { seq, kind: 'unreadable', code: err.code ?? err.message };
      }
      marks.size(bytes.length);
    } else bytes = job.bytes;
    marks.stage(Stage.Decoding);
    try {
      src = await readDocument(bytes, { path: job.kind === 'file' ? job.path : undefined, encoding: init.encoding });
    } catch (e) {
      if (e instanceof DocumentError) return { seq, kind: 'rejected', message: e.message };
      throw e;
    }
  }
  const chars = src.text.length;
  if (src.binary) return { seq, kind: 'done', chars, binary: true, warnings: src.warnings };
  marks.stage(Stage.Extracting);
  let records: IndicatorRecord[];
  try {
    records = extractWith(rules, src, { file: job.display, ...init.options });
  } catch (e) {
    return { seq, kind: 'failed', message: (e as Error).message };
  }
  if (job.kind === 'text' && job.lineOffset) for (const r of records) r.line += job.lineOffset;
  if (!writer) return { seq, kind: 'done', chars, binary: false, warnings: src.warnings, records };
  marks.stage(Stage.Formatting);
  const text = writer.chunk(records);
  // Bytes with a buffer of their own, so that postMessage can move them instead of copying.
  return { seq, kind: 'done', chars, binary: false, warnings: src.warnings, chunk: encoder.encode(text) };
}

const encoder = new TextEncoder();

/** Results are sent in batches: at the end of each batch of jobs, or every few ms / 1 MB. */
const FLUSH_MS = 20;
const FLUSH_CHARS = 1 << 20;

/** Batches are handled one after another (reading a PDF awaits). */
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (jobs: Job[]) => {
  queue = queue.then(() => handle(jobs));
});

async function handle(jobs: Job[]): Promise<void> {
  let out: JobResult[] = [];
  let size = 0;
  let last = Date.now();
  const flush = () => {
    const moved = out.flatMap((r) => (r.kind === 'done' && r.chunk ? [r.chunk.buffer as ArrayBuffer] : []));
    if (out.length) parentPort!.postMessage(out, moved);
    out = [];
    size = 0;
    last = Date.now();
  };
  for (const job of jobs) {
    const r = await run(job);
    marks.idle();
    out.push(r);
    if (r.kind === 'done') size += r.chunk?.length ?? (r.records?.length ?? 0) * 500;
    if (size > FLUSH_CHARS || Date.now() - last > FLUSH_MS) flush();
  }
  flush();
}
