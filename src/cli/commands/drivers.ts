// `statecraft drivers`: arguments and options of interventional attribution.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, collect, pathValue, SCENARIO_ARGUMENT } from './cliIo.js';

/** The `drivers` command. */
export function drivers(io: CliIo) {
  return new Command('drivers')
    .description('what drives the odds: ban each trigger (or force it at its first chance) on the same runs, and rank the effects with paired intervals')
    .argument('[scenario]', SCENARIO_ARGUMENT)
    .option('--runs <n>', 'runs for the baseline and for each intervention', '2000')
    .option('--seed <n>', 'seed (the same random streams for every intervention)', '1')
    .option('--from <file>', 'start every run from a saved session', pathValue)
    .option('--force <trigger@YYYY-MM>', 'what-if applied to the baseline and every intervention (repeatable)', collect, [])
    .option('--set <path=value>', 'what-if applied to the baseline and every intervention (repeatable)', collect, [])
    .option('--first-chance', 'also force each non-scheduled trigger at the first month it can fire')
    .option('--top <n>', 'rows shown in table and md', '15')
    .option('--workers <k>', 'worker threads (default: the number of cores)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'md'] as const).default('table' as const))
    .addHelpText('after', '\nExamples:\n  statecraft drivers\n  statecraft drivers --runs 5000 --first-chance --format md')
    .action(async (scenario, opts) => {
      const { driversCommand } = await import('../driversCommand.js');
      io.finish(await driversCommand(scenario, opts, io.out));
    });
}
