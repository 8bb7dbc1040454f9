// The interface's own words in each language (en, ar) with named parameters, and numbers and dates written by Intl for the language.
import type { CatalogText } from '../core/errors.js';
import { arErrors } from './catalog/arErrors.js';
import { arExercise } from './catalog/arExercise.js';
import { arFileErrors } from './catalog/arFileErrors.js';
import { arHost } from './catalog/arHost.js';
import { arKeys } from './catalog/arKeys.js';
import { arOverlays } from './catalog/arOverlays.js';
import { arRun } from './catalog/arRun.js';
import { arScreen } from './catalog/arScreen.js';
import { arSeat } from './catalog/arSeat.js';
import { arSignposts } from './catalog/arSignposts.js';
import { enErrors } from './catalog/enErrors.js';
import { enExercise } from './catalog/enExercise.js';
import { enFileErrors } from './catalog/enFileErrors.js';
import { enHost } from './catalog/enHost.js';
import { enKeys } from './catalog/enKeys.js';
import { enOverlays } from './catalog/enOverlays.js';
import { enRun } from './catalog/enRun.js';
import { enScreen } from './catalog/enScreen.js';
import { enSeat } from './catalog/enSeat.js';
import { enSignposts } from './catalog/enSignposts.js';

const en = { ...enKeys, ...enScreen, ...enOverlays, ...enExercise, ...enRun, ...enSignposts, ...enSeat, ...enHost, ...enErrors, ...enFileErrors } as const;

/** A message id. */
export type MessageId = keyof typeof en;

/** The English catalog's texts, by id. */
export type EnglishTexts = typeof en;

/** The `{name}` parameters a message takes, read from its English text. */
export type ParamsOf<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | ParamsOf<R> : never;

/** The named values a message needs: none, or one per `{name}` in its text. */
export type MessageParams<K extends MessageId> = [ParamsOf<(typeof en)[K]>] extends [never] ? [] : [Readonly<Record<ParamsOf<(typeof en)[K]>, ParamValue>>];

/** A value put into a message: text, a number (written for the language) or another catalog message (worded in the same language). */
export type ParamValue = string | number | CatalogText;

/** Every language's catalog: the same ids as English, each a string (a missing one is a type error). */
export const CATALOG: Readonly<Record<string, Readonly<Record<MessageId, string>>>> = {
  en,
  ar: { ...arKeys, ...arScreen, ...arOverlays, ...arExercise, ...arRun, ...arSignposts, ...arSeat, ...arHost, ...arErrors, ...arFileErrors },
};

/** The interface languages with a catalog. */
export const INTERFACE_LANGUAGES = Object.keys(CATALOG);

/** The message `id` in `lang` (English when the language has no catalog), with each `{name}` filled; numbers are written for the language. */
export function t<K extends MessageId>(lang: string, id: K, ...params: MessageParams<K>): string {
  return messageText(lang, id, params[0] ?? {});
}

/** `t` for an id chosen at run time (a key binding's label): parameters are not checked against the text. */
export function messageText(lang: string, id: MessageId, values: Readonly<Record<string, ParamValue>> = {}): string {
  const text = pluralForm(lang, (CATALOG[lang] ?? en)[id] ?? id, values.n);
  const isolate = isRightToLeft(lang) && RTL_LETTER.test(text);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const given = values[name];
    if (given === undefined) return whole;
    if (typeof given === 'number') return formatNumber(lang, given);
    const v = typeof given === 'string' ? given : catalogText(lang, given);
    const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(v) as unknown as [string, string, string, string];
    return isolate && core !== '' ? `${lead}${FSI}${core}${PDI}${trail}` : v;
  });
}

/**
 * A counted noun's form for `n`: a plural message lists its forms as `category:text|…` (`one:{n} step|other:{n} steps`;
 * Arabic has zero, one, two, few, many and other), and Intl.PluralRules picks the category for the language; `other` when it has none.
 */
