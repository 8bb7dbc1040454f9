// The end of a batch or a merge whose runs stopped on evaluation errors: exit 1, the expression, and the run to replay.
import type { BatchReport } from '../analysis/summarizeBatch.js';
import { escapeControl } from '../core/escapeControl.js';
import { forcedScheduled, type ReplaySource, replayCommand } from '../report/replayCommand.js';

/**
 * Exit 1 when runs stopped on an evaluation error, naming the expression and the command that replays the first such run
 * (its own random stream, the what-ifs, shell-quoted); 0 otherwise. `batch` and `merge` alike.
 */
export function reportRunErrors(report: BatchReport, source: ReplaySource, warn: (line: string) => void): number {
  if (report.problems.error === 0) return 0;
  const example = report.problems.examples.find((p) => p.kind === 'error');
  warn(`error: ${report.problems.error.toLocaleString('en-US')} of ${report.runs.toLocaleString('en-US')} runs stopped on an evaluation error\n`);
  if (example) {
    warn(`  first in run ${example.run} (seed ${report.seed}): ${escapeControl(example.detail)}\n`);
    warn(`  replay it: ${escapeControl(replayCommand(source, example))}\n`);
    const scheduled = forcedScheduled(source, example);
    if (scheduled !== undefined)
      warn(
        `  (a batch of ${(example.run + 1).toLocaleString('en-US')} runs, whose last is run ${example.run}: it fired the scheduled trigger ${escapeControl(scheduled)} by --force, and statecraft run plays a scheduled trigger only at its own month)\n`,
      );
  }
  warn('hint: fix the expression named above (guard it or keep its values finite), then run the batch again\n');
  return 1;
}
