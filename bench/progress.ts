/** A small progress bar on stderr (a line every 10% when stderr is not a terminal, as in CI). */
export class Progress {
  private readonly start = performance.now();
  private lastDecile = -1;
  private readonly tty = !!process.stderr.isTTY;

  constructor(private readonly total: number) {}

  update(done: number, label = ''): void {
    const frac = this.total ? done / this.total : 1;
    const elapsed = (performance.now() - this.start) / 1000;
    const eta = done ? (elapsed / done) * (this.total - done) : 0;
    if (this.tty) {
      const width = 30;
      const fill = Math.round(frac * width);
      const bar = `${'█'.repeat(fill)}${'░'.repeat(width - fill)}`;
      process.stderr.write(`\r${bar} ${done}/${this.total} ${fmt(elapsed)} elapsed, ~${fmt(eta)} left ${label.padEnd(20)}`);
    } else {
      const decile = Math.floor(frac * 10);
      if (decile !== this.lastDecile) {
        this.lastDecile = decile;
        process.stderr.write(`bench: ${done}/${this.total} pages, ${fmt(elapsed)} elapsed\n`);
      }
    }
  }

  done(): void {
    const elapsed = (performance.now() - this.start) / 1000;
    if (this.tty) process.stderr.write('\n');
    process.stderr.write(`bench: ${this.total} pages in ${fmt(elapsed)}\n`);
  }
}

function fmt(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${s.toFixed(0)}s`;
}
