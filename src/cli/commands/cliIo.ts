// Where a command writes and how it reports its exit code: handed to every command definition by main.
import { InvalidArgumentError } from '@commander-js/extra-typings';

/** Anything that takes text, like process.stdout or a test's collector. */
export type TextSink = { write(text: string): unknown };

/** The output channels of one CLI invocation, and the callback that records its exit code. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly finish: (code: number) => void;
};

/** The help text of an argument naming a scenario. */
export const SCENARIO_ARGUMENT = 'shipped scenario name or path to a .yaml file (default: iraq-coalition)';

/**
 * The value of an option naming a file or folder, refused when empty: `--save "$SESSION"` with the variable unset must
 * not save nothing, start from scratch or print instead (commander makes it a usage error naming the option, exit 2).
 */
export function pathValue(value: string): string {
  if (value === '') throw new InvalidArgumentError('the path is empty: give a file or folder name (is a shell variable unset?)');
  return value;
}

/** Collects a repeatable option's values in order. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** On a real terminal the UIs are interactive even where CI variables are set (ink would draw nothing until exit). */
export function allowInteractiveInCi(): void {
  if (process.stdin.isTTY && process.stdout.isTTY) for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) delete process.env[key];
}
