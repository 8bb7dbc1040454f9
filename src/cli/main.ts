// The statecraft command line: registers one definition per command and turns the outcome into an exit code.
import { Command, CommanderError, Help } from '@commander-js/extra-typings';
import { UsageError } from '../core/errors.js';
import { batch } from './commands/batch.js';
import { check } from './commands/check.js';
import type { CliIo, TextSink } from './commands/cliIo.js';
import { compare } from './commands/compare.js';
import { debrief } from './commands/debrief.js';
import { drivers } from './commands/drivers.js';
import { exercise } from './commands/exercise.js';
import { graph } from './commands/graph.js';
import { join } from './commands/join.js';
import { list } from './commands/list.js';
import { merge } from './commands/merge.js';
import { paths } from './commands/paths.js';
import { play } from './commands/play.js';
import { run } from './commands/run.js';
import { schema } from './commands/schema.js';
import { sensitivity } from './commands/sensitivity.js';
import { signposts } from './commands/signposts.js';
import { sweep } from './commands/sweep.js';
import { reportError } from './reportError.js';

/** Every command, in the order `--help` lists them. */
const COMMANDS = [play, run, batch, drivers, compare, sensitivity, sweep, signposts, merge, check, paths, graph, exercise, join, debrief, list, schema];

/** Builds the program; each command's handler reports its exit code through `io.finish`. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('statecraft')
    .description('Scenario modelling: how the international coalition presence in Iraq ends.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    // A repeatable option starts from no values: "(default: [])" says nothing a reader needs.
    .configureHelp({
      optionDescription(option) {
        return Help.prototype.optionDescription.call(this, option).replace(' (default: [])', '');
      },
    });
  for (const define of COMMANDS) {
    const command = define(io).copyInheritedSettings(program);
    program.addCommand(command.showHelpAfterError(`(run statecraft ${command.name()} --help for usage)`));
  }
  return program;
}

/** The command's `--lang`, if it has one. */
function languageOption(command: { opts(): Record<string, unknown> } | undefined): string | undefined {
  const lang = command?.opts().lang;
  return typeof lang === 'string' ? lang : undefined;
}

/** Runs the CLI with these arguments, writing to these streams; resolves to the exit code and never exits the process. */
export async function main(argv: readonly string[], streams: { stdout: TextSink; stderr: TextSink } = process): Promise<number> {
  let code = 0;
  const err = (text: string) => {
    streams.stderr.write(text);
  };
  const program = buildProgram({
    out: (text) => {
      streams.stdout.write(text);
    },
    err,
    finish: (c) => {
      code = c;
    },
  });
  const args = argv.length === 0 ? ['play'] : [...argv];
  try {
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    const command = program.commands.find((c) => c.name() === args[0]);
    return reportError(e, err, e instanceof UsageError ? `statecraft${command ? ` ${command.name()}` : ''}` : undefined, languageOption(command));
  }
}
