// `statecraft debrief`: Markdown and a self-contained HTML file from an exercise transcript.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ScenarioError, UserError } from '../core/errors.js';
import { commandLine, fileWord } from '../core/shellQuote.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper } from '../engine/createStepper.js';
import { createKernel } from '../engine/kernel/createKernel.js';
import { checkOutput, checkOutputDir, createOutputDir, sameFile } from '../files/checkOutput.js';
import type { OutputWriter } from '../files/outputWriter.js';
import { buildDebrief } from '../report/debrief/buildDebrief.js';
import { DEBRIEF_LANGS } from '../report/debrief/debriefMessages.js';
import { formatDebriefHtml } from '../report/debrief/formatDebriefHtml.js';
import { formatDebriefMarkdown } from '../report/debrief/formatDebriefMarkdown.js';
import { readTranscriptHeader, replayTranscript } from '../report/transcriptFile.js';
import { loadExercise } from '../scenario/loadExercise.js';
import { exerciseOfTranscript } from './exercisePath.js';
import { parseInteger } from './parseNumber.js';

/**
 * The exercise a transcript names. A transcript from elsewhere may name any file the user can read: when it is no valid
 * exercise, say so without quoting it (its diagnostics would print its lines); `statecraft exercise FILE` shows them.
 */
function exerciseNamedBy(header: Parameters<typeof exerciseOfTranscript>[0], transcript: string): ReturnType<typeof loadExercise> {
  const path = exerciseOfTranscript(header, transcript);
  try {
    return loadExercise(path);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const errors = e.diagnostics.length;
    throw new UserError(
      `${transcript}: the exercise file it names, ${path}, is not a valid exercise (${errors} error${errors === 1 ? '' : 's'}); its contents are not shown here`,
      `if it is yours, see the errors with: ${commandLine(['statecraft', 'exercise', fileWord(path)])}`,
    );
  }
}

/** Writes `<name>.debrief.md` and `<name>.debrief.html` beside the transcript (or in --out-dir). */
export function debriefCommand(transcript: string, o: { outDir?: string; runs: string; lang: string }, write: (s: string) => void): number {
  if (!(DEBRIEF_LANGS as readonly string[]).includes(o.lang))
    throw new UserError(`no debrief in language "${o.lang}"`, `the debrief is written in: ${DEBRIEF_LANGS.join(', ')}`);
  const header = readTranscriptHeader(transcript);
  const loaded = exerciseNamedBy(header, transcript);
  const ir = compileScenario(loaded.scenario);
  const run = replayTranscript(transcript, loaded, createStepper(ir));
  const runs = parseInteger('--runs', o.runs, 100, 1_000_000);
  const dir = o.outDir ?? dirname(transcript);
  const base = join(dir, basename(transcript).replace(/\.transcript\.json$|\.json$/, ''));
  checkOutputDir(dir, '--out-dir');
  const check = (ext: string) => checkOutput(`${base}.debrief.${ext}`, { flag: '--out-dir', kind: 'debrief', inputs: [transcript, loaded.file] });
  let outputs: OutputWriter[] | null = null;
  if (existsSync(dir)) {
    refuseInputs(base, o.outDir, [transcript, loaded.file]);
    outputs = [check('md'), check('html')];
  }
  const debrief = buildDebrief(run, createKernel(ir), runs, o.lang);
  createOutputDir(dir);
  // Written only if nobody put a file there meanwhile (else kept beside under a new name).
  const [md, html] = outputs ?? [check('md'), check('html')];
  md?.write(formatDebriefMarkdown(debrief));
  html?.write(formatDebriefHtml(debrief));
  write(`wrote ${base}.debrief.md\nwrote ${base}.debrief.html\n`);
  return 0;
}

/** Refuses a debrief that would be written over an input (the transcript, the exercise), saying where it goes and how to move it. */
function refuseInputs(base: string, outDir: string | undefined, inputs: readonly string[]): void {
  for (const out of [`${base}.debrief.md`, `${base}.debrief.html`]) {
    const input = inputs.find((i) => sameFile(out, i));
    if (input === undefined) continue;
    const where = outDir === undefined ? 'beside the transcript (where it goes without --out-dir)' : `in --out-dir ${outDir}`;
    throw new UserError(
      `refusing to write the debrief ${out} ${where}: it is an input of this command (${input})`,
      outDir === undefined ? 'write the debrief to another folder with --out-dir DIR' : 'choose another --out-dir',
    );
  }
}
