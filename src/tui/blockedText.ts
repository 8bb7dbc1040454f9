// Why a trigger cannot fire now, in the interface language; ids, expressions and values stay as written.
import type { Blocked } from '../engine/availableTriggers.js';
import { t } from '../i18n/messages.js';

/** A one-line reason, e.g. `precondition actors.krg == "lobbying" is false (actors.krg = "silent")`. */
export function blockedText(b: Blocked, lang: string): string {
  switch (b.kind) {
    case 'ended':
      return t(lang, 'blocked.ended', { outcome: b.outcome });
    case 'scheduled':
      return t(lang, 'blocked.scheduled', { dates: b.dates.join(', ') });
    case 'error':
      return b.message;
    case 'precondition': {
      const values = Object.entries(b.check.values).map(([k, v]) => `${k} = ${typeof v === 'string' ? `"${v}"` : Number.isInteger(v) ? v : v.toFixed(2)}`);
      return `${t(lang, 'blocked.precondition', { expr: b.check.expr })}${values.length > 0 ? ` (${values.join(', ')})` : ''}`;
    }
  }
}
