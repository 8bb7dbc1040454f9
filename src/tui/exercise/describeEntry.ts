// One logged entry in a line of plain words, with labels next to ids.
import type { Entry } from '../../exercise/exerciseEntry.js';
import type { ExerciseRun } from '../../exercise/exerciseRun.js';
import { textOf } from '../../report/textOf.js';

/** The log's line for an entry. */
export function describeEntry(run: ExerciseRun, e: Entry, lang: string): string {
  const s = run.session.stepper.ir.scenario;
  const trigger = (id: string) => `${id} (${textOf(s.triggers[id]?.label, lang, id)})`;
  const role = (id: string) => textOf(run.exercise.roles[id]?.label, lang, id);
  switch (e.kind) {
    case 'predict':
      return `${e.team} predicts ${Object.entries(e.p)
        .map(([o, p]) => `${o} ${Math.round(p * 100)}%`)
        .join(', ')}`;
    case 'decide':
      return `decision ${e.decision}: ${e.choice === 'pass' ? 'pass' : trigger(e.choice)}`;
    case 'move':
      return `${role(e.role)} moves: ${trigger(e.trigger)}`;
    case 'force':
      return `facilitator forces ${trigger(e.trigger)}`;
    case 'veto':
      return `facilitator vetoes ${role(e.role)}'s ${e.trigger}: ${e.reason}`;
    case 'override':
      return `facilitator sets ${e.indicator} to ${e.value}: ${e.reason}`;
    case 'note':
      return `note: ${e.text}`;
    case 'advance':
      return 'the month ends';
    case 'undo':
      return 'facilitator takes back the last action';
  }
}
