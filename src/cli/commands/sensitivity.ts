// `statecraft sensitivity`: arguments and options of the one-at-a-time tornado.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, collect, SCENARIO_ARGUMENT } from './cliIo.js';

/** The `sensitivity` command. */
export function sensitivity(io: CliIo) {
  return new Command('sensitivity')
    .description('move each trigger chance and indicator start value down and up, and rank them by the swing in the odds')
    .argument('[scenario]', SCENARIO_ARGUMENT)
    .option('--runs <n>', 'runs per variant', '2000')
    .option('--seed <n>', 'seed (the same for every variant)', '1')
    .option('--range <percent>', 'how far to move each assumption', '50%')
    .option('--top <n>', 'rows per tornado chart', '10')
    .option('--set <path=value>', 'change an assumption first (repeatable)', collect, [])
    .option('--workers <k>', 'worker threads (default: the number of cores)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv'] as const).default('table' as const))
    .addHelpText('after', '\nExamples:\n  statecraft sensitivity --runs 5000 --range 30%\n  statecraft sensitivity --format csv > tornado.csv')
    .action(async (scenario, opts) => {
      const { sensitivityCommand } = await import('../sensitivityCommand.js');
      io.finish(await sensitivityCommand(scenario, opts, io.out));
    });
}
