// The interactive simulator: a session held by one hook, drawn by Screen at the terminal's size.
import { useApp } from 'ink';
import type { OddsService } from '../workers/oddsService.js';
import { Screen } from './components/Screen.js';
import type { TuiIo } from './handleKey.js';
import { useDrivers, useOdds } from './hooks/use-odds.js';
import { useSession } from './hooks/use-session.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { UiState } from './uiState.js';

type Props = {
  readonly initial: UiState;
  readonly io: TuiIo;
  readonly odds?: OddsService;
  readonly size?: { readonly columns: number; readonly rows: number };
};

export function App({ initial, io, odds, size }: Props) {
  const { exit } = useApp();
  const state = useSession(initial, io, exit);
  const oddsState = useOdds(odds, state.session.cursor.world);
  const drivers = useDrivers(odds, state.mode.kind === 'drivers', state.session.cursor.world);
  const terminal = useTerminalSize();
  const { columns, rows } = size ?? terminal;
  return <Screen state={state} width={columns} height={rows} odds={oddsState} drivers={drivers} />;
}
