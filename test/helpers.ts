// Shared test helpers: steppers from inline scenarios or fixtures, and the CLI run in-process.
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { main } from '../src/cli/main.js';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createStepper, type Stepper } from '../src/engine/createStepper.js';
import { readScenario } from '../src/scenario/readScenario.js';

/** A stepper for scenario text. */
export function stepperFromText(text: string, file = 'inline.yaml'): Stepper {
  return createStepper(compileScenario(readScenario(file, text)));
}

/** A stepper for a fixture in test/fixtures/valid. */
export function fixtureStepper(name: string): Stepper {
  const file = `test/fixtures/valid/${name}.yaml`;
  return stepperFromText(readFileSync(file, 'utf8'), file);
}

/** A stepper for a shipped scenario. */
export function shippedStepper(name: string): Stepper {
  const file = `scenarios/${name}.yaml`;
  return stepperFromText(readFileSync(file, 'utf8'), file);
}

/** A small scenario as an object, with defaults for the parts a test does not care about. */
export function tiny(parts: Record<string, unknown>): string {
  return stringify({
    id: 'tiny',
    title: 'Tiny',
    clock: { start: '2025-01', end: '2025-03' },
    indicators: { x: { label: 'X', min: 0, max: 10, initial: 5 } },
    actors: { a: { label: 'A', initial: 's0', states: { s0: { label: 'S0' }, s1: { label: 'S1' }, s2: { label: 'S2' } } } },
    triggers: { t: { kind: 'exogenous', label: 'T' } },
    outcomes: { done: { label: 'Done', rule: 'actors.a == "s2"', priority: 1 } },
    ...parts,
  });
}

/** What one in-process CLI invocation printed, and its exit code. */
export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs `statecraft ARGS` in this process through `main`, capturing what it writes. */
export async function statecraft(...args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: {
      write: (s: string) => {
        stdout += s;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
      },
    },
  });
  return { code, stdout, stderr };
}

/** Runs `statecraft ARGS` in this process from the folder `cwd`, as a user in that folder would (relative paths stay relative in messages). */
export async function statecraftIn(cwd: string, ...args: string[]): Promise<CliResult> {
  const home = process.cwd();
  process.chdir(cwd);
  try {
    return await statecraft(...args);
  } finally {
    process.chdir(home);
  }
}

/** A computation run once, on first use, and shared by the tests that read it (compute an expensive batch once, not per test). */
export function once<T>(compute: () => T): () => T {
  let result: { value: T } | undefined;
  return () => {
    result ??= { value: compute() };
    return result.value;
  };
}

/** How long a test waits for an event before it fails: long enough for a loaded machine, only to end a hung test. */
export const PATIENCE = { timeout: 60_000, interval: 20 } as const;
