/** Where progress goes: stderr in the CLI, a fake in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  label: string;
  total: number;
  stream?: ProgressStream;
  /** Milliseconds; injected so tests control rate and ETA. */
  now?: () => number;
}

export interface Progress {
  update(done: number): void;
  /** Ends the bar: the final state, then a newline on a terminal. */
  finish(): void;
}

const BAR_WIDTH = 24;
/** A terminal is redrawn at most this often, so a fast loop does not spend its time drawing. */
const REDRAW_MS = 100;

/**
 * A progress bar on stderr, so stdout stays clean for the report or JSON. On a terminal it redraws
 * one line with label, bar, done/total, rate and ETA; in a log or a pipe it writes a plain line at
 * every tenth, since carriage returns would pile up there.
 */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const total = Math.max(0, options.total);
  const started = now();
  let done = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = -1;
  let lastTenth = -1;
  let finished = false;

  const draw = () => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? formatDuration((total - done) / rate) : "--:--";
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * BAR_WIDTH);
    const bar = `${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}`;
    drawn = done;
    stream.write(`\r${options.label} [${bar}] ${done}/${total} ${rate.toFixed(1)}/s ETA ${eta}\x1b[K`);
  };

  const announce = () => {
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (tenth <= lastTenth) return;
    lastTenth = tenth;
    stream.write(`${options.label}: ${tenth * 10}% (${done}/${total})\n`);
  };

  return {
    update(value: number) {
      if (finished) return;
      done = Math.min(Math.max(0, value), total);
      if (!stream.isTTY) {
        announce();
        return;
      }
      if (now() - lastDraw < REDRAW_MS && done < total) return;
      lastDraw = now();
      draw();
    },
    finish() {
      if (finished) return;
      if (stream.isTTY) {
        if (drawn !== done) draw();
        stream.write("\n");
      } else announce();
      finished = true;
    },
  };
}

/** Seconds as m:ss, or h:mm:ss from an hour on. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, "0");
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}
