import type { CliIo } from './context';
import { printable } from '../core/terminalText';

/**
 * Progress while the queue drains: one redrawn bar on a terminal, a plain line per finished CV
 * otherwise (logs and CI), so the output stays readable in both.
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
    private readonly stderr: NodeJS.WriteStream = process.stderr,
  ) {}

  finished(fileName: string, ok: boolean, error?: string): void {
    this.done++;
    if (!ok) this.failed++;
    if (!this.io.isTty) {
      this.io.out(`${ok ? 'completed' : 'failed   '} ${printable(fileName)}${ok ? '' : `: ${printable(error ?? '')}`}`);
      return;
    }
    if (!ok) this.line(`failed ${printable(fileName)}: ${printable(error ?? '')}`);
    this.draw();
  }

  /** Writes a line above the bar. */
  line(text: string): void {
    if (this.io.isTty) this.stderr.write('\r\x1b[K');
    this.io.out(text);
  }

  draw(force = false): void {
    if (!this.io.isTty) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    const width = 30;
    const filled = this.total ? Math.round((this.done / this.total) * width) : width;
    const rate = this.done / Math.max(0.001, (now - this.started) / 1000);
    this.stderr.write(
      `\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total}  ${this.failed} failed  ${rate.toFixed(1)} CVs/s`,
    );
  }

  end(): void {
    if (this.io.isTty) this.stderr.write('\n');
  }

  get elapsedMs(): number {
    return Date.now() - this.started;
  }
}
