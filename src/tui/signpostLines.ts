// The signposts overlay as lines: progress while computing, then per month from the current one the events most worth watching.
import type { Ratio } from '../analysis/signposts.js';
import { formatMonthIn, formatNumber, formatPercent, t } from '../i18n/messages.js';
import type { SignpostsState } from '../workers/signpostsService.js';
import type { UiState } from './uiState.js';

/** The overlay's title in the interface language. */
export const signpostsTitle = (lang: string): string => t(lang, 'signposts.title');

/** A ratio as the report writes it (two significant places, `<0.01` below), in the language's digits. */
const num = (lang: string, x: number) =>
  x >= 10 ? formatNumber(lang, x, 0) : x >= 1 ? formatNumber(lang, x, 1) : x >= 0.01 ? formatNumber(lang, x, 2) : '<0.01';

/** A likelihood ratio with its 95% interval, e.g. `×1.8 (1.7–1.9)`, or "too few runs". */
const ratioIn = (lang: string, r: Ratio | null | undefined) =>
  r ? `×${num(lang, r.lr)} (${num(lang, r.ci95[0])}–${num(lang, r.ci95[1])})` : t(lang, 'signposts.fewRuns');

/** A report month (`YYYY-MM`) as the language names it; anything else as written. */
const monthOf = (lang: string, date: string) => {
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  return m ? formatMonthIn(lang, Number(m[1]) * 12 + Number(m[2]) - 1) : date;
};

/** What the overlay says for the signposts state, from the session's current state, in the interface language. */
export function signpostLines(state: UiState, signposts: SignpostsState): string[] {
  const { lang } = state;
  const { ir } = state.session.stepper;
  const here = t(lang, 'signposts.here', { date: formatMonthIn(lang, ir.start + state.session.cursor.world.month), step: state.session.cursor.steps });
  if (signposts.kind === 'idle') return [t(lang, 'signposts.starting')];
  if (signposts.kind === 'error') return [t(lang, 'signposts.error', { message: signposts.message })];
  if (signposts.kind === 'computing')
    return [t(lang, 'signposts.computing', { done: signposts.done, total: signposts.total, here }), '', t(lang, 'signposts.cancel')];
  const r = signposts.report;
  const lines = [
    t(lang, 'signposts.from', { here, runs: r.runs, seed: r.seed, entropy: formatNumber(lang, r.entropy, 2) }),
    t(lang, 'signposts.lr'),
    t(lang, 'signposts.value'),
    t(lang, 'signposts.listed', { min: r.minRuns }),
    t(lang, 'signposts.honest'),
  ];
  for (const m of r.months) {
    lines.push('', t(lang, 'signposts.byEnd', { date: monthOf(lang, m.date) }));
    if (m.best.length === 0) lines.push(`  ${t(lang, 'signposts.nothing')}`);
    for (const b of m.best) {
      lines.push(`  ${t(lang, 'signposts.row', { signpost: b.signpost, seen: formatPercent(lang, b.seen), value: formatNumber(lang, b.value, 3) })}`);
      lines.push(
        `      ${Object.entries(b.outcomes)
          .map(([o, x]) => `${o} ${ratioIn(lang, x)}`)
          .join('  ')}`,
      );
    }
  }
  return lines;
}
