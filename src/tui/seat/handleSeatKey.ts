// Keys of a team's seat: open a form, fill it (each field checked as it is typed), confirm, and hand the action to the connection.

import { t } from '../../i18n/messages.js';
import type { SeatAction } from '../../server/protocol.js';
import type { SeatView } from '../../server/seatView.js';
import type { KeyPress } from '../keyPress.js';

/** A form being filled: a list to pick from, or percentages to type. */
export type SeatForm =
  | { readonly kind: 'pick'; readonly title: string; readonly options: readonly PickOption[]; readonly selected: number }
  | { readonly kind: 'percent'; readonly prompt: string; readonly title: string; readonly values: readonly string[]; readonly index: number }
  | { readonly kind: 'confirm'; readonly title: string; readonly action: SeatAction };

type PickOption = { readonly label: string; readonly enabled: boolean; readonly reason?: string; readonly next: SeatAction | 'percent' };

/** The seat's screen state. */
export type SeatUi = {
  readonly view: SeatView | null;
  readonly form: SeatForm | null;
  /** `connection`: the status says why the seat is not connected, and goes when it is online again; `hint`: with what to check (the host could not be reached). */
  readonly status: { readonly kind: 'info' | 'error'; readonly text: string; readonly connection?: boolean; readonly hint?: boolean } | null;
  readonly connection: string;
  /** The seat's language until the host's first view (`join --lang`); the host's language after it. */
  readonly lang?: string;
  readonly logScroll: number;
  readonly showBriefing: boolean;
  readonly showWorld: boolean;
  readonly quit: boolean;
};

/** The next state, and an action to send when one was confirmed. */
export function handleSeatKey(ui: SeatUi, key: KeyPress, size: { columns: number; rows: number }): { ui: SeatUi; send?: SeatAction } {
  if (key.ctrl && key.char === 'c') return { ui: { ...ui, quit: true } };
  if (size.columns < 80 || size.rows < 24) return { ui: key.char === 'q' ? { ...ui, quit: true } : ui };
  if (ui.form) return handleForm(ui, ui.form, key);
  const view = ui.view;
  if (key.char === 'q') return { ui: { ...ui, quit: true } };
  if (key.char === 'b') return { ui: { ...ui, showBriefing: !ui.showBriefing, showWorld: false } };
  if (key.char === 'w') return { ui: { ...ui, showWorld: !ui.showWorld, showBriefing: false } };
  if (key.name === 'up' || key.char === 'k') return { ui: { ...ui, logScroll: ui.logScroll + 1 } };
  if (key.name === 'down' || key.char === 'j') return { ui: { ...ui, logScroll: Math.max(0, ui.logScroll - 1) } };
  if (key.name === 'escape') return { ui: { ...ui, status: null } };
  if (!view || view.ended)
    return {
      ui:
        key.char === 'd' || key.char === 'p' || key.char === 'm'
          ? { ...ui, status: { kind: 'error', text: view ? t(view.lang, 'seat.hasEnded') : t('en', 'seat.notConnected') } }
          : ui,
    };
  if (key.char === 'd') return open(ui, decideForm(view), t(view.lang, 'seat.noDecision'));
  if (key.char === 'p') return open(ui, predictForm(view), t(view.lang, 'seat.noPrompt'));
  if (key.char === 'm') return open(ui, moveForm(view), t(view.lang, 'seat.noMove'));
  return { ui };
}

function open(ui: SeatUi, form: SeatForm | null, none: string): { ui: SeatUi } {
  return { ui: form ? { ...ui, form, status: null } : { ...ui, status: { kind: 'error', text: none } } };
}

function decideForm(view: SeatView): SeatForm | null {
  const options = view.decisions.flatMap((d) =>
    d.options.map((o) => ({
      label: `${d.prompt} → ${o.label}`,
      enabled: o.enabled,
      ...(o.reason ? { reason: o.reason } : {}),
      next: { kind: 'decide', decision: d.id, choice: o.id } as SeatAction,
    })),
  );
  return options.length
    ? {
        kind: 'pick',
        title: t(view.lang, 'seat.titleDecision'),
        options,
        selected: Math.max(
          0,
          options.findIndex((o) => o.enabled),
        ),
      }
    : null;
}

function predictForm(view: SeatView): SeatForm | null {
  const prompts = view.prompts;
  if (prompts.length === 0) return null;
  if (prompts.length === 1) return percentForm(view, (prompts[0] as (typeof prompts)[number]).id);
  return {
    kind: 'pick',
    title: t(view.lang, 'seat.titlePrediction'),
    options: prompts.map((p) => ({ label: p.prompt, enabled: true, next: 'percent' })),
    selected: 0,
  };
}

