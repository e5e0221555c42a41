/**
 * The main thread's side of the extraction worker: one long-lived worker
 * thread, jobs sent in batches, results matched to jobs by number. A watchdog
 * reads the worker's marks every WATCH_MS; a job over its time budget ends
 * the worker (terminate() stops even a regular expression that would run for
 * years), resolves as `timeout` with what was running, and a new worker takes
 * the jobs that were still waiting. A worker that dies fails its running job
 * the same way.
 */
import { Worker } from 'node:worker_threads';
import { budgetMs, Marks, MARKS_BYTES, STAGES, Stage, type Job, type JobResult, type NewJob, type WorkerInit } from './worker-protocol.js';

export type Outcome = JobResult | { seq: number; kind: 'timeout'; seconds: number; stage: string };

/** Names the rule pattern a mark points at (`rule` is the rule's index + 1). */
export type DescribeMark = (rule: number, part: number) => string;

const WATCH_MS = 100;
const YOUNG_MB = 16;
/** Jobs per message to a busy worker, and how long to wait for them. */
const BATCH = 32;
const BATCH_MS = 5;

interface Pending {
  job: Job;
  resolve: (o: Outcome) => void;
}

export class ExtractionWorker {
  private worker: Worker | null = null;
  private marks!: Marks;
  private readonly pending = new Map<number, Pending>();
  private outbox: Job[] = [];
  private flushing = false;
  private flushTimer: NodeJS.Timeout | null = null;
  /** Jobs sent to the worker and not settled yet. */
  private posted = 0;
  private watch: NodeJS.Timeout | null = null;
  private seq = 0;
  private closed = false;

  constructor(
    private readonly init: Omit<WorkerInit, 'marks'>,
    private readonly describe: DescribeMark,
    /** --timeout SECONDS (0: no budget); undefined: by size. */
    private readonly timeout?: number,
  ) {}

  /** Jobs submitted and not settled yet. */
  get load(): number {
    return this.pending.size;
  }

  /** Start the worker now, so that it loads while the main thread looks for the first inputs. */
  warmUp(): void {
    if (!this.closed) this.worker ??= this.start();
  }

  /** Extract one job (its `seq` is assigned here); resolves in any case, never rejects. */
  submit(job: NewJob): Promise<Outcome> {
    const full = { ...job, seq: this.seq++ } as Job;
    if (this.closed) return Promise.resolve({ seq: full.seq, kind: 'failed', message: 'the extraction has stopped' });
    return new Promise<Outcome>((resolve) => {
      this.pending.set(full.seq, { job: full, resolve });
      this.send(full);
    });
  }

  private start(): Worker {
    const buffer = new SharedArrayBuffer(MARKS_BYTES);
    this.marks = new Marks(buffer);
    this.marks.idle();
    const w = new Worker(new URL('./worker-entry.js', import.meta.url), {
      workerData: { ...this.init, marks: buffer } satisfies WorkerInit,
      // A smaller young generation than V8's default (48 MB): 25 MB less memory for ~2% more time.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    w.on('message', (results: JobResult[]) => {
      for (const r of results) this.settle(r);
    });
    w.on('error', (e) => this.crashed(w, e.message));
    w.on('exit', (code) => this.crashed(w, `the worker stopped (exit code ${code})`));
    this.worker = w;
    return w;
  }

  private send(job: Job): void {
    this.outbox.push(job);
    // A worker with little to do gets the job at once; a busy one in batches (one message for many jobs).
    const urgent = this.posted < 2 || this.outbox.length >= BATCH;
    if (this.flushTimer && urgent) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    if (this.flushTimer || this.flushing) return;
    const flush = () => {
      this.flushing = false;
      this.flushTimer = null;
      const jobs = this.outbox;
      this.outbox = [];
      if (jobs.length === 0 || this.closed) return;
      const w = this.worker ?? this.start();
      // Copied, not transferred: a job may have to be sent again to a new worker.
      w.postMessage(jobs);
      this.posted += jobs.length;
      this.watching();
    };
    if (urgent) {
      this.flushing = true;
      setImmediate(flush);
    } else this.flushTimer = setTimeout(flush, BATCH_MS);
  }

  private settle(o: Outcome): void {
    const p = this.pending.get(o.seq);
    if (!p) return;
    this.pending.delete(o.seq);
    this.posted = Math.max(0, this.posted - 1);
    p.resolve(o);
    if (this.pending.size === 0) this.unwatch();
  }

  private watching(): void {
    if (this.watch) return;
    this.watch = setInterval(() => this.check(), WATCH_MS);
  }

  private unwatch(): void {
    if (this.watch) clearInterval(this.watch);
    this.watch = null;
  }

  private check(): void {
    const r = this.marks.running();
    if (!r || !this.pending.has(r.seq)) return;
    const budget = budgetMs(r.bytes, this.timeout);
    const elapsed = Date.now() - r.since;
    if (elapsed <= budget) return;
    const stage =
      r.rule > 0
        ? `in ${this.describe(r.rule, r.part)}`
        : `while ${r.stage === Stage.Extracting ? 'extracting (outside the rule patterns)' : STAGES[r.stage] || 'starting'}`;
    this.restart({ seq: r.seq, kind: 'timeout', seconds: elapsed / 1000, stage });
  }

  private crashed(w: Worker, message: string): void {
    if (w !== this.worker) return; // an old worker we ended ourselves
    const r = this.marks.running();
    const seq = r && this.pending.has(r.seq) ? r.seq : Math.min(...this.pending.keys());
    if (!Number.isFinite(seq)) {
      this.worker = null;
      return;
    }
    this.restart({ seq, kind: 'failed', message });
  }

  /** End the worker, settle the job `outcome` names, and give the jobs still waiting to a new worker. */
  private restart(outcome: Outcome): void {
    const old = this.worker;
    this.worker = null;
    if (old) {
      old.removeAllListeners('message');
      void old.terminate();
    }
    this.settle(outcome);
    const waiting = [...this.pending.values()].map((p) => p.job).sort((a, b) => a.seq - b.seq);
    this.outbox = [];
    this.posted = 0;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    for (const j of waiting) this.send(j);
  }

  /** Stop the worker (after the last job). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.unwatch();
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
