// English words of `statecraft run`'s text output.

/** Run text output in English; every other language gives each of them (arRun.ts). */
export const enRun = {
  'run.title': '{title} ({id}), seed {seed}',
  'run.noSteps': '(no steps)',
  'run.advance': 'advance one month',
  'run.outcomeOpen': 'open (not decided yet)',
  'run.undecided': 'undecided',
  'run.final': 'Final state, {date}',
  'run.finalEnded': 'Final state, {date} (ended)',
  'run.outcome': 'outcome',
  'run.actors': 'actors',
  'run.indicators': 'indicators',
  'run.of': 'of {min}..{max}',
  'run.expectations': 'Expectations: {passed} passed, {failed} failed',
  'run.failed': 'FAILED {where} (after step {step})',
  'run.mismatch': '{what}: expected {expected}, got {actual}',
  'run.violations': 'Invariant violations:',
  'run.violation': 'step #{n}: invariant {text} does not hold',
  'run.cause.fired': 'fired',
  'run.cause.scheduled': 'scheduled',
  'run.cause.clock': 'clock',
  'run.cause.rolled': 'rolled',
  'run.cause.override': 'override',
} as const;