const percentForm = (view: SeatView, prompt: string): SeatForm => ({
  kind: 'percent',
  prompt,
  title: t(view.lang, 'seat.titlePredictionOf', { prompt: view.prompts.find((p) => p.id === prompt)?.prompt ?? prompt }),
  values: view.outcomes.map(() => ''),
  index: 0,
});

function moveForm(view: SeatView): SeatForm | null {
  const options = view.moves.map((m) => ({ label: m.label, enabled: m.enabled, next: { kind: 'move', trigger: m.id } as SeatAction }));
  return options.length ? { kind: 'pick', title: t(view.lang, 'seat.titleMove'), options, selected: 0 } : null;
}

function handleForm(ui: SeatUi, form: SeatForm, key: KeyPress): { ui: SeatUi; send?: SeatAction } {
  const lang = ui.view?.lang ?? 'en';
  if (key.name === 'escape') return { ui: { ...ui, form: null, status: { kind: 'info', text: t(lang, 'seat.cancelled') } } };
  if (form.kind === 'confirm') {
    if (key.char === 'y' || key.name === 'enter')
      return { ui: { ...ui, form: null, status: { kind: 'info', text: t(lang, 'seat.sentWaiting') } }, send: form.action };
    if (key.char === 'n') return { ui: { ...ui, form: null, status: { kind: 'info', text: t(lang, 'seat.cancelled') } } };
    return { ui };
  }
  if (form.kind === 'pick') {
    const last = form.options.length - 1;
    if (key.name === 'down' || key.char === 'j') return { ui: { ...ui, form: { ...form, selected: Math.min(last, form.selected + 1) } } };
    if (key.name === 'up' || key.char === 'k') return { ui: { ...ui, form: { ...form, selected: Math.max(0, form.selected - 1) } } };
    if (key.name !== 'enter') return { ui };
    const option = form.options[form.selected];
    if (!option) return { ui };
    if (!option.enabled) return { ui: { ...ui, status: { kind: 'error', text: `${option.label}: ${option.reason ?? t(lang, 'seat.notPossible')}` } } };
    if (option.next === 'percent') return { ui: { ...ui, form: percentForm(ui.view as SeatView, (ui.view as SeatView).prompts[form.selected]?.id ?? '') } };
    return { ui: { ...ui, form: { kind: 'confirm', title: `${form.title}: ${option.label}`, action: option.next } } };
  }
  return handlePercent(ui, form, key);
}

function handlePercent(ui: SeatUi, form: Extract<SeatForm, { kind: 'percent' }>, key: KeyPress): { ui: SeatUi } {
  const view = ui.view as SeatView;
  const { lang } = view;
  const value = form.values[form.index] ?? '';
  const set = (v: string) => form.values.map((x, i) => (i === form.index ? v : x));
  if (key.name === 'backspace') return { ui: { ...ui, form: { ...form, values: set(value.slice(0, -1)) }, status: null } };
  if (/^[0-9]$/.test(key.char)) {
    const next = value + key.char;
    if (Number(next) > 100) return { ui: { ...ui, status: { kind: 'error', text: t(lang, 'seat.over100', { value: next }) } } };
    return { ui: { ...ui, form: { ...form, values: set(next) }, status: null } };
  }
  if (key.char !== '' && key.name === undefined) return { ui: { ...ui, status: { kind: 'error', text: t(lang, 'seat.notDigit', { char: key.char }) } } };
  if (key.name === 'up') return { ui: { ...ui, form: { ...form, index: Math.max(0, form.index - 1) } } };
  if (key.name !== 'enter' && key.name !== 'tab' && key.name !== 'down') return { ui };
  if (value === '') return { ui: { ...ui, status: { kind: 'error', text: t(lang, 'seat.typeFirst') } } };
  if (form.index < form.values.length - 1) return { ui: { ...ui, form: { ...form, index: form.index + 1 } } };
  const total = form.values.reduce((a, v) => a + Number(v), 0);
  if (total !== 100) return { ui: { ...ui, status: { kind: 'error', text: t(lang, 'seat.notHundred', { total }) } } };
  const p = Object.fromEntries(view.outcomes.map((o, i) => [o.id, Number(form.values[i]) / 100]));
  return { ui: { ...ui, form: { kind: 'confirm', title: form.title, action: { kind: 'predict', prompt: form.prompt, p } } } };
}
