// Whether a session would be saved as a given text, without serializing a long history on every key.
import type { HistoryNode } from '../engine/historyNode.js';
import type { Session } from '../engine/session.js';
import { serializeSession } from '../engine/sessionFile.js';

/** Sessions are immutable, so each is serialized at most once. */
const serialized = new WeakMap<Session, string>();
/** The last session known to serialize to `text`: others are compared with it field by field. */
let known: { readonly text: string; readonly session: Session } | null = null;

/** True when `serializeSession(session) === text`; after the first answer for a text, in time proportional to what changed. */
export function savesAs(session: Session, text: string): boolean {
  if (known?.text === text) return sameFile(session, known.session);
  const own = serializedText(session);
  if (own === text) known = { text, session };
  return own === text;
}

/** `serializeSession(session)`, made once per session. */
export function serializedText(session: Session): string {
  let text = serialized.get(session);
  if (text === undefined) {
    text = serializeSession(session);
    serialized.set(session, text);
  }
  return text;
}

/** True when the two sessions serialize alike: every field `serializeSession` writes is equal, in the same order. */
export function sameFile(a: Session, b: Session): boolean {
  if (a === b) return true;
  const ia = a.stepper.ir;
  const ib = b.stepper.ir;
  if (ia.id !== ib.id || ia.fingerprint !== ib.fingerprint || a.seed !== b.seed || a.branch !== b.branch || a.cursor.depth !== b.cursor.depth) return false;
  const heads = (s: Session) => Object.entries(s.branches);
  const cursors = (s: Session) =>
    Object.entries(s.cursors ?? {})
      .filter(([name]) => name !== s.branch)
      .map(([name, node]) => `${name}@${node.depth}`)
      .join(' ');
  const ha = heads(a);
  const hb = heads(b);
  if (ha.length !== hb.length || cursors(a) !== cursors(b)) return false;
  return ha.every(([name, head], i) => {
    const other = hb[i];
    return other?.[0] === name && sameActions(head, other[1]);
  });
}

/** True when the paths from the root to `a` and to `b` hold the same actions; stops at their common ancestor. */
function sameActions(a: HistoryNode, b: HistoryNode): boolean {
  let x: HistoryNode | null = a;
  let y: HistoryNode | null = b;
  while (x !== y) {
    if (!x || !y || x.depth !== y.depth) return false;
    if (JSON.stringify(x.action) !== JSON.stringify(y.action)) return false;
    x = x.parent;
    y = y.parent;
  }
  return true;
}
