/**
 * Documents in, parts out, in order: each input is handed to the extraction
 * worker as soon as the walk yields it (up to AHEAD inputs ahead of the one
 * being written), so the worker never waits for the output. A file over
 * STREAM_BYTES is read here as a stream of pieces (big-file.ts), at most two
 * pieces ahead, and gives one part per piece; any other input gives one part.
 */
import { statSync } from 'node:fs';
import type { RuleSet } from '../rules/load.js';
import type { IndicatorRecord } from '../record/types.js';
import { filePieces, PIECE_CHARS, STREAM_BYTES, type PieceEvent } from './big-file.js';
import type { InputItem } from './inputs.js';
import { ExtractionWorker, type Outcome } from './worker-pool.js';
import { MARK_FIELDS, type ExtractJobOptions, type WorkerFormat } from './worker-protocol.js';
import type { Field } from '../output/fields.js';

export type DocPart = (
  | { kind: 'done'; chars: number; binary: boolean; warnings: string[]; records?: IndicatorRecord[]; chunk?: Uint8Array }
  | { kind: 'unreadable'; code: string }
  | { kind: 'rejected'; message: string; alone?: boolean }
  | { kind: 'failed'; message: string }
  | { kind: 'timeout'; seconds: number; stage: string }
) & {
  /** For a piece of a big file: `lines 1–52311`, for messages. */
  lines?: string;
};

export interface DocumentsOptions {
  ruleFiles: string[];
  encoding?: string;
  options: ExtractJobOptions;
  /** Let the worker format the records (`ndjson`, `csv`, `tsv`): parts then carry `chunk`, not `records`. */
  format: WorkerFormat | null;
  /** The fields to write, when the worker formats (`--fields`). */
  fields?: Field[];
  /** --timeout SECONDS; undefined: the default budget by size. */
  timeout?: number;
  /** Extraction threads at most (--jobs); more start only when the first has a backlog. */
  jobs: number;
  /** The main thread's rule set (the same packs): names the rule a time-budget message points at. */
  rules: RuleSet;
  readStdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
}

/** Inputs handed to the workers ahead of the one being written. */
const AHEAD = 32;
/** Jobs waiting at every running worker before one more starts. */
const BACKLOG = 2;

function describeMark(rules: RuleSet, rule: number, part: number): string {
  const r = rules.rules[rule - 1];
  if (!r) return 'a rule pattern';
  const field = MARK_FIELDS[part & 7];
  const m = r.match[part >> 3];
  const pattern = field === 'not' ? r.source.not : m?.spec[field];
  const line = field === 'not' ? r.notLine : (m?.lines[field] ?? m?.lines.line ?? 0);
  return `rule ${r.id} (${r.pack}${line ? `:${line}` : ''}, ${field}: ${JSON.stringify(pattern)})`;
}

async function* one(p: Promise<Outcome>): AsyncGenerator<DocPart> {
  yield await p;
}

async function* none(): AsyncGenerator<DocPart> {}

function linesOf(text: string, offset: number): string {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  const last = offset + n + (text.endsWith('\n') ? 0 : 1);
  return `lines ${offset + 1}–${Math.max(offset + 1, last)}`;
}

export class Documents {
  private readonly workers: ExtractionWorker[] = [];
  private readonly streamBytes: number;
  private readonly pieceChars: number;

  constructor(private readonly o: DocumentsOptions) {
    this.addWorker().warmUp();
    // For tests: stream small files in small pieces.
    this.streamBytes = Number(o.env.EXTRACT_STREAM_BYTES) || STREAM_BYTES;
    this.pieceChars = Number(o.env.EXTRACT_PIECE_CHARS) || PIECE_CHARS;
  }

  private addWorker(): ExtractionWorker {
    const o = this.o;
    const w = new ExtractionWorker(
      { ruleFiles: o.ruleFiles, encoding: o.encoding, options: o.options, format: o.format, fields: o.fields },
      (rule, part) => describeMark(o.rules, rule, part),
      o.timeout,
    );
    this.workers.push(w);
    return w;
  }

  /**
   * The least busy worker; one more starts (up to --jobs) when every running
   * one has a backlog. Order does not suffer: parts are yielded in input order.
   */
  private pick(): ExtractionWorker {
    let best = this.workers[0];
    for (const w of this.workers) if (w.load < best.load) best = w;
    return best.load >= BACKLOG && this.workers.length < this.o.jobs ? this.addWorker() : best;
  }

