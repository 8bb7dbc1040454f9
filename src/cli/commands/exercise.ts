// `statecraft exercise`: arguments and options of a teaching exercise.
import { Command } from '@commander-js/extra-typings';
import { allowInteractiveInCi, type CliIo, pathValue } from './cliIo.js';

/** The `exercise` command. */
export function exercise(io: CliIo) {
  return new Command('exercise')
    .description('run a teaching exercise: injects, roles, decisions, predictions, adjudication (facilitator screen, or --script headless)')
    .argument('<exercise>', 'a shipped exercise name (see list) or path to an exercise .yaml')
    .option('--script <file>', 'play these entries headless (tests, rehearsals)', pathValue)
    .option('--transcript <file>', 'where the transcript is written after every action (default: <exercise>.transcript.json)', pathValue)
    .option('--resume', 'continue the transcript after a break or a crash')
    .option('--seed <n>', 'seed', '1')
    .option('--lang <code>', 'language of labels, e.g. en or ar', 'en')
    .option('--host', 'serve seats: every team joins from its own terminal with statecraft join (prints the codes)')
    .option('--port <n>', 'with --host: the port to listen on (default 7420; 0 picks a free one)')
    .option('--bind <addr>', 'with --host: the address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 opens it to the network)')
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft exercise harir-countdown\n  statecraft exercise harir-countdown --resume\n  statecraft exercise harir-in-45 --script rehearsal.yaml --transcript rehearsal.json\n  statecraft exercise harir-in-45 --host --bind 0.0.0.0\n  statecraft exercise harir-in-45 --host --resume',
    )
    .action(async (file, opts) => {
      if (!opts.script) allowInteractiveInCi();
      const { exerciseCommand } = await import('../exerciseCommand.js');
      io.finish(await exerciseCommand(file, opts, io.out));
    });
}
