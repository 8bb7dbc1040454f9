// The whole screen for a UI state and a terminal size: panels, or an overlay in their place.
import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { formatMonthIn, t } from '../../i18n/messages.js';
import type { DriversState, OddsState } from '../../workers/oddsService.js';
import type { SignpostsState } from '../../workers/signpostsService.js';
import { wrapCells } from '../fitCells.js';
import { hintLine } from '../keymap.js';
import { keymapOf, SMALL_KEYS } from '../modeKeys.js';
import { overlayView } from '../overlayView.js';
import { screenModel } from '../screenModel.js';
import { useFit, useVisual } from '../theme.js';
import type { UiState } from '../uiState.js';
import { ActorsPanel } from './ActorsPanel.js';
import { Header } from './Header.js';
import { IndicatorsPanel } from './IndicatorsPanel.js';
import { KeyHints } from './KeyHints.js';
import { OddsLine, oddsLines } from './OddsLine.js';
import { OddsTrend } from './OddsTrend.js';
import { OutcomeLine } from './OutcomeLine.js';
import { Overlay } from './Overlay.js';
import { StatusLine } from './StatusLine.js';
import { TimelinePanel } from './TimelinePanel.js';
import { TriggersPanel } from './TriggersPanel.js';

/** The smallest terminal the layout supports. */
export const MIN_WIDTH = 80;
export const MIN_HEIGHT = 24;

/** `height` is the terminal's; the last row stays free so the terminal never scrolls. `trend`: the odds after each step, shown with live odds. */
type Props = {
  readonly state: UiState;
  readonly width: number;
  readonly height: number;
  readonly odds?: OddsState;
  readonly drivers?: DriversState;
  readonly signposts?: SignpostsState;
  readonly trend?: string | null;
};

export function Screen({ state, width, height, odds = { kind: 'off' }, drivers = { kind: 'idle' }, signposts = { kind: 'idle' }, trend }: Props) {
  const fitLine = useFit();
  const visual = useVisual();
  if (width < MIN_WIDTH || height < MIN_HEIGHT) {
    return (
      <Box flexDirection="column">
        <Text bold>{fitLine(t(state.lang, 'small.title', { w: MIN_WIDTH, h: MIN_HEIGHT }), width)}</Text>
        <Text>{fitLine(t(state.lang, 'small.now', { w: width, h: height, hint: hintLine(SMALL_KEYS, state.lang, width) }), width)}</Text>
      </Box>
    );
  }
  const { ir } = state.session.stepper;
  const row = visual ? 'row-reverse' : 'row';
  const left = Math.floor(width * 0.45);
  const right = width - left - 1;
  const topRows = Math.max(ir.actors.length, ir.indicators.length) + 1;
  // The odds take a second line when their outcomes and bands do not fit in one (80 columns with ranges declared).
  const oddsRows = state.hasOdds ? oddsLines(odds, state.focus === 'odds', width, state.lang).length : 1;
  const m = screenModel(state, height - 1 - topRows - 7 - (oddsRows - 1));
  const mode = state.mode;
  const status = statusOf(state, m.selectedInfo);
  const statusRows = status.kind === 'prompt' || stringWidth(status.text) + 2 <= width ? 1 : Math.min(3, wrapCells(`! ${status.text}`, width, '  ').length);
  const trendRows = state.hasOdds ? 1 : 0;
  const bottomRows = height - 1 - topRows - 4 - oddsRows - statusRows - trendRows;
  const view = overlayView(state, odds, width, drivers, signposts);
  const overlay = view ? (
    <Overlay title={view.title} lines={view.lines} rows={height + 1 - statusRows} width={width} scroll={view.scroll} lang={state.lang} />
  ) : null;
  return (
    <Box flexDirection="column" width={width} height={height - 1}>
      <Header
        lang={state.lang}
        title={m.title}
        date={formatMonthIn(state.lang, ir.start + m.month)}
        month={m.month}
        months={m.months}
        step={m.step}
        seed={m.seed}
        branch={m.branch}
        dirty={m.dirty}
        width={width}
      />
      <Text> </Text>
      {overlay ?? (
        <Box flexDirection="column">
          <Box height={topRows} flexDirection={row}>
            <ActorsPanel lang={state.lang} rows={m.actors} width={left} idWidth={Math.min(12, Math.max(...m.actors.map((a) => a.id.length)))} />
            <Text> </Text>
            <IndicatorsPanel lang={state.lang} rows={m.indicators} width={right} useLabels={width >= 140} />
          </Box>
          <OutcomeLine lang={state.lang} status={m.outcome.status} label={m.outcome.label} next={m.outcome.next} width={width} />
          <OddsLine lang={state.lang} odds={odds} focused={state.focus === 'odds'} width={width} />
          {trendRows > 0 ? <OddsTrend line={trend ?? null} width={width} /> : null}
          <Box height={bottomRows} flexDirection={row}>
            <TriggersPanel
              lang={state.lang}
              rows={m.triggers}
              total={m.triggerCount}
              selected={state.selectedTrigger}
              focused={state.focus === 'triggers'}
              filter={state.filter}
              filtering={mode.kind === 'filter'}
              height={bottomRows}
              width={left}
            />
            <Text> </Text>
            <TimelinePanel lang={state.lang} rows={m.steps} selected={m.selectedStep} focused={state.focus === 'timeline'} height={bottomRows} width={right} />
          </Box>
        </Box>
      )}
      <StatusLine kind={status.kind} text={status.text} width={width} rows={statusRows} />
      <KeyHints text={hintLine(keymapOf(mode.kind), state.lang, width, state)} width={width} />
    </Box>
  );
}

/** What the status line says: the prompt being typed, a question, the last result, or the selected trigger. */
function statusOf(state: UiState, selectedInfo: string): { kind: 'info' | 'error' | 'prompt'; text: string } {
  const mode = state.mode;
  if (mode.kind === 'prompt') {
    return { kind: 'prompt', text: t(state.lang, `prompt.${mode.purpose}`) + mode.value };
  }
  if (mode.kind === 'confirm-quit') {
    const again = mode.reason && mode.reason !== 'q' ? t(state.lang, 'quit.again', { reason: mode.reason }) : '';
    return { kind: 'error', text: `${t(state.lang, 'quit.ask')}${again}` };
  }
  if (mode.kind === 'confirm-open') return { kind: 'error', text: t(state.lang, 'open.ask') };
  return { kind: state.status?.kind ?? 'info', text: state.status?.text ?? (state.focus === 'triggers' ? selectedInfo : '') };
}
