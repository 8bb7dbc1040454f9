// `statecraft join`: a team's (or the projector's) seat in an exercise hosted with `statecraft exercise --host`.
import { Command } from '@commander-js/extra-typings';
import { allowInteractiveInCi, type CliIo } from './cliIo.js';

/** The `join` command. */
export function join(io: CliIo) {
  return new Command('join')
    .description("take a team's seat in a hosted exercise (statecraft exercise … --host prints the codes), or watch it with the observer code")
    .argument('<host:port>', 'the address the host printed, e.g. 127.0.0.1:7420 or [::1]:7420')
    .requiredOption('--code <code>', "your seat's join code")
    .option('--watch', 'the projector view: the shared state and the timeline, no actions (needs the observer code)')
    .option(
      '--lang <lang>',
      "the seat's language until it has joined (connecting, a wrong code, a host it cannot reach): en or ar; once joined, the seat reads the host's language",
      'en',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft join 127.0.0.1:7420 --code Qm9uam91ciBsZXMgYW1pcw\n  statecraft join 192.168.1.20:7420 --code … --watch\n  statecraft join 192.168.1.20:7420 --code … --lang ar',
    )
    .action(async (address, opts) => {
      allowInteractiveInCi();
      const { joinCommand } = await import('../joinCommand.js');
      io.finish(await joinCommand(address, opts));
    });
}
