// A session's timeline and final state as the JSON report that `statecraft run --format json` prints.
import { type Session, timeline } from '../engine/session.js';
import { type RunJson, runReport } from '../report/runReport.js';

/** The run report of a session's current branch, ready for `formatRunText`, `formatRunMarkdown` or `JSON.stringify`. */
export function sessionReport(session: Session): RunJson {
  return runReport(session.stepper.ir, session.seed, timeline(session), session.cursor.world);
}
