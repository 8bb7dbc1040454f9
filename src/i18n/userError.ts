// User errors made from the message catalog: the English message and hint are the catalog's English text, and the ids travel with the error so a screen words it in its own language.
import { type CatalogText, UsageError, UserError } from '../core/errors.js';
import { nearest } from '../core/suggest.js';
import { CATALOG, catalogText, type EnglishTexts, type MessageId, type ParamsOf, type ParamValue } from './messages.js';

/** The English text of a message's hint (`{id}.hint`), or nothing when it has none. */
type HintText<K extends MessageId> = `${K}.hint` extends MessageId ? EnglishTexts[`${K}.hint`] : '';

/** The named values an error needs: those of its message and of its hint. */
export type ErrorParams<K extends MessageId> = [ParamsOf<EnglishTexts[K]> | ParamsOf<HintText<K>>] extends [never]
  ? []
  : [Readonly<Record<ParamsOf<EnglishTexts[K]> | ParamsOf<HintText<K>>, ParamValue>>];

/** The named values of one message (a noun or a hint given on its own). */
type TextParams<K extends MessageId> = [ParamsOf<EnglishTexts[K]>] extends [never] ? [] : [Readonly<Record<ParamsOf<EnglishTexts[K]>, ParamValue>>];

/** A catalog message as data: a noun put into another message, or a hint chosen at run time. */
export function msg<K extends MessageId>(id: K, ...params: TextParams<K>): CatalogText {
  return { id, params: params[0] ?? {} };
}

/** A user error from the catalog: message `id`, and its hint `{id}.hint` when the catalog has one, both filled with `params`. */
export function userError<K extends MessageId>(id: K, ...params: ErrorParams<K>): UserError {
  return withHint(id, (params[0] ?? {}) as Readonly<Record<string, ParamValue>>, hintOf(id, params[0]));
}

/** A user error from the catalog with a hint other than its own (a suggestion, a shared hint), or none (`undefined`). */
export function userErrorWith<K extends MessageId>(id: K, hint: CatalogText | undefined, ...params: TextParams<K>): UserError {
  return withHint(id, (params[0] ?? {}) as Readonly<Record<string, ParamValue>>, hint);
}

/** A user error from catalog messages already held as data (an evaluation failure's text and a hint). */
export function userErrorOf(message: CatalogText, hint: CatalogText | undefined): UserError {
  return new UserError(catalogText('en', message), hint && catalogText('en', hint), { message, hint });
}

/** A usage error (exit 2) from the catalog, with its own hint. */
export function usageError<K extends MessageId>(id: K, ...params: ErrorParams<K>): UsageError {
  const values = (params[0] ?? {}) as Readonly<Record<string, ParamValue>>;
  const message = { id, params: values };
  const hint = hintOf(id, values);
  return new UsageError(catalogText('en', message), hint && catalogText('en', hint), { message, hint });
}

/** The error's message, with its hint in parentheses, in `lang`; an error made without the catalog keeps its English text. */
export function errorText(lang: string, e: UserError): string {
  if (!e.text) return e.hint ? `${e.message} (${e.hint})` : e.message;
  const message = catalogText(lang, e.text.message);
  return e.text.hint ? `${message} (${catalogText(lang, e.text.hint)})` : message;
}

/** An error's message and hint as one catalog message (`message (hint)`), for text sent elsewhere (a seat's answer); plain text for an error made without the catalog. */
export function errorMessage(e: UserError): CatalogText {
  if (!e.text) return msg('err.plain', { message: e.hint ? `${e.message} (${e.hint})` : e.message });
  return e.text.hint ? msg('err.withHint', { message: e.text.message, hint: e.text.hint }) : e.text.message;
}

/** What an error says, as a value to put into another message: its catalog message when it has one, else its text. */
export function errorValue(e: unknown): ParamValue {
  if (e instanceof UserError && e.text) return e.text.message;
  return e instanceof Error ? e.message : String(e);
}

/**
 * A hint naming the known ids closest to `name` (`did you mean "x"?`), or listing them when none is close;
 * `plural` is the catalog noun for the kind of id (`noun.triggers`).
 */
export function suggestion(name: string, known: readonly string[], plural: MessageId): CatalogText {
  const close = nearest(name, known);
  const what: CatalogText = { id: plural, params: {} };
  const quoted = close.map((c): ParamValue => `"${c}"`);
  if (quoted.length > 0) return msg('err.didYouMean', { names: quoted.reduce((a, b) => msg('err.or', { a, b })) });
  if (known.length === 0) return msg('err.noneDefined', { what });
  const shown = known.slice(0, 8).join(', ');
  return known.length > 8 ? msg('err.knownMore', { what, shown, n: known.length }) : msg('err.known', { what, shown });
}

/** A list of ids for a message, or the catalog's "none". */
export function listOrNone(ids: readonly string[]): ParamValue {
  return ids.length > 0 ? ids.join(', ') : msg('err.none');
}

function hintOf(id: MessageId, params: Readonly<Record<string, ParamValue>> | undefined): CatalogText | undefined {
  const hint = `${id}.hint`;
  return hint in ENGLISH_IDS ? { id: hint, params: params ?? {} } : undefined;
}

function withHint(id: MessageId, params: Readonly<Record<string, ParamValue>>, hint: CatalogText | undefined): UserError {
  const message = { id, params };
  return new UserError(catalogText('en', message), hint && catalogText('en', hint), { message, hint });
}

const ENGLISH_IDS = CATALOG.en as Readonly<Record<string, string>>;
