import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ActorsPanel } from '../../src/tui/components/ActorsPanel.js';
import { Header } from '../../src/tui/components/Header.js';
import { IndicatorsPanel } from '../../src/tui/components/IndicatorsPanel.js';
import { KeyHints } from '../../src/tui/components/KeyHints.js';
import { OutcomeLine } from '../../src/tui/components/OutcomeLine.js';
import { Overlay } from '../../src/tui/components/Overlay.js';
import { StatusLine } from '../../src/tui/components/StatusLine.js';
import { TimelinePanel } from '../../src/tui/components/TimelinePanel.js';
import { TriggersPanel } from '../../src/tui/components/TriggersPanel.js';
import { NORMAL_KEYS } from '../../src/tui/handleNormalKey.js';
import { hintLine } from '../../src/tui/keymap.js';

const frame = (el: ReactElement) => {
  const r = render(el);
  const text = r.lastFrame();
  r.unmount();
  return text;
};

describe('panels', () => {
  it('should show the header with date, step, seed, branch and an unsaved mark', () => {
    expect(frame(<Header title="Minimal scenario" date="Oct 2025" month={1} months={3} step={2} seed={7} branch="main" dirty width={60} />)).toBe(
      'Minimal sce… Oct 2025 (month 2/4) · step 2 · seed 7 · main *',
    );
  });

  it('should list actors with their state labels, marking the ones that changed', () => {
    const rows = [
      { id: 'gov', label: 'Government', state: 'quiet', stateLabel: 'Quiet', changed: true },
      { id: 'army', label: 'Army', state: 'calm', stateLabel: 'Calm and steady in barracks', changed: false },
    ];
    expect(frame(<ActorsPanel rows={rows} width={30} idWidth={4} />)).toBe('ACTORS\n*gov  Quiet\n army Calm and steady in barr…');
  });

  it('should draw each indicator with a bar, its value, the change and a sparkline', () => {
    const rows = [
      { id: 'risk', label: 'Risk', unit: '', value: 80, min: 0, max: 100, delta: 30, history: [50, 50, 80] },
      { id: 'troops', label: 'Troops', unit: '', value: 0, min: 0, max: 5000, delta: -2000, history: [2500, 2000, 0] },
    ];
    expect(frame(<IndicatorsPanel rows={rows} width={44} useLabels={false} />)).toBe(
      'INDICATORS\nrisk             ██████░░    80   +30    ▅▅▇\ntroops           ░░░░░░░░     0 -2000    ▅▄▁',
    );
  });

  it('should keep each indicator on one line at 80 columns whatever the widths of value and change', () => {
    // At 80 columns the indicators panel is 43 cells wide; these are the widest values and changes the bounds allow.
    const rows = [
      { id: 'isis_activity', label: '', unit: '', value: 71.01, min: 0, max: 100, delta: 20.44, history: [40, 50, 71] },
      { id: 'weapons_control', label: '', unit: '', value: -100, min: -100, max: 100, delta: -199.99, history: [99, -100] },
      { id: 'us_troops', label: '', unit: '', value: 4999.99, min: 0, max: 5000, delta: 2500, history: [2500, 4999.99] },
      { id: 'spending', label: '', unit: '', value: 12345.67, min: -99999, max: 99999, delta: -12345.67, history: [0, 12345.67] },
      { id: 'debt', label: '', unit: '', value: 1234567.89, min: 0, max: 1e9, delta: 0, history: [1234567.89] },
    ];
    const lines = frame(<IndicatorsPanel rows={rows} width={43} useLabels={false} />)?.split('\n') ?? [];
    expect(lines).toEqual([
      'INDICATORS',
      'isis_activity   ██████░░ 71.01 +20.4    ▄▅▆',
      'weapons_control ░░░░░░░░  -100  -200     █▁',
      'us_troops       ████████  5000 +2500     ▅█',
      'spending        ████░░░░ 12346  -12K     ▅▅',
      'debt            ░░░░░░░░  1.2M    ±0      ▁',
    ]);
  });

  it('should mark disabled triggers with × and the selection with >', () => {
    const rows = [
      { id: 'shock', label: 'Shock', kind: 'exogenous', enabled: true },
      { id: 'speak', label: 'Speak up', kind: 'move', enabled: false },
      { id: 'deadline', label: 'Deadline', kind: 'scheduled', enabled: false },
    ];
    expect(frame(<TriggersPanel rows={rows} total={3} selected={1} focused filter="" filtering={false} height={4} width={36} />)).toBe(
      'TRIGGERS 1 of 3 enabled\n  shock\n>×speak\n ×deadline',
    );
  });

  it('should show the filter being typed, and labels when there is room', () => {
    const rows = [{ id: 'speak', label: 'Speak up', kind: 'move', enabled: false }];
    expect(frame(<TriggersPanel rows={rows} total={3} selected={0} focused={false} filter="sp" filtering height={3} width={60} />)).toBe(
      'TRIGGERS /sp▌ (1 of 3, 0 enabled)\n>×speak    Speak up',
    );
  });

  it('should list recent steps with the selected one marked', () => {
    const rows = [
      { index: 1, date: '2025-09', trigger: 'shock', summary: 'gov → quiet, risk +30' },
      { index: 2, date: '2025-09', trigger: 'advance', summary: 'clock' },
    ];
    expect(frame(<TimelinePanel rows={rows} selected={1} focused height={3} width={40} />)).toBe(
      'TIMELINE (step 1 selected, e explains)\n>#1 2025-09 shock: gov → quiet, risk +30\n #2 2025-09 advance: clock',
    );
  });

  it('should show an open outcome with the next deadline, or the decided one', () => {
    expect(frame(<OutcomeLine status="open" label="" next="end of Dec 2025, Deadline" width={60} />)).toBe(
      'OUTCOME  open · next deadline: end of Dec 2025, Deadline',
    );
    expect(frame(<OutcomeLine status="crisis" label="Crisis" next={null} width={60} />)).toBe('OUTCOME  crisis: Crisis (decided)');
  });

  it('should fit the key hints into 80 columns', () => {
    expect(frame(<KeyHints text={hintLine(NORMAL_KEYS, 'en', 80)} width={80} />)).toBe(
      '↑↓ select  ⏎ fire  a month  R roll  u/r undo/redo  e explain  ? help  q quit',
    );
  });

  it('should mark errors in the status line', () => {
    expect(frame(<StatusLine kind="error" text="cannot fire" width={20} />)).toBe('! cannot fire');
  });

  it('should scroll an overlay and mark which lines are shown and what is below', () => {
    expect(frame(<Overlay title="KEYS" lines={['a', 'b', 'c', 'd']} rows={9} width={60} scroll={1} />)).toBe(
      'KEYS\nb\nc\n── lines 2–3 of 4 · 1 more below ↓ · more above ↑ · ↑↓ PgUp…',
    );
  });
});
