// The host's facilitator screen: the single-seat screen over the host's run, a bar with seats and proposals, and the proposals panel.
import { Box, Text, useApp, useInput } from 'ink';
import { useContext, useEffect, useRef, useState } from 'react';
import { UserError } from '../../core/errors.js';
import { t } from '../../i18n/messages.js';
import { errorText } from '../../i18n/userError.js';
import type { ExerciseHost } from '../../server/startExerciseHost.js';
import { type BidiMode, bidiModeOf, fitLogical, fitVisual, isRightToLeft } from '../bidi.js';
import { ExerciseScreen } from '../exercise/ExerciseScreen.js';
import type { ExerciseDeps, ExerciseUi } from '../exercise/exerciseUi.js';
import { handleExerciseKey } from '../exercise/handleExerciseKey.js';
import { wrapCells } from '../fitCells.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { splitKeys } from '../keyPress.js';
import { ThemeContext, useColor } from '../theme.js';
import { type HostUi, handleHostKey } from './handleHostKey.js';
import { HOST_KEYMAP } from './hostKeymap.js';
import { hostBarLines, proposalLines } from './hostLines.js';

type Props = {
  readonly host: ExerciseHost;
  readonly initial: ExerciseUi;
  /** The odds shown on the facilitator's screen; saving goes through the host. */
  readonly estimate: ExerciseDeps['estimate'];
  readonly seatLines: readonly string[];
  readonly size?: { readonly columns: number; readonly rows: number };
  /** How right-to-left lines are drawn, here and in the screen below; by default from STATECRAFT_BIDI and the terminal (docs/arabic.md). */
  readonly bidi?: BidiMode;
};
type State = { readonly ex: ExerciseUi; readonly host: HostUi };

export function HostApp({ host, initial, estimate, seatLines, size, bidi = bidiModeOf(process.env) }: Props) {
  const deps: ExerciseDeps = { save: (run) => host.adopt(run), estimate };
  const { exit } = useApp();
  const color = useColor();
  const lang = initial.lang;
  const visual = isRightToLeft(lang) && bidi === 'visual';
  const theme = { ...useContext(ThemeContext), visual };
  const fitCells = visual ? fitVisual : fitLogical;
  const terminal = useTerminalSize();
  const { columns, rows } = size ?? terminal;
  const start: State = { ex: initial, host: { panel: null, seatsShown: false, revealed: false, message: null } };
  const current = useRef(start);
  const [state, setState] = useState(start);
  const [, setTick] = useState(0);
  const update = (f: (s: State) => State) => {
    current.current = f(current.current);
    setState(current.current);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: `update` writes through refs
  useEffect(
    () =>
      host.onChange(() => {
        update((s) => (s.ex.run === host.desk().run ? s : { ...s, ex: { ...s.ex, run: host.desk().run, odds: estimate(host.desk().run) } }));
        setTick((t) => t + 1);
      }),
    [host],
  );
  useInput((input, key) =>
    update((s) => {
      let next = s;
      for (const press of splitKeys(input, key)) {
        if (columns < 80 || rows < 24) {
          if (press.char === 'q' || (press.ctrl && press.char === 'c')) next = { ...next, ex: { ...next.ex, quit: true } };
          continue;
        }
        const r = handleHostKey(next.host, press, host.desk().proposals, lang);
        if (r.handled) {
          let message = r.ui.message;
          try {
            if (r.command?.kind === 'approve') message = t(lang, 'host.approved', { status: host.approve(r.command.key).status });
            if (r.command?.kind === 'veto') message = t(lang, 'host.vetoed', { message: host.veto(r.command.key, r.command.reason).message ?? '' });
            if (r.command?.kind === 'reveal') host.reveal(r.command.show);
          } catch (e) {
            if (!(e instanceof UserError)) throw e;
            message = errorText(lang, e);
          }
          next = { ...next, host: { ...r.ui, message } };
        } else next = { ...next, ex: handleExerciseKey({ ...next.ex, run: host.desk().run }, press, deps) };
        if (next.ex.quit) break;
      }
      return next;
    }),
  );
  useEffect(() => {
    if (state.ex.quit) exit();
  }, [state.ex.quit, exit]);
  if (columns < 80 || rows < 24) return <Text>{fitCells(t(lang, 'host.small', { w: columns, h: rows }), columns)}</Text>;
  const overlay = state.host.seatsShown
    ? seatLines.flatMap((l) => wrapCells(l, columns, '    '))
    : state.host.panel
      ? proposalLines(host.desk(), state.host, columns, lang)
      : null;
  const bar = hostBarLines(host, state.host, columns, lang);
  /** Rows the bar takes beyond its first, which the screen below gives up. */
  const extra = bar.length - 1;
  return (
    <ThemeContext.Provider value={theme}>
      <Box flexDirection="column">
        {bar.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
          <Text key={`bar${i}`} inverse>
            {fitCells(l, columns)}
          </Text>
        ))}
        {overlay ? (
          <Box flexDirection="column" height={rows - 2 - extra}>
            {[...overlay.slice(0, rows - 3 - extra), ...Array(Math.max(0, rows - 3 - extra - overlay.length)).fill('')].map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
              <Text key={i}>{fitCells(l, columns)}</Text>
            ))}
            <Text {...color('red')}>{fitCells(state.host.message ?? '', columns)}</Text>
          </Box>
        ) : (
          <ExerciseScreen ui={state.ex} width={columns} height={rows - extra} above={extra} moreKeys={HOST_KEYMAP} />
        )}
      </Box>
    </ThemeContext.Provider>
  );
}
