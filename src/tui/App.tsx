// The interactive simulator: a session held by one hook, drawn by Screen at the terminal's size, autosaved after every step.
import { useApp } from 'ink';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { OddsService } from '../workers/oddsService.js';
import type { SignpostsService } from '../workers/signpostsService.js';
import { type BidiMode, bidiModeOf, isRightToLeft } from './bidi.js';
import { Screen } from './components/Screen.js';
import type { AppIo, View } from './handleAppKey.js';
import { type Recovery, useAutosave } from './hooks/use-autosave.js';
import { useDrivers, useOdds } from './hooks/use-odds.js';
import { useOddsHistory } from './hooks/use-odds-history.js';
import { type Signals, useSession } from './hooks/use-session.js';
import { useSignposts } from './hooks/use-signposts.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { oddsSeries, oddsTrendLine } from './oddsTrend.js';
import { ThemeContext } from './theme.js';
import type { Status, UiState } from './uiState.js';

type Props = {
  readonly initial: UiState;
  readonly io: AppIo;
  readonly odds?: OddsService;
  /** Starts the odds service once the first frame is drawn (so the first frame does not wait for a worker). */
  readonly startOdds?: () => OddsService;
  readonly size?: { readonly columns: number; readonly rows: number };
  readonly recovery?: Recovery;
  readonly signals?: Signals;
  /** Computes the signposts overlay off the UI thread. */
  readonly signposts?: SignpostsService;
  /** Starts a second odds service that fills in the odds of steps passed over (for the trend). */
  readonly backfill?: () => OddsService;
  /** How right-to-left lines are drawn; by default from STATECRAFT_BIDI and the terminal (docs/arabic.md). */
  readonly bidi?: BidiMode;
};

export function App({ initial, io, odds, startOdds, size, recovery, signals, signposts, backfill, bidi = bidiModeOf(process.env) }: Props) {
  const { exit } = useApp();
  const terminal = useTerminalSize();
  const { columns, rows } = size ?? terminal;
  const [late, setLate] = useState<OddsService | undefined>(undefined);
  useEffect(() => {
    if (!startOdds) return;
    const timer = setTimeout(() => setLate(startOdds()), 0);
    return () => clearTimeout(timer);
  }, [startOdds]);
  const service = odds ?? late;
  const view = useRef<View>({ columns, rows, odds: { kind: 'off' } });
  const autosave = useRef<{ close: () => void }>({ close: () => {} });
  const onQuit = useCallback(
    (last: UiState) => {
      autosave.current.close();
      if (!last.keepRecovery) recovery?.clear();
      exit();
    },
    [exit, recovery],
  );
  const { state, dispatch } = useSession(initial, io, onQuit, view, signals);
  const oddsState = useOdds(service, state.session.cursor.world);
  const drivers = useDrivers(service, state.mode.kind === 'drivers', state.session.cursor.world);
  const signpostsState = useSignposts(signposts, state.mode.kind === 'signposts', state.session.cursor.world);
  const oddsOf = useOddsHistory(oddsState, state.session, backfill);
  const trend = oddsTrendLine(oddsSeries(state.session, oddsOf), columns, state.lang);
  view.current = { columns, rows, odds: oddsState, drivers, signposts: signpostsState };
  const report = useCallback((status: Status) => dispatch((s) => ({ ...s, status })), [dispatch]);
  autosave.current = useAutosave(state, recovery, report);
  const theme = useContext(ThemeContext);
  const visual = isRightToLeft(state.lang) && bidi === 'visual';
  return (
    <ThemeContext.Provider value={{ ...theme, visual }}>
      <Screen state={state} width={columns} height={rows} odds={oddsState} drivers={drivers} signposts={signpostsState} trend={trend} />
    </ThemeContext.Provider>
  );
}