function pluralForm(lang: string, text: string, n: ParamValue | undefined): string {
  if (typeof n !== 'number' || !PLURAL.test(text)) return text;
  const forms = new Map(text.split('|').map((f) => [f.slice(0, f.indexOf(':')), f.slice(f.indexOf(':') + 1)] as const));
  const rules = cached(pluralRules, lang, () => new Intl.PluralRules(localeOf(lang)));
  return forms.get(rules.select(n)) ?? forms.get('other') ?? text;
}
const PLURAL = /^(zero|one|two|few|many|other):/;
const pluralRules = new Map<string, Intl.PluralRules>();

/** A catalog message held as data (a UserError's message or hint) in `lang`. */
export function catalogText(lang: string, text: CatalogText): string {
  return messageText(lang, text.id as MessageId, text.params);
}

/**
 * First-strong and pop directional isolates: a text value put into a right-to-left sentence keeps its own direction
 * (`a == "b"` stays whole). Numbers need none, and a message without right-to-left letters (`{actor}: {from} → {to}`) is laid out as it stands.
 */
const FSI = '\u2068';
const PDI = '\u2069';

/** Interface languages written right to left. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);
/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms). */
export const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** Whether `lang` is written right to left (its messages isolate their parameters). */
export function isRightToLeft(lang: string): boolean {
  return RTL.has(lang);
}

/** The text without directional isolates and marks, for a terminal or file that should not see them. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '');
}

/** The Intl locale of an interface language: Arabic keeps Western digits, as in ids, expressions and values (docs/arabic.md). */
export function localeOf(lang: string): string {
  return lang === 'ar' ? 'ar-u-nu-latn' : lang;
}

/** Intl puts direction marks around some numbers (percent in Arabic); a terminal shows them as nothing or as junk, so they go. */
const MARKS = /[\u200e\u200f\u061c]/g;

/** A number as the language writes it (Intl), without grouping for small integers such as years and steps. */
export function formatNumber(lang: string, n: number, fractionDigits?: number): string {
  const digits = fractionDigits === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  const grouping = Math.abs(n) >= 10_000;
  const key = `${lang} ${grouping} ${fractionDigits}`;
  return cached(numberFormats, key, () => new Intl.NumberFormat(localeOf(lang), { useGrouping: grouping, ...digits }))
    .format(n)
    .replace(MARKS, '');
}

/** A share (0..1) as a percentage with `digits` decimals, e.g. "13.7%" or "13.7٪". */
export function formatPercent(lang: string, p: number, digits = 1): string {
  const format = () => new Intl.NumberFormat(localeOf(lang), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
  return cached(numberFormats, `${lang} % ${digits}`, format).format(p).replace(MARKS, '');
}

/** The Intl locale for dates: Arabic names the months as Iraq and the Levant do (أيلول, as the scenario's own titles), with Western digits. */
export function dateLocaleOf(lang: string): string {
  return lang === 'ar' ? 'ar-IQ-u-nu-latn' : lang;
}

/** A scenario month (absolute month number) as the language names it, e.g. "Sep 2025" or "أيلول 2025". */
export function formatMonthIn(lang: string, abs: number): string {
  const date = new Date(Date.UTC(Math.floor(abs / 12), abs % 12, 1));
  const format = () => new Intl.DateTimeFormat(dateLocaleOf(lang), { month: lang === 'en' ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' });
  return cached(monthFormats, lang, format).format(date).replace(MARKS, '');
}

/** A moment (an ISO timestamp) as the language writes a date and time, in `timeZone` (the machine's own when none); an unreadable one as written. */
export function formatDateTimeIn(lang: string, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = () => new Intl.DateTimeFormat(dateLocaleOf(lang), { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  return cached(dateTimeFormats, `${lang} ${timeZone}`, format)
    .format(date)
    .replace(MARKS, '')
    .replace(/\u202f/g, ' ');
}

/** Intl formatters are slow to create (about 0.1 ms, several per frame) and never change: one per language and kind. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function cached<F>(formats: Map<string, F>, key: string, create: () => F): F {
  let f = formats.get(key);
  if (!f) {
    f = create();
    formats.set(key, f);
  }
  return f;
}
