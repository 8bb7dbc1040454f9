// JSON from a file a person may have opened in an editor: a leading byte-order mark (Notepad writes one) is not an error.

/** `JSON.parse` of a file's text, a first U+FEFF (byte-order mark) left out. */
export function parseJson(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
