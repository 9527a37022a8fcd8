/**
 * A one-line progress display for long runs, drawn on standard error only when it is a terminal (never in pipes, CI
 * logs or --json output). Redraws at most PROGRESS_FPS times a second.
 */
import type { IngestProgress } from '../ingest/ingest-batch.js';

const PROGRESS_FPS = 8;
const BAR_WIDTH = 20;
const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';

export interface ProgressDisplay {
  update(p: IngestProgress): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, total?: number): ProgressDisplay {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = Date.now();
  let last = 0;
  let frame = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 1000 / PROGRESS_FPS) return;
      last = now;
      const rate = p.read / Math.max(0.001, (now - started) / 1000);
      const head = total ? bar(p.read / total) : SPINNER[frame++ % SPINNER.length];
      const line = `${head} ${p.read} read · ${p.inserted} new · ${p.nearDuplicates} near-dup · ${p.exists} known · ${p.failed} failed · ${rate.toFixed(0)}/s  ${p.location}`;
      const width = stream.columns || 100;
      stream.write(`\r\x1b[2K${line.slice(0, width - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

function bar(fraction: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
}
