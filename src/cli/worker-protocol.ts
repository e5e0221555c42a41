/**
 * What the CLI's main thread and its extraction worker say to each other, and
 * the shared "marks" the worker leaves for the main thread: which job runs,
 * since when, at which stage and in which rule pattern. Writing a mark is two
 * stores into a SharedArrayBuffer (no message); the main thread reads them
 * only when a job is over its time budget.
 */
import type { IndicatorRecord } from '../record/types.js';
import type { Field } from '../output/fields.js';

export interface ExtractJobOptions {
  all?: boolean;
  indicators?: string[];
  explain?: boolean;
}

export type WorkerFormat = 'ndjson' | 'csv' | 'tsv';

export interface WorkerInit {
  ruleFiles: string[];
  encoding?: string;
  options: ExtractJobOptions;
  /** Format records in the worker (`ndjson`, `csv`, `tsv`: one document's lines stand alone) and send text, or send the records. */
  format: WorkerFormat | null;
  /** The fields to write (`--fields`), when the worker formats. */
  fields?: Field[];
  marks: SharedArrayBuffer;
}

/** One document (or one piece of a big file) to extract. */
export type Job =
  | { seq: number; kind: 'file'; path: string; display: string }
  | { seq: number; kind: 'bytes'; bytes: Uint8Array; display: string }
  | { seq: number; kind: 'text'; text: string; display: string; lineOffset: number };

/** A job before the pool numbers it. */
export type NewJob = Job extends infer J ? (J extends Job ? Omit<J, 'seq'> : never) : never;

export type JobResult =
  | {
      seq: number;
      kind: 'done';
      /** Characters of decoded text (for the progress line). */
      chars: number;
      binary: boolean;
      warnings: string[];
      /** The records, or their formatted text (UTF-8, moved to the main thread without a copy) when the worker formats. */
      records?: IndicatorRecord[];
      chunk?: Uint8Array;
    }
  | { seq: number; kind: 'unreadable'; code: string }
  /** A document that is no document of ours (an encrypted or scanned PDF, a list of paths on stdin): its message as is. */
  | { seq: number; kind: 'rejected'; message: string; alone?: boolean }
  | { seq: number; kind: 'failed'; message: string };

/** Stages a job goes through in the worker, as shown in a time-budget message. */
export const STAGES = ['', 'reading the file', 'decoding', 'extracting', 'formatting'] as const;
export const Stage = { Idle: 0, Reading: 1, Decoding: 2, Extracting: 3, Formatting: 4 } as const;

/** The fields of a rule a mark can name (the `part` slot is match * 8 + field). */
export const MARK_FIELDS = ['before', 'after', 'context', 'within', 'not'] as const;

// Int32 slots
const SEQ = 0;
const STAGE = 1;
const RULE = 2; // rule index + 1, 0 outside the rule patterns
const PART = 3;
// Float64 slots (after 4 Int32 = 16 bytes)
const START = 2; // Date.now() when the job started
const BYTES = 3; // the job's size in bytes, once known
export const MARKS_BYTES = 48;

export class Marks {
  readonly i32: Int32Array;
  readonly f64: Float64Array;
  constructor(buffer: SharedArrayBuffer) {
    this.i32 = new Int32Array(buffer, 0, 4);
    this.f64 = new Float64Array(buffer, 0, 6);
  }
  start(seq: number, bytes: number): void {
    this.f64[BYTES] = bytes;
    this.f64[START] = Date.now();
    this.i32[RULE] = 0;
    this.i32[STAGE] = Stage.Reading;
    Atomics.store(this.i32, SEQ, seq);
  }
  stage(s: number): void {
    this.i32[STAGE] = s;
  }
  size(bytes: number): void {
    this.f64[BYTES] = bytes;
  }
  idle(): void {
    Atomics.store(this.i32, SEQ, -1);
  }
  /** The running job, or null. */
  running(): { seq: number; since: number; bytes: number; stage: number; rule: number; part: number } | null {
    const seq = Atomics.load(this.i32, SEQ);
    if (seq < 0) return null;
    return { seq, since: this.f64[START], bytes: this.f64[BYTES], stage: this.i32[STAGE], rule: this.i32[RULE], part: this.i32[PART] };
  }
}

/** Index of the rule slots, for the pattern wrappers (worker side). */
export const RULE_SLOT = RULE;
export const PART_SLOT = PART;

/** Default budget: SECONDS_PER_MB for each MB of the document, at least FLOOR_SECONDS. */
export const FLOOR_SECONDS = 5;
export const SECONDS_PER_MB = 2;

/** A job's time budget in milliseconds (`fixed` seconds from --timeout; 0 = none). */
export function budgetMs(bytes: number, fixed?: number): number {
  if (fixed !== undefined) return fixed > 0 ? fixed * 1000 : Infinity;
  return Math.max(FLOOR_SECONDS, (SECONDS_PER_MB * bytes) / 1e6) * 1000;
}
