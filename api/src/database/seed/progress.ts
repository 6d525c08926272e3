/** A one-line progress bar on stderr (only on a terminal; plain lines otherwise). */
export class Progress {
  private lastDraw = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly quiet = false,
  ) {}

  tick(done: number): void {
    if (this.quiet || !this.tty) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < this.total) return;
    this.lastDraw = now;
    const width = 30;
    const ratio = this.total ? Math.min(1, done / this.total) : 1;
    const filled = Math.round(ratio * width);
    process.stderr.write(
      `\r  ${this.label.padEnd(22)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${this.total}`,
    );
  }

  done(): void {
    if (this.quiet) return;
    if (this.tty) {
      this.tick(this.total);
      process.stderr.write('\n');
    } else {
      process.stderr.write(`  ${this.label}: ${this.total}\n`);
    }
  }
}
