// Picks the text for a language from a label that may be plain or multilingual.
import { escapeControl } from '../core/escapeControl.js';
import type { Text } from '../scenario/scenarioSchema.js';

/** The label in `lang`, else English, else the first language given; control characters escaped (labels reach terminals). */
export function textOf(text: Text | undefined, lang = 'en', fallback = ''): string {
  if (text === undefined) return fallback;
  if (typeof text === 'string') return escapeControl(text);
  return escapeControl(text[lang] ?? text.en ?? Object.values(text)[0] ?? fallback);
}
