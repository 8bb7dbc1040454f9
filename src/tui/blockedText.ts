// Why a trigger cannot fire now, in the interface language; ids, expressions and values stay as written.
import { type Blocked, blockedReason } from '../engine/availableTriggers.js';
import { catalogText } from '../i18n/messages.js';

/** A one-line reason, e.g. `precondition actors.krg == "lobbying" is false (actors.krg = "silent")`. */
export function blockedText(b: Blocked, lang: string): string {
  return catalogText(lang, blockedReason(b));
}
