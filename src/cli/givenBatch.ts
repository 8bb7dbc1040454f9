// `statecraft batch --given "EXPR by YYYY-MM"`: conditional odds from the runs where every observation held by its month.
import { compileObservation } from '../analysis/compileObservation.js';
import { conditionalOdds } from '../analysis/conditionalOdds.js';
import { UsageError } from '../core/errors.js';
import { formatConditionalCsv, formatConditionalMarkdown, formatConditionalText } from '../report/formatConditional.js';
import { specFor } from '../workers/batchJob.js';
import type { BatchCommandOptions } from './batchCommand.js';
import { batchPlan } from './batchPlan.js';

/** Runs the batch in this thread, keeping each run's observations; resolves to the exit code. */
export function givenBatch(scenarioArg: string | undefined, o: BatchCommandOptions & { given: string[] }, write: (s: string) => void): number {
  if (o.uncertainty) throw new UsageError('--given does not combine with --uncertainty', 'run one, then the other');
  if (o.shard !== undefined) throw new UsageError('--given does not work with --shard', 'run the whole batch in one process');
  const plan = batchPlan(scenarioArg, o);
  const observations = o.given.map((g) => compileObservation(plan.kernel, g));
  const report = conditionalOdds(plan.kernel, specFor(plan.kernel, plan.job), observations, plan.runs);
  const text =
    o.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : o.format === 'csv'
        ? formatConditionalCsv(report)
        : o.format === 'md'
          ? formatConditionalMarkdown(report)
          : formatConditionalText(plan.kernel.ir, report);
  if (o.output) o.output.write(text);
  else write(text);
  return 0;
}
