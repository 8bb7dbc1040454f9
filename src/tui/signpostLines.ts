// The signposts overlay as lines: progress while computing, then per month from the current one the events most worth watching.
import { formatMonthLong } from '../core/month.js';
import { ratio } from '../report/formatSignposts.js';
import type { SignpostsState } from '../workers/signpostsService.js';
import type { UiState } from './uiState.js';

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** The overlay's title. */
export const SIGNPOSTS_TITLE = 'SIGNPOSTS TO WATCH FROM HERE (conditional statistics, not causes)';

/** What the overlay says for the signposts state, from the session's current state. */
export function signpostLines(state: UiState, signposts: SignpostsState): string[] {
  const { ir } = state.session.stepper;
  const here = `${formatMonthLong(ir.start + state.session.cursor.world.month)}, step ${state.session.cursor.steps}`;
  if (signposts.kind === 'idle') return ['Starting…'];
  if (signposts.kind === 'error') return [`The signposts could not be computed: ${signposts.message}`];
  if (signposts.kind === 'computing')
    return [`Computing: ${signposts.done.toLocaleString('en-US')} of ${signposts.total.toLocaleString('en-US')} runs from ${here}.`, '', 'Any key cancels.'];
  const r = signposts.report;
  const lines = [
    `From ${here}: ${r.runs.toLocaleString('en-US')} runs from here, seed ${r.seed}. Outcome entropy now: ${r.entropy.toFixed(2)} bits.`,
    'LR = P(seen by then | outcome) ÷ P(seen by then | not outcome), with its 95% interval. Above 1 the sign points toward the outcome.',
    'VALUE = bits of outcome uncertainty that watching it removes. SEEN = share of runs in which it is seen by then.',
    `Listed: events seen in at least ${r.minRuns} runs and missed in at least ${r.minRuns}; events that settle an outcome are left out.`,
    'These are conditional statistics of the model: seeing a signpost tells about an outcome; it does not make it happen.',
  ];
  for (const m of r.months) {
    lines.push('', `BY THE END OF ${m.date}`);
    if (m.best.length === 0) lines.push('  (nothing observable yet tells the outcomes apart)');
    for (const b of m.best) {
      lines.push(`  ${b.signpost}   seen ${pct(b.seen)}   value ${b.value.toFixed(3)} bits`);
      lines.push(
        `      ${Object.entries(b.outcomes)
          .map(([o, x]) => `${o} ${ratio(x)}`)
          .join('  ')}`,
      );
    }
  }
  return lines;
}
