// Keys of the host's facilitator screen: the proposals panel (approve, veto with a reason), revealing odds, the seats; the rest is the facilitator's.

import type { Proposal } from '../../exercise/seatDesk.js';
import { t } from '../../i18n/messages.js';
import type { KeyPress } from '../keyPress.js';
import { pressHostKey } from './hostKeymap.js';

/** The host's own state beside the facilitator screen. */
export type HostUi = {
  /** The proposals panel: the selected row, and the veto reason being typed (null when not vetoing). */
  readonly panel: { readonly selected: number; readonly reason: string | null } | null;
  readonly seatsShown: boolean;
  readonly revealed: boolean;
  readonly message: string | null;
};

/** What the host must do for a key. */
export type HostCommand =
  | { readonly kind: 'approve'; readonly key: string }
  | { readonly kind: 'veto'; readonly key: string; readonly reason: string }
  | { readonly kind: 'reveal'; readonly show: boolean };

/** Handles a key if it is the host's; `handled: false` passes it on to the facilitator screen. */
export function handleHostKey(ui: HostUi, key: KeyPress, proposals: readonly Proposal[], lang = 'en'): { ui: HostUi; command?: HostCommand; handled: boolean } {
  const panel = ui.panel;
  if (ui.seatsShown) return { ui: key.name === 'escape' || key.char === 'J' ? { ...ui, seatsShown: false } : ui, handled: true };
  if (!panel) {
    const next = key.ctrl || key.name !== undefined ? null : pressHostKey(ui, key);
    if (!next) return { ui, handled: false };
    return { ui: next, handled: true, ...(next.revealed !== ui.revealed ? { command: { kind: 'reveal', show: next.revealed } as const } : {}) };
  }
  const chosen = proposals[Math.min(panel.selected, proposals.length - 1)];
  if (panel.reason !== null) {
    if (key.name === 'escape') return { ui: { ...ui, panel: { ...panel, reason: null } }, handled: true };
    if (key.name === 'backspace') return { ui: { ...ui, panel: { ...panel, reason: panel.reason.slice(0, -1) } }, handled: true };
    if (key.name === 'enter') {
      if (!chosen) return { ui: { ...ui, panel: { ...panel, reason: null } }, handled: true };
      if (panel.reason.trim() === '') return { ui: { ...ui, message: t(lang, 'host.needReason') }, handled: true };
      return {
        ui: { ...ui, panel: { selected: 0, reason: null }, message: null },
        command: { kind: 'veto', key: chosen.key, reason: panel.reason },
        handled: true,
      };
    }
    if (key.char && !key.ctrl && key.name === undefined)
      return { ui: { ...ui, panel: { ...panel, reason: panel.reason + key.char }, message: null }, handled: true };
    return { ui, handled: true };
  }
  if (key.name === 'escape' || key.char === 'P') return { ui: { ...ui, panel: null }, handled: true };
  if (key.name === 'down' || key.char === 'j')
    return { ui: { ...ui, panel: { ...panel, selected: Math.min(Math.max(0, proposals.length - 1), panel.selected + 1) } }, handled: true };
  if (key.name === 'up' || key.char === 'k') return { ui: { ...ui, panel: { ...panel, selected: Math.max(0, panel.selected - 1) } }, handled: true };
  if (!chosen) return { ui, handled: true };
  if (key.char === 'y') return { ui: { ...ui, message: null }, command: { kind: 'approve', key: chosen.key }, handled: true };
  if (key.char === 'x') return { ui: { ...ui, panel: { ...panel, reason: '' } }, handled: true };
  return { ui, handled: true };
}
