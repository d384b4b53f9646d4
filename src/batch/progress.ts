import type { Status } from './task.js';

export type Outcome = Status | 'skipped';

export interface Counts {
  ok: number;
  empty: number;
  error: number;
  skipped: number;
}

const REDRAW_MS = 100;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/**
 * Counts of a batch, a progress line on stderr (only when it is a terminal), and every other
 * stderr line routed through here so that it does not mix with the progress line.
 */
export class Progress {
  readonly counts: Counts = { ok: 0, empty: 0, error: 0, skipped: 0 };
  private total: number | undefined;
  private shown = false;
  private lastDraw = 0;
  private readonly t0 = performance.now();
  /** When cleaning began (after learning): rate and ETA count from here. */
  private cleanStart = this.t0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    readonly live: boolean,
  ) {}

  get hasTotal(): boolean {
    return this.total !== undefined;
  }

  get done(): number {
    const c = this.counts;
    return c.ok + c.empty + c.error + c.skipped;
  }

  get seconds(): number {
    return (performance.now() - this.t0) / 1000;
  }

  startCleaning(): void {
    this.cleanStart = performance.now();
  }

  setTotal(n: number): void {
    this.total = n;
  }

  count(outcome: Outcome): void {
    this.counts[outcome]++;
    if (!this.live) return;
    const now = performance.now();
    if (now - this.lastDraw >= REDRAW_MS) {
      this.lastDraw = now;
      this.draw();
    }
  }

  /** A line of its own (an error, --verbose, --explain), above the progress line. */
  log(text: string): void {
    this.clear();
    this.stream.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  private draw(): void {
    const rate = this.done / Math.max((performance.now() - this.cleanStart) / 1000, 1e-3);
    const total = this.total;
    const eta = total !== undefined && rate > 0 ? ` · ETA ${clock((total - this.done) / rate)}` : '';
    const of = total !== undefined ? `/${total}` : '';
    const errors = this.counts.error ? ` · ${this.counts.error} error${this.counts.error > 1 ? 's' : ''}` : '';
    const line = `${this.done}${of} files · ${rate.toFixed(rate < 10 ? 1 : 0)}/s${eta}${errors}`;
    this.stream.write(`\r${line}\u001b[K`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }

  /** "120 files: 117 ok, 1 empty, 2 errors in 3.2 s (37.5 files/s)". */
  summary(interrupted: boolean): string {
    const c = this.counts;
    const parts = [`${c.ok} ok`, `${c.empty} empty`, `${c.error} error${c.error === 1 ? '' : 's'}`];
    if (c.skipped) parts.push(`${c.skipped} skipped (up to date)`);
    const s = this.seconds;
    const rate = this.done / Math.max(s, 1e-3);
    const head = interrupted ? 'interrupted after ' : '';
    return `${head}${this.done} file${this.done === 1 ? '' : 's'}: ${parts.join(', ')} in ${s.toFixed(1)} s (${rate.toFixed(1)} files/s)`;
  }
}
