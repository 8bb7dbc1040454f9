// A finding's trigger sequence as a run script, so `run --script` replays it and `play --script` opens it.
import { stringify } from 'yaml';

/** The script text; `scenario` is a shipped name or a path relative to where the script is written. */
export function counterexampleScript(scenario: string, title: string, steps: readonly string[]): string {
  return `# ${title}\n# Replay: statecraft run --script THIS_FILE    Explore: statecraft play --script THIS_FILE\n${stringify({ scenario, steps: [...steps] })}`;
}
