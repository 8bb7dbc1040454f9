// A scenario text in one language only: never silently another language's, so a line is never half Arabic, half English.
import { textOf } from '../report/textOf.js';
import type { Text } from '../scenario/scenarioSchema.js';

/** The text in `lang` (a plain string counts as English), or null when the scenario has none in that language. */
export function textIn(text: Text | undefined, lang: string): string | null {
  if (text === undefined) return null;
  const has = typeof text === 'string' ? lang === 'en' : lang in text;
  return has ? textOf(text, lang) : null;
}

/** The text in `lang`, else the scenario's own text kept whole as one isolated run, and whether it had to fall back. */
export function textOrOwn(text: Text | undefined, lang: string, fallback = ''): { readonly text: string; readonly fallback: boolean } {
  const own = textIn(text, lang);
  if (own !== null || text === undefined) return { text: own ?? fallback, fallback: false };
  return { text: `\u2068${textOf(text, lang, fallback)}\u2069`, fallback: true };
}
