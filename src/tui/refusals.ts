// Why an action cannot be taken now, in the interface language, checked before the engine would refuse it in English.
import type { TriggerStatus } from '../engine/availableTriggers.js';
import { ancestorAt } from '../engine/historyNode.js';
import type { Session } from '../engine/session.js';
import { t } from '../i18n/messages.js';
import { blockedText } from './blockedText.js';

/** Advance, deadline, roll and fire need a running scenario. */
export function endedRefusal(s: Session, lang: string): string | null {
  const w = s.cursor.world;
  return w.ended ? t(lang, 'refuse.ended', { outcome: w.outcome ?? 'undecided' }) : null;
}

/** Undo needs an action before the cursor. */
export function undoRefusal(s: Session, lang: string): string | null {
  return s.cursor.parent ? null : t(lang, 'refuse.undo');
}

/** Redo needs an action taken back on this branch, right after the cursor. */
export function redoRefusal(s: Session, lang: string): string | null {
  const head = s.branches[s.branch];
  const next = head ? ancestorAt(head, s.cursor.depth + 1) : null;
  return next && next.parent === s.cursor ? null : t(lang, 'refuse.redo');
}

/** Firing needs a trigger that is not blocked. */
export function fireRefusal(s: Session, trigger: TriggerStatus, lang: string): string | null {
  return endedRefusal(s, lang) ?? (trigger.blocked ? t(lang, 'refuse.fire', { id: trigger.id, why: blockedText(trigger.blocked, lang) }) : null);
}

/** A branch name: letters, digits, "-", "_" or "."; not taken. */
export function branchRefusal(s: Session, name: string, lang: string): string | null {
  if (!/^[\w.-]{1,40}$/.test(name)) return t(lang, 'refuse.branchName', { name });
  return Object.hasOwn(s.branches, name) ? t(lang, 'refuse.branchTaken', { name }) : null;
}
