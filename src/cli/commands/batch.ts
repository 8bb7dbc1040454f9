// `statecraft batch`: arguments and options of the Monte Carlo batch.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, collect, SCENARIO_ARGUMENT } from './cliIo.js';

/** The `batch` command. */
export function batch(io: CliIo) {
  return new Command('batch')
    .description('Monte Carlo: run the scenario to its end many times and report the odds')
    .argument('[scenario]', SCENARIO_ARGUMENT)
    .option('--runs <n>', 'number of runs', '10000')
    .option('--seed <n>', 'seed; run i always uses the generator seeded by (seed, i)', '1')
    .option('--from <file>', 'start every run from a saved session instead of the start')
    .option('--force <trigger@YYYY-MM>', 'what-if: fire a trigger at the start of that month in every run (repeatable)', collect, [])
    .option('--set <path=value>', 'what-if: triggers.ID.chance=EXPR or indicators.ID.initial=N (repeatable)', collect, [])
    .option('--workers <k>', 'worker threads (default: the number of cores)')
    .option('--shard <k/n>', 'run only part k of n and write a shard for statecraft merge')
    .option('--out <file>', 'write the result to a file (atomically) instead of stdout')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'md'] as const).default('table' as const))
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft batch --runs 20000 --seed 7\n  statecraft batch --force israel_iran_war@2026-01 --format json\n  statecraft batch --set triggers.isis_resurgence.chance=0.2 --set indicators.security_need.initial=70\n  statecraft batch --runs 100000 --shard 1/2 --out a.json && statecraft batch --runs 100000 --shard 2/2 --out b.json && statecraft merge a.json b.json',
    )
    .action(async (scenario, opts) => {
      const { batchCommand } = await import('../batchCommand.js');
      io.finish(await batchCommand(scenario, opts, io.out));
    });
}
