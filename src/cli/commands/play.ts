// `statecraft play`: arguments and options of the interactive simulator.
import { Command } from '@commander-js/extra-typings';
import { allowInteractiveInCi, type CliIo, pathValue, SCENARIO_ARGUMENT } from './cliIo.js';

/** The `play` command (the default). */
export function play(io: CliIo) {
  return new Command('play')
    .description('open the interactive simulator (the default command)')
    .argument('[scenario]', SCENARIO_ARGUMENT)
    .option('--seed <n>', 'seed for the session (default 1)')
    .option('--session <file>', 'open a saved session file', pathValue)
    .option('--replay', 'with --session on a changed scenario: replay the steps that still apply and report the others')
    .option('--script <file>', 'play a run script first, then continue by hand', pathValue)
    .option('--lang <code>', 'language of labels, e.g. en or ar', 'en')
    .option('--no-odds', 'do not compute live odds after each step')
    .addHelpText('after', '\nExamples:\n  statecraft play\n  statecraft play --lang ar\n  statecraft play --session my.session.json')
    .action(async (scenario, opts) => {
      allowInteractiveInCi();
      const { playCommand } = await import('../playCommand.js');
      io.finish(await playCommand(scenario, opts));
    });
}
