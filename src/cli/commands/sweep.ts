// `statecraft sweep`: arguments and options of the grid of batches.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, collect, SCENARIO_ARGUMENT } from './cliIo.js';

/** The `sweep` command. */
export function sweep(io: CliIo) {
  return new Command('sweep')
    .description('run a batch at every point of a grid of assumptions')
    .argument('[scenario]', SCENARIO_ARGUMENT)
    .requiredOption('--grid <axes>', 'PATH=FROM:TO:COUNT, comma-separated, e.g. triggers.isis_resurgence.chance=0.02:0.2:5')
    .option('--runs <n>', 'runs per grid point', '2000')
    .option('--seed <n>', 'seed (the same for every point)', '1')
    .option('--set <path=value>', 'change an assumption first (repeatable)', collect, [])
    .option('--workers <k>', 'worker threads (default: the number of cores)')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json'] as const).default('csv' as const))
    .addHelpText('after', '\nExample:\n  statecraft sweep --grid "triggers.isis_resurgence.chance=0.02:0.2:5,indicators.security_need.initial=40:80:3"')
    .action(async (scenario, opts) => {
      const { sweepCommand } = await import('../sweepCommand.js');
      io.finish(await sweepCommand(scenario, opts, io.out));
    });
}
