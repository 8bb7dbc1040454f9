// `statecraft run`: plays steps or a script on a scenario and prints the timeline.
import { dirname, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { seedRun } from '../engine/rng.js';
import { runScript } from '../engine/runScript.js';
import { type Session, startSession, timeline } from '../engine/session.js';
import { serializeSession } from '../engine/sessionFile.js';
import { withoutIsolates } from '../i18n/messages.js';
import { formatOddsMarkdown, formatOddsSparklines } from '../report/formatOddsOverSteps.js';
import { formatRunMarkdown } from '../report/formatRunMarkdown.js';
import { formatRunText } from '../report/formatRunText.js';
import { runReport } from '../report/runReport.js';
import { checkSessionOutput } from '../report/sessionStore.js';
import { loadScript, type Script } from '../scenario/loadScript.js';
import { parseStepsOption, type ScriptStep } from '../scenario/scriptStep.js';
import { assertLanguage } from './assertLanguage.js';
import { openScenario } from './openScenario.js';
import { openSession, replayReport } from './openSession.js';
import { parseInteger } from './parseNumber.js';
import { runOdds } from './runOdds.js';

export type RunOptions = {
  steps?: string;
  script?: string;
  seed?: string;
  format: string;
  lang: string;
  from?: string;
  save?: string;
  overwrite?: boolean;
  odds?: string | boolean;
  replay?: boolean;
  set?: string[];
  batchRun?: string;
};

/** Runs the command; returns the exit code (1 when an expectation fails or an invariant breaks). */
export function runCommand(scenarioArg: string | undefined, o: RunOptions, write: (s: string) => void, warn: (s: string) => void = () => {}): number {
  if (o.steps !== undefined && o.script !== undefined) throw new UsageError('give --steps or --script, not both');
  if (!['text', 'json', 'md'].includes(o.format)) throw new UsageError(`unknown format "${o.format}"`, 'use text, json or md');
  const script: Script | undefined = o.script === undefined ? undefined : loadScript(o.script);
  const scenarioName = scenarioArg ?? (script?.scenario?.includes('/') ? resolve(dirname(script.file), script.scenario) : script?.scenario);
  const sets = o.set ?? [];
  const batchRun = o.batchRun === undefined ? null : parseInteger('--batch-run', o.batchRun, 0, 2 ** 32 - 1);
  if (o.save !== undefined && (sets.length > 0 || batchRun !== null))
    throw new UsageError(
      `--save cannot keep ${sets.length > 0 ? '--set' : '--batch-run'}: a session file replays the scenario as written, with its own seed`,
      'leave out --save to replay a what-if or a batch run',
    );
  const { stepper, written, file } = openScenario(scenarioName, sets);
  assertLanguage(stepper.ir, o.lang);
  const seed = o.seed !== undefined ? parseInteger('--seed', o.seed, 0, 2 ** 31 - 1) : (script?.seed ?? 1);
  const overwrite = o.overwrite ? { overwrite: true } : {};
  // Checked (and what is there remembered) before --from is read: a save made meanwhile by another process is never overwritten.
  const saving = o.save === undefined ? null : checkSessionOutput(o.save, stepper.ir.id, { flag: '--save', inputs: [file, o.script], ...overwrite });
  // As in `batch --from --set`: the session is read on the scenario as written, then played on with the what-ifs.
  const opened = o.from ? openSession(o.from, written, o.replay === true, scenarioName) : null;
  if (opened?.replay && o.from) warn(`${withoutIsolates(replayReport(o.from, opened.replay, o.lang).join('\n'))}\n`);
  if (o.save !== undefined && o.save === o.from && opened?.replay)
    throw new UsageError(`--save ${o.save} would overwrite the session being replayed`, 'save under another name');
  const opening = opened ? { ...opened.session, stepper } : startSession(stepper, seed);
  const start = batchRun === null ? opening : onBatchStream(opening, seed, batchRun);
  const steps: readonly ScriptStep[] =
    o.steps !== undefined ? parseStepsOption(o.steps) : (script?.steps ?? [{ kind: 'roll', months: stepper.ir.months + 1, where: 'default run' }]);
  const { session, checks } = runScript(start, steps, script?.expect);
  saving?.write(serializeSession(session));
  // JSON is a contract read by programs: its explanations stay English; text and Markdown are worded in --lang.
  const report = runReport(stepper.ir, session.seed, timeline(session), session.cursor.world, checks, o.format === 'json' ? 'en' : o.lang);
  const odds = o.odds === undefined || o.odds === false ? null : runOdds(session, o.odds);
  if (o.format === 'json') write(`${JSON.stringify(odds ? { ...report, odds } : report, null, 2)}\n`);
  else if (o.format === 'md')
    write(formatRunMarkdown(stepper.ir, report, o.lang) + (odds ? `\n${formatOddsMarkdown(odds.points, odds.runs).join('\n')}\n` : ''));
  else write(formatRunText(stepper.ir, report, o.lang) + (odds ? `\n${formatOddsSparklines(odds.points, odds.runs).join('\n')}\n` : ''));
  const failed = report.expectations.some((e) => !e.ok) || report.steps.some((s) => s.violations.length > 0);
  return failed ? 1 : 0;
}

/** The session rolling on the random stream of run `run` of `batch --seed seed` (which starts each run at the cursor's world). */
function onBatchStream(s: Session, seed: number, run: number): Session {
  return { ...s, seed, cursor: { ...s.cursor, rng: seedRun(seed, run) } };
}
