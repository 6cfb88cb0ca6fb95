/**
 * A one-line progress bar on stderr (redrawn in place on a terminal, a line per tenth
 * otherwise, so logs stay short). Hand-written: a dozen lines, not worth a dependency.
 */
export function progressBar(total: number, unit: string): { update(done: number): void; finish(): void } {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  let finished = false;
  const line = (done: number) => {
    const share = Math.min(1, done / total);
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const bar = "#".repeat(Math.round(share * 30)).padEnd(30, ".");
    return `[${bar}] ${(share * 100).toFixed(0).padStart(3)} % ${done.toLocaleString("sv-SE")}/${total.toLocaleString("sv-SE")} ${unit}, ${Math.round(rate).toLocaleString("sv-SE")}/s, ${seconds.toFixed(0)} s, kvar ca ${eta.toFixed(0)} s`;
  };
  return {
    update(done) {
      if (tty) process.stderr.write(`\r${line(done)}`);
      else {
        const tenth = Math.floor((done / total) * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          process.stderr.write(`${line(done)}\n`);
        }
      }
    },
    /** Ends the bar's line (once, however often it is called). */
    finish() {
      if (tty && !finished) process.stderr.write("\n");
      finished = true;
    },
  };
}
