// One logged entry in a line of plain words, with labels next to ids.
import type { Entry } from '../../exercise/exerciseEntry.js';
import type { ExerciseRun } from '../../exercise/exerciseRun.js';
import { formatPercent, t } from '../../i18n/messages.js';
import { textOf } from '../../report/textOf.js';

/** The log's line for an entry. */
export function describeEntry(run: ExerciseRun, e: Entry, lang: string): string {
  const s = run.session.stepper.ir.scenario;
  const trigger = (id: string) => `${id} (${textOf(s.triggers[id]?.label, lang, id)})`;
  const role = (id: string) => textOf(run.exercise.roles[id]?.label, lang, id);
  switch (e.kind) {
    case 'predict':
      return t(lang, 'x.entry.predict', {
        team: e.team,
        p: Object.entries(e.p)
          .map(([o, p]) => `${o === 'undecided' ? t(lang, 'x.undecided') : o} ${formatPercent(lang, p, 0)}`)
          .join(t(lang, 'list.sep')),
      });
    case 'decide':
      return t(lang, 'x.entry.decide', { decision: e.decision, choice: e.choice === 'pass' ? t(lang, 'x.entry.pass') : trigger(e.choice) });
    case 'move':
      return t(lang, 'x.entry.move', { role: role(e.role), trigger: trigger(e.trigger) });
    case 'force':
      return t(lang, 'x.entry.force', { trigger: trigger(e.trigger) });
    case 'veto':
      return t(lang, 'x.entry.veto', { role: role(e.role), trigger: e.trigger, reason: e.reason });
    case 'override':
      return t(lang, 'x.entry.override', { indicator: e.indicator, value: String(e.value), reason: e.reason });
    case 'note':
      return t(lang, 'x.entry.note', { text: e.text });
    case 'advance':
      return t(lang, 'x.monthEnds');
    case 'undo':
      return t(lang, 'x.entry.undo');
  }
}
