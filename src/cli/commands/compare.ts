// `statecraft compare`: arguments and options of a paired comparison of two variants.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, collect, pathValue, SCENARIO_ARGUMENT } from './cliIo.js';

/** The `compare` command. */
export function compare(io: CliIo) {
  return new Command('compare')
    .description('compare two variants on the same runs: P(A), P(B) and B − A with a paired 95% interval')
    .argument('[scenario]', SCENARIO_ARGUMENT)
    .option('--runs <n>', 'runs per variant', '10000')
    .option('--seed <n>', 'seed (the same random streams for both)', '1')
    .option('--set <path=value>', 'what-if of A, kept in B (repeatable)', collect, [])
    .option('--force <trigger@YYYY-MM>', 'what-if of A, kept in B (repeatable)', collect, [])
    .option('--from <file>', 'A starts every run from a saved session (B too, unless --b-from)', pathValue)
    .option('--b-set <path=value>', 'what-if added in B (repeatable)', collect, [])
    .option('--b-force <trigger@YYYY-MM>', 'forced trigger added in B (repeatable)', collect, [])
    .option('--b-from <file>', 'B starts every run from this saved session', pathValue)
    .option('--b-scenario <name-or-path>', 'B plays this scenario file (same outcome ids)', pathValue)
    .option(
      '--uncertainty',
      "draw the scenario's ranges: --draws parameter draws, --per-draw runs each, A and B on the same draws and runs (--runs is not used)",
    )
    .option('--draws <k>', 'parameter draws with --uncertainty', '100')
    .option('--per-draw <n>', 'runs per parameter draw and variant with --uncertainty', '500')
    .option('--workers <k>', 'worker threads (default: the number of cores)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'md'] as const).default('table' as const))
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft compare --b-set triggers.isis_resurgence.chance=0.2\n  statecraft compare --b-force israel_iran_war@2026-01 --format md\n  statecraft compare test/fixtures/uncertain/ranges.yaml --uncertainty --draws 40 --per-draw 250 --b-set triggers.collapse.chance=0.05',
    )
    .action(async (scenario, opts) => {
      const { compareCommand } = await import('../compareCommand.js');
      io.finish(await compareCommand(scenario, opts, io.out));
    });
}
