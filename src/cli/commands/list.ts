// `statecraft list`: the shipped scenarios and exercises.
import { Command } from '@commander-js/extra-typings';
import type { CliIo } from './cliIo.js';

/** The `list` command. */
export function list(io: CliIo) {
  return new Command('list').description('list the shipped scenarios').action(async () => {
    const { listCommand } = await import('../listCommand.js');
    io.finish(listCommand(io.out));
  });
}
