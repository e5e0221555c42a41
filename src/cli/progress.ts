/** A progress line on stderr for long runs on a terminal: files done, MB, MB/s. */
import type { CliIO } from './io.js';

export class Progress {
  private files = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly io: CliIO,
    private readonly enabled: boolean,
  ) {}

  /** One more file of about `bytes` bytes is done. */
  tick(bytes: number): void {
    this.files++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 250) return;
    this.lastDraw = now;
    const mb = this.bytes / 1e6;
    const rate = mb / ((now - this.started) / 1000);
    this.io.err(`\r\x1b[K${this.files} files, ${mb.toFixed(1)} MB, ${rate.toFixed(1)} MB/s`);
    this.shown = true;
  }

  /** Erase the line before other output. */
  clear(): void {
    if (this.shown) this.io.err('\r\x1b[K');
    this.shown = false;
  }
}
