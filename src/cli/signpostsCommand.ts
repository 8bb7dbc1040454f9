// `statecraft signposts`: the observable events most worth watching, month by month, with likelihood ratios per outcome.
import { signposts } from '../analysis/signposts.js';
import { UsageError } from '../core/errors.js';
import { formatMonth, parseMonth } from '../core/month.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createKernel } from '../engine/kernel/createKernel.js';
import { formatSignpostsMarkdown, formatSignpostsText } from '../report/formatSignposts.js';
import { applyOverrides } from '../scenario/applyOverrides.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { MAX_RUNS } from './batchPlan.js';
import { parseInteger } from './parseNumber.js';

export type SignpostsOptions = { runs: string; seed: string; top: string; month?: string; set: string[]; format: string };

/** Runs the batch in this thread and prints the signposts; resolves to the exit code. */
export function signpostsCommand(scenarioArg: string | undefined, o: SignpostsOptions, write: (s: string) => void): number {
  const runs = parseInteger('--runs', o.runs, 2 * 30, MAX_RUNS);
  const seed = parseInteger('--seed', o.seed, 0, 2 ** 31 - 1);
  const top = parseInteger('--top', o.top, 1, 1000);
  const kernel = createKernel(compileScenario(applyOverrides(loadScenario(scenarioArg), o.set)));
  const { ir } = kernel;
  if (o.month !== undefined) {
    const m = parseMonth(o.month);
    if (m === null || m < ir.start || m > ir.start + ir.months)
      throw new UsageError(
        `--month "${o.month}" is not a month of the clock`,
        `pick one from ${formatMonth(ir.start)} to ${formatMonth(ir.start + ir.months)}`,
      );
  }
  const report = signposts(kernel, { seed, start: null, forces: [] }, runs, top);
  if (o.format === 'json') write(`${JSON.stringify(report, null, 2)}\n`);
  else if (o.format === 'md') write(formatSignpostsMarkdown(report, o.month));
  else write(formatSignpostsText(ir, report, o.month));
  return 0;
}
