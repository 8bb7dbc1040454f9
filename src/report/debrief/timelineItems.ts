// The debrief's timeline: one item per logged event, with its explanation in plain words and the raw rules behind it.
import { formatMonth } from '../../core/month.js';
import type { StepRecord } from '../../engine/stepRecord.js';
import type { Entry } from '../../exercise/exerciseEntry.js';
import type { ExerciseRun, LogItem } from '../../exercise/exerciseRun.js';
import { explainLines } from '../explainLines.js';
import { textOf } from '../textOf.js';
import type { DebriefMessages } from './debriefMessages.js';
import { plainSteps } from './plainSteps.js';

/** One event of the timeline; `index` is its position in the run's log. */
export type TimelineItem = {
  readonly index: number;
  readonly date: string;
  readonly kind: keyof DebriefMessages['kinds'];
  readonly title: string;
  readonly detail: string;
  readonly plain: readonly string[];
  readonly raw: readonly string[];
};

/** The timeline items of a run, in the order they happened. */
export function timelineItems(run: ExerciseRun, records: readonly StepRecord[], m: DebriefMessages, lang: string): TimelineItem[] {
  const { ir } = run.session.stepper;
  return run.log.map((l, index) => {
    const steps = recordsWithin(records, l.fromStep, l.toStep);
    const base = {
      index,
      date: formatMonth(ir.start + l.month),
      plain: plainSteps(ir, steps, m, lang),
      raw: steps.flatMap((r) => [`${r.trigger} (${r.cause})`, ...explainLines(ir, r, lang).map((x) => `  ${x}`)]),
    };
    return { ...base, ...describe(run, l, m, lang) };
  });
}

/** The records with index in [from, to]: `records` is in index order, so a bisection and a slice (not a scan per item). */
function recordsWithin(records: readonly StepRecord[], from: number, to: number): readonly StepRecord[] {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((records[mid] as StepRecord).index < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < records.length && (records[end] as StepRecord).index <= to) end++;
  return records.slice(lo, end);
}

function describe(run: ExerciseRun, l: LogItem, m: DebriefMessages, lang: string): Pick<TimelineItem, 'kind' | 'title' | 'detail'> {
  if (l.kind === 'inject') {
    const inj = run.exercise.injects.find((i) => i.id === l.inject);
    const sources = inj?.sources?.length ? ` [${inj.sources.join(', ')}]` : '';
    return { kind: 'inject', title: textOf(inj?.title, lang, l.inject), detail: `${textOf(inj?.narrative, lang)}${sources}` };
  }
  if (l.entry.kind === 'undo') return { kind: 'adjudication', title: m.undoes(l.undone ? describeEntry(run, l.undone, m, lang).title : ''), detail: '' };
  return describeEntry(run, l.entry, m, lang);
}

function describeEntry(run: ExerciseRun, e: Entry, m: DebriefMessages, lang: string): Pick<TimelineItem, 'kind' | 'title' | 'detail'> {
  const role = (id: string) => textOf(run.exercise.roles[id]?.label, lang, id);
  const s = run.session.stepper.ir.scenario;
  const trigger = (id: string) => textOf(s.triggers[id]?.label, lang, id);
  switch (e.kind) {
    case 'predict':
      return {
        kind: 'prediction',
        title: m.predicts(e.team, e.prompt),
        detail: Object.entries(e.p)
          .map(([o, p]) => `${o} ${Math.round(p * 100)}%`)
          .join(', '),
      };
    case 'decide': {
      const d = run.exercise.decisions.find((x) => x.id === e.decision);
      return { kind: 'decision', title: m.decides(d ? role(d.role) : e.decision), detail: e.choice === 'pass' ? m.passes : trigger(e.choice) };
    }
    case 'move':
      return { kind: 'move', title: m.moves(role(e.role)), detail: trigger(e.trigger) };
    case 'force':
      return { kind: 'adjudication', title: m.forces, detail: trigger(e.trigger) };
    case 'veto':
      return { kind: 'adjudication', title: m.vetoes(role(e.role)), detail: `${trigger(e.trigger)}: ${e.reason}` };
    case 'override':
      return { kind: 'adjudication', title: m.sets(textOf(s.indicators[e.indicator]?.label, lang, e.indicator)), detail: `${e.value}: ${e.reason}` };
    case 'note':
      return { kind: 'note', title: m.note, detail: e.text };
    case 'undo':
      return { kind: 'adjudication', title: m.undoes(''), detail: '' };
    case 'advance':
      return { kind: 'clock', title: m.monthEnds, detail: '' };
  }
}
