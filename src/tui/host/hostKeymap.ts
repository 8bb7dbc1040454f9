// The host's own keys on the facilitator screen as data: they are handled from it and listed in the help overlay.
import { type Keymap, pressKey } from '../keymap.js';
import type { KeyPress } from '../keyPress.js';
import type { HostUi } from './handleHostKey.js';

/** Keys the host answers before the facilitator screen, when no panel is open. */
export const HOST_KEYMAP: Keymap<HostUi> = [
  { keys: ['P'], keyLabel: 'P', label: 'hostkey.proposals', handle: (ui) => ({ ...ui, panel: { selected: 0, reason: null }, message: null }) },
  { keys: ['O'], keyLabel: 'O', label: 'hostkey.odds', handle: (ui) => ({ ...ui, revealed: !ui.revealed }) },
  { keys: ['J'], keyLabel: 'J', label: 'hostkey.codes', handle: (ui) => ({ ...ui, seatsShown: true }) },
];

/** The host's answer to a key on the main screen, or null when the facilitator screen answers it. */
export function pressHostKey(ui: HostUi, key: KeyPress): HostUi | null {
  if (!HOST_KEYMAP.some((b) => b.keys.includes(key.char))) return null;
  return pressKey(HOST_KEYMAP, ui, key, undefined);
}
