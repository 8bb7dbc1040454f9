// A progress bar with an ETA on stderr, drawn only when stderr is a terminal.

/** Returns a progress callback and a function that clears the bar. */
export function progressBar(stream: NodeJS.WriteStream, label: string): { update: (done: number, total: number) => void; clear: () => void } {
  if (!stream.isTTY) return { update: () => {}, clear: () => {} };
  const started = performance.now();
  let last = 0;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const share = total > 0 ? done / total : 1;
      const width = 30;
      const filled = Math.round(share * width);
      const elapsed = (now - started) / 1000;
      const eta = done > 0 ? (elapsed / done) * (total - done) : 0;
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} · ${eta.toFixed(1)} s left `,
      );
    },
    clear() {
      stream.write('\r\x1b[2K');
    },
  };
}
