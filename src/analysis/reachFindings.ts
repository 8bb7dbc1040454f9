// Findings about what is reached, each with its grounds: a witness, an exhaustive search, an over-approximation, or only "not reached here".
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { QuestionKind, ReachTracker } from './reachTracker.js';

/** Only proven findings are errors or warnings; what a bounded search did not reach is a note. */
export type Severity = 'error' | 'warning' | 'note';

/**
 * What a finding rests on: `witness` (a replayable sequence shows it), `exhaustive` (every reachable state was explored
 * with exact values), `abstraction` (outside the over-approximation, or true of every value it allows), or
 * `file` (read from the file itself), or `not-reached` (a bounded or bucketed exploration did not reach it: no proof either way).
 */
export type Grounds = 'witness' | 'exhaustive' | 'abstraction' | 'file' | 'not-reached';

/** One finding; `steps` is a trigger sequence that shows it, when there is one; `at` is file:line:col when it has a place. */
export type Finding = {
  readonly severity: Severity;
  readonly grounds: Grounds;
  readonly code: string;
  readonly message: string;
  readonly steps?: readonly string[];
  readonly subject?: string;
  readonly at?: string;
};

/** The answer to one reachability question: found (with a witness), proven impossible, or open (not reached here, not proven). */
export type Answer = {
  readonly kind: QuestionKind;
  readonly subject: string;
  readonly status: 'found' | 'proven' | 'open';
  readonly grounds: 'witness' | 'abstraction' | 'exhaustive' | 'not-reached';
  /** The witness: a trigger sequence that `statecraft run --steps` replays. */
  readonly steps?: readonly string[];
};

/** Each question's answer from the witnesses a tracker collected, the over-approximation, and whether the search was exhaustive. */
export function answersOf(tracker: ReachTracker, exhaustive: boolean): Answer[] {
  return tracker.questions.map((q, i) => {
    const steps = tracker.witness[i];
    if (steps) return { kind: q.kind, subject: q.subject, status: 'found', grounds: 'witness', steps };
    if (!q.possible) return { kind: q.kind, subject: q.subject, status: 'proven', grounds: 'abstraction' };
    return { kind: q.kind, subject: q.subject, status: exhaustive ? 'proven' : 'open', grounds: exhaustive ? 'exhaustive' : 'not-reached' };
  });
}

/** What a claim of absence says, per kind of question: its code, its words when proven, its words when only not reached. */
const ABSENT: Record<QuestionKind, { code: string; note: string; never: (s: string) => string; not: (s: string) => string }> = {
  state: {
    code: 'unreachable-state',
    note: 'state-not-reached',
    never: (s) => `actor "${s.split('=')[0]}" never reaches state "${s.split('=')[1]}"`,
    not: (s) => `actor "${s.split('=')[0]}" did not reach state "${s.split('=')[1]}"`,
  },
  outcome: {
    code: 'unreachable-outcome',
    note: 'outcome-not-reached',
    never: (s) => `outcome "${s}" is never decided`,
    not: (s) => `outcome "${s}" was not decided`,
  },
  trigger: {
    code: 'never-enabled',
    note: 'trigger-not-enabled',
    never: (s) => `trigger "${s}" can never fire: its precondition never holds`,
    not: (s) => `trigger "${s}" was not enabled`,
  },
  undecided: { code: 'never-undecided', note: 'undecided-not-reached', never: () => 'no run ends undecided', not: () => 'no run ended undecided' },
  error: {
    code: 'no-evaluation-error',
    note: 'error-not-reached',
    never: () => 'no evaluation error can stop a run',
    not: () => 'no evaluation error stopped a run',
  },
};

/** Findings from a tracker's witnesses and the answers: broken invariants and dead ends (errors), claims of absence (warnings when proven, else notes). */
export function reachFindings(kernel: Kernel, tracker: ReachTracker, answers: readonly Answer[], o: { how: string }): Finding[] {
  const { ir } = kernel;
  const out: Finding[] = [];
  for (const [i, steps] of [...tracker.broken].sort((a, b) => a[0] - b[0])) {
    const subject = kernel.invariantIds[i] as string;
    out.push({
      severity: 'error',
      grounds: 'witness',
      code: 'invariant',
      subject,
      message: `invariant "${subject}" breaks after ${plural(steps.length, 'step')}`,
      steps,
    });
  }
  if (tracker.firstError)
    out.push({
      severity: 'error',
      grounds: 'witness',
      code: 'dead-end',
      message: `an evaluation error stops the clock: ${tracker.firstError.error}`,
      steps: tracker.firstError.steps,
    });
  const undecided = answers.find((a) => a.kind === 'undecided');
  if (undecided?.steps && ir.scenario.undecided === undefined)
    out.push({
      severity: 'warning',
      grounds: 'witness',
      code: 'undecided',
      message: 'some runs end with no outcome rule holding; say what that means with "undecided:"',
      steps: undecided.steps,
    });
  for (const a of answers) {
    const words = ABSENT[a.kind];
    if (a.status === 'open')
      out.push({
        severity: 'note',
        grounds: 'not-reached',
        code: words.note,
        subject: a.subject,
        message: `${words.not(a.subject)} in this exploration (${o.how}); not proven either way`,
      });
    // Proven absences of an undecided end or of an evaluation error are good news: counted in the summary, not warned about.
    else if (a.status === 'proven' && (a.kind === 'state' || a.kind === 'outcome' || a.kind === 'trigger'))
      out.push({
        severity: 'warning',
        grounds: a.grounds === 'exhaustive' ? 'exhaustive' : 'abstraction',
        code: words.code,
        subject: a.subject,
        message: `${words.never(a.subject)} (proven by ${a.grounds === 'exhaustive' ? 'exhaustive exact search' : 'over-approximation'})`,
      });
  }
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
