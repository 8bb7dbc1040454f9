// The odds as seen after every step of the current branch, as one sparkline per outcome that fits one screen row.

import type { LiveOdds } from '../analysis/liveOdds.js';
import { pathTo } from '../engine/historyNode.js';
import type { Session } from '../engine/session.js';
import type { World } from '../engine/world.js';
import { t } from '../i18n/messages.js';
import { sparkline } from '../report/sparkline.js';
import { fitCells } from './fitCells.js';

/** The most steps the trend looks back: more than a row can show, so a long session costs no more than a short one. */
export const TREND_STEPS = 120;

/** The latest TREND_STEPS worlds of the branch, oldest first. */
export const trendWorlds = (session: Session): World[] =>
  pathTo(session.cursor)
    .slice(-TREND_STEPS)
    .map((n) => n.world);

/** Marks a step whose odds were never computed (it was passed over, or the session was opened with it). */
export const UNKNOWN = '·';

/** Per outcome, P after each action up to the cursor (the latest TREND_STEPS); null where the odds of that world are not known. */
export function oddsSeries(session: Session, oddsOf: (world: World) => LiveOdds | undefined): { id: string; values: (number | null)[] }[] {
  const known = trendWorlds(session).map(oddsOf);
  const ids = known.find((o) => o)?.outcomes.map((o) => o.id) ?? [];
  return ids.map((id) => ({ id, values: known.map((o) => o?.outcomes.find((x) => x.id === id)?.p ?? null) }));
}

/** The trend row: `TREND id ▂▃▅ …` per outcome on a 0–100% scale (title in `lang`), the latest steps kept when the row is too narrow; null before any odds. */
export function oddsTrendLine(series: readonly { id: string; values: readonly (number | null)[] }[], width: number, lang = 'en'): string | null {
  if (series.length === 0) return null;
  const title = t(lang, 'trend.line', { series: '' }).trim();
  const fixed = title.length + series.reduce((n, s) => n + 2 + s.id.length + 1, 0);
  const room = Math.max(3, Math.floor((width - fixed) / series.length));
  const parts = series.map((s) => {
    const cut = s.values.length > room;
    const shown = cut ? s.values.slice(s.values.length - room + 1) : s.values;
    return `${s.id} ${cut ? '…' : ''}${shown.map((v) => (v === null ? UNKNOWN : sparkline([v]))).join('')}`;
  });
  return fitCells(t(lang, 'trend.line', { series: parts.join('  ') }), width);
}