  /** Stop every worker (after the last job). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  /** The inputs with their parts, in order; `wanted` says which inputs to extract (the others get no parts). */
  async *ahead<T extends InputItem>(items: AsyncIterable<T>, wanted: (item: T) => boolean): AsyncGenerator<{ item: T; parts: AsyncIterable<DocPart> }> {
    const it = items[Symbol.asyncIterator]();
    const queue: { item: T; parts: AsyncIterable<DocPart> }[] = [];
    const state = { ended: false, stopped: false, failure: null as unknown, wake: null as (() => void) | null, space: null as (() => void) | null };
    const pump = (async () => {
      try {
        for (;;) {
          while (queue.length >= AHEAD && !state.stopped) await new Promise<void>((r) => (state.space = r));
          if (state.stopped) break;
          const n = await it.next();
          if (n.done || state.stopped) break;
          queue.push({ item: n.value, parts: this.begin(n.value, n.value.kind !== 'error' && wanted(n.value)) });
          state.wake?.();
        }
      } catch (e) {
        state.failure = e;
      } finally {
        state.ended = true;
        state.wake?.();
      }
    })();
    try {
      for (;;) {
        if (queue.length === 0) {
          if (state.ended) break;
          await new Promise<void>((r) => (state.wake = r));
          state.wake = null;
          continue;
        }
        const next = queue.shift()!;
        state.space?.();
        state.space = null;
        yield next;
      }
      await pump;
      if (state.failure) throw state.failure;
    } finally {
      // The reader stopped early (an error while writing): stop walking the inputs too.
      state.stopped = true;
      state.space?.();
    }
  }

  private begin(item: InputItem, wanted: boolean): AsyncIterable<DocPart> {
    if (!wanted || item.kind === 'error') return none();
    if (item.kind === 'stdin') {
      return one(
        this.o.readStdin().then(
          (bytes) => this.pick().submit({ kind: 'bytes', bytes, display: item.display }),
          (e: NodeJS.ErrnoException & { rejected?: boolean }): Outcome =>
            e.rejected ? { seq: -1, kind: 'rejected', message: e.message, alone: true } : { seq: -1, kind: 'unreadable', code: e.code ?? e.message },
        ),
      );
    }
    let size = 0;
    try {
      size = statSync(item.path).size;
    } catch {
      // the worker reports it
    }
    if (size > this.streamBytes) return this.pieces(item.path, item.display);
    return one(this.pick().submit({ kind: 'file', path: item.path, display: item.display }));
  }

  /** A big file's parts: its pieces extracted in order, two submitted ahead of the one being written. */
  private async *pieces(path: string, display: string): AsyncGenerator<DocPart> {
    let events: Generator<PieceEvent>;
    const warnings: string[] = [];
    const queue: Promise<DocPart>[] = [];
    let done = false;
    const pull = () => {
      while (!done) {
        let ev: IteratorResult<PieceEvent>;
        try {
          events ??= filePieces(path, { encoding: this.o.encoding, pieceChars: this.pieceChars });
          ev = events.next();
        } catch (e) {
          const err = e as NodeJS.ErrnoException;
          queue.push(Promise.resolve({ kind: 'unreadable', code: err.code ?? err.message }));
          done = true;
          return;
        }
        if (ev.done) {
          done = true;
          return;
        }
        const v = ev.value;
        if (v.kind === 'warning') warnings.push(v.message);
        else if (v.kind === 'whole') {
          queue.push(this.pick().submit({ kind: 'file', path, display }));
          done = true;
        } else if (v.kind === 'binary') {
          queue.push(Promise.resolve({ kind: 'done', chars: 0, binary: true, warnings: [] }));
          done = true;
        } else {
          const { text, lineOffset } = v.piece;
          const lines = linesOf(text, lineOffset);
          queue.push(this.pick().submit({ kind: 'text', text, lineOffset, display }).then((o): DocPart => ({ ...o, lines })));
          return;
        }
      }
    };
    pull();
    pull();
    while (queue.length) {
      const part = await queue.shift()!;
      pull();
      if (part.kind === 'done' && warnings.length) part.warnings = [...warnings.splice(0), ...part.warnings];
      yield part;
    }
    if (warnings.length) yield { kind: 'done', chars: 0, binary: false, warnings, records: [] };
  }
}
