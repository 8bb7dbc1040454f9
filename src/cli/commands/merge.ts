// `statecraft merge`: arguments and options of merging batch shards.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, pathValue } from './cliIo.js';

/** The `merge` command. */
export function merge(io: CliIo) {
  return new Command('merge')
    .description('merge batch shards (of a plain batch, or of batch --uncertainty) into the report of the whole batch')
    .argument('<files...>', 'shard files written by batch --shard')
    .option('--scenario <name-or-path>', 'the scenario, when it is not a shipped one', pathValue)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'md'] as const).default('table' as const))
    .action(async (files, opts) => {
      const { mergeCommand } = await import('../mergeCommand.js');
      io.finish(mergeCommand(files, opts, io.out, io.err));
    });
}
