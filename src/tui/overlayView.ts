// What an open overlay shows, wrapped to the terminal's width: shared by the screen (to draw) and the keys (to scroll).
import stringWidth from 'string-width';
import { t } from '../i18n/messages.js';
import type { DriversState, OddsState } from '../workers/oddsService.js';
import type { SignpostsState } from '../workers/signpostsService.js';
import { detailLines } from './detailLines.js';
import { wrapCells } from './fitCells.js';
import { helpOverlayLines } from './modeKeys.js';
import { branchLines, compareLines, driverLines, explainOverlay } from './overlayLines.js';
import { restoreLines } from './recovery.js';
import { signpostLines, signpostsTitle } from './signpostLines.js';
import type { UiState } from './uiState.js';

/** An overlay's title, its lines wrapped to the width, and the first line shown. */
export type OverlayView = { readonly title: string; readonly lines: readonly string[]; readonly scroll: number };

/** Rows an overlay takes at a terminal height (everything between the header and the status line). */
export const overlayHeight = (rows: number): number => rows - 5;

/** Rows of text an overlay has under its title, leaving one for the position marker when it scrolls. */
export const overlayRoom = (rows: number, total: number): number => {
  const room = overlayHeight(rows) - 1;
  return total > room ? room - 1 : room;
};

/** The open overlay at `width`, or null on the main screen. */
export function overlayView(
  state: UiState,
  _odds: OddsState,
  width: number,
  drivers: DriversState = { kind: 'idle' },
  signposts: SignpostsState = { kind: 'idle' },
): OverlayView | null {
  const raw = overlayText(state, drivers, width, signposts);
  if (!raw) return null;
  const lines = raw.lines.flatMap((l) => (stringWidth(l) <= width ? [l] : wrapCells(l, width, `${/^\s*/.exec(l)?.[0] ?? ''}    `)));
  return { title: raw.title, lines, scroll: raw.scroll };
}

function overlayText(
  state: UiState,
  drivers: DriversState,
  width: number,
  signposts: SignpostsState,
): { title: string; lines: readonly string[]; scroll: number } | null {
  const mode = state.mode;
  switch (mode.kind) {
    case 'help':
      return { title: t(state.lang, 'title.help'), lines: helpOverlayLines(state.lang, width), scroll: mode.scroll ?? 0 };
    case 'explain':
      return { ...explainOverlay(state, mode.step), scroll: mode.scroll };
    case 'branches':
      return { title: t(state.lang, 'title.branches'), lines: branchLines(state, mode.selected), scroll: mode.selected };
    case 'drivers':
      return { title: t(state.lang, 'title.drivers'), lines: driverLines(drivers, state.lang), scroll: mode.scroll ?? 0 };
    case 'signposts':
      return { title: signpostsTitle(state.lang), lines: signpostLines(state, signposts), scroll: mode.scroll ?? 0 };
    case 'compare':
      return { title: t(state.lang, 'title.compare'), lines: compareLines(state, mode.other, width), scroll: mode.scroll ?? 0 };
    case 'restore':
      return { title: t(state.lang, 'title.restore'), lines: restoreLines(state, mode), scroll: mode.scroll ?? 0 };
    case 'details':
      return { title: t(state.lang, 'title.details'), lines: detailLines(state), scroll: mode.scroll ?? 0 };
    case 'notice':
      return { title: mode.title, lines: mode.lines, scroll: mode.scroll ?? 0 };
    default:
      return null;
  }
}

/** The new first line after a scroll key (↑↓ j k PgUp PgDn), clamped to the content; null for other keys. */
export function scrollBy(key: { char: string; name?: string }, scroll: number, total: number, rows: number): number | null {
  const room = overlayRoom(rows, total);
  const max = Math.max(0, total - room);
  const by =
    key.name === 'down' || key.char === 'j'
      ? 1
      : key.name === 'up' || key.char === 'k'
        ? -1
        : key.name === 'pagedown' || key.char === ' '
          ? room
          : key.name === 'pageup'
            ? -room
            : null;
  if (by === null) return null;
  return Math.max(0, Math.min(max, Math.min(scroll, max) + by));
}
