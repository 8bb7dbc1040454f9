// Picks the text for a language from a label that may be plain or multilingual.
import { escapeControl } from '../core/escapeControl.js';
import type { Text } from '../scenario/scenarioSchema.js';

/**
 * Bidi embeddings and overrides (U+202A–202E), isolates (U+2066–2069), the zero-width space and the BOM: formatting a label
 * must not carry, since an unclosed override reverses the rest of a line in a bidi terminal and an invisible character makes
 * two labels look alike. Letters of any script, ZWJ/ZWNJ and the marks LRM/RLM/ALM stay.
 */
const FORMATTING = /[\u202a-\u202e\u2066-\u2069\u200b\ufeff]/g;

/** A label as a terminal may show it: control and bidi formatting characters written as `\xNN` / `\uNNNN`. */
const shown = (text: string) => escapeControl(text).replace(FORMATTING, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The label in `lang`, else English, else the first language given; control characters escaped (labels reach terminals). */
export function textOf(text: Text | undefined, lang = 'en', fallback = ''): string {
  if (text === undefined) return fallback;
  if (typeof text === 'string') return shown(text);
  return shown(text[lang] ?? text.en ?? Object.values(text)[0] ?? fallback);
}
