// `statecraft batch`: arguments and options of the Monte Carlo batch.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, collect, pathValue, SCENARIO_ARGUMENT } from './cliIo.js';

/** The `batch` command. */
export function batch(io: CliIo) {
  return new Command('batch')
    .description('Monte Carlo: run the scenario to its end many times and report the odds')
    .argument('[scenario]', SCENARIO_ARGUMENT)
    .option('--runs <n>', 'number of runs', '10000')
    .option('--seed <n>', 'seed; run i always uses the generator seeded by (seed, i)', '1')
    .option('--from <file>', 'start every run from a saved session instead of the start', pathValue)
    .option('--force <trigger@YYYY-MM>', 'what-if: fire a trigger at the start of that month in every run (repeatable)', collect, [])
    .option('--set <path=value>', 'what-if: triggers.ID.chance=EXPR, indicators.ID.initial=N or params.NAME=N (repeatable)', collect, [])
    .option('--workers <k>', 'worker threads (default: the number of cores)')
    .option('--shard <k/n|auto>', 'run only part k of n and write a shard for statecraft merge; auto reads it from a Kubernetes, Slurm or AWS Batch array job')
    .option('--shard-count <n>', 'with --shard auto: the number of parts, where the array job does not say (Kubernetes, AWS Batch)')
    .option('--out <file>', 'write the result to a file (atomically) instead of stdout', pathValue)
    .option('--overwrite', 'let --out replace a statecraft file of another kind or scenario')
    .option('--over-time', 'add the odds over time: P(outcome decided by each month), as a table and a chart')
    .option('--uncertainty', "draw the scenario's ranges: an outer loop of --draws parameter draws, --per-draw runs each (--runs is not used)")
    .option('--draws <k>', 'parameter draws with --uncertainty', '200')
    .option('--per-draw <n>', 'runs per parameter draw with --uncertainty', '500')
    .option('--given <observation>', 'conditional odds: only the runs in which "EXPR by YYYY-MM" held by that month (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'md'] as const).default('table' as const))
    .addHelpText(
      'after',
      "\nExamples:\n  statecraft batch --runs 20000 --seed 7\n  statecraft batch --uncertainty --draws 100 --per-draw 1000\n  statecraft batch --given 'indicators.kurdistan_attacks >= 60 by 2026-01'\n  statecraft batch --force israel_iran_war@2026-01 --format json\n  statecraft batch --set triggers.isis_resurgence.chance=0.2 --set indicators.security_need.initial=70\n  statecraft batch --runs 100000 --shard 1/2 --out a.json && statecraft batch --runs 100000 --shard 2/2 --out b.json && statecraft merge a.json b.json\n  statecraft batch test/fixtures/uncertain/ranges.yaml --uncertainty --shard 1/2 --out u1.json && statecraft batch test/fixtures/uncertain/ranges.yaml --uncertainty --shard 2/2 --out u2.json && statecraft merge u1.json u2.json --scenario test/fixtures/uncertain/ranges.yaml",
    )
    .action(async (scenario, opts) => {
      const { batchCommand } = await import('../batchCommand.js');
      io.finish(await batchCommand(scenario, opts, io.out, io.err));
    });
}
