// --lang is checked against the languages the scenario's labels are written in, so a typo or a missing translation is not silently English.
import { UsageError } from '../core/errors.js';
import type { IR } from '../engine/ir.js';

const TEXT_KEYS = new Set(['label', 'description', 'title', 'undecided']);

/** The languages of the scenario's labels: "en" for plain text, plus every code of a multilingual label. */
export function scenarioLanguages(ir: IR): string[] {
  const langs = new Set<string>(['en']);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, child] of Object.entries(v)) {
        if (TEXT_KEYS.has(k) && child && typeof child === 'object' && !Array.isArray(child)) for (const code of Object.keys(child)) langs.add(code);
        else walk(child);
      }
  };
  walk(ir.scenario);
  return [...langs].sort();
}

/** Refuses a language the scenario has no labels in, listing those it has. */
export function assertLanguage(ir: IR, lang: string): void {
  const langs = scenarioLanguages(ir);
  if (!langs.includes(lang)) throw new UsageError(`--lang ${lang}: scenario "${ir.id}" has no labels in "${lang}"`, `use one of: ${langs.join(', ')}`);
}
