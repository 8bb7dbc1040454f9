// `statecraft signposts`: arguments and options of the events most worth watching.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, collect, SCENARIO_ARGUMENT } from './cliIo.js';

/** The `signposts` command. */
export function signposts(io: CliIo) {
  return new Command('signposts')
    .description('the observable events most worth watching, month by month: likelihood ratios per outcome and what watching tells')
    .argument('[scenario]', SCENARIO_ARGUMENT)
    .option('--runs <n>', 'number of runs', '20000')
    .option('--seed <n>', 'seed; run i uses the same generator as in batch', '1')
    .option('--top <n>', 'signposts per month', '5')
    .option('--month <YYYY-MM>', 'show one month only')
    .option('--set <path=value>', 'change an assumption first (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md'] as const).default('text' as const))
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft signposts\n  statecraft signposts --month 2026-01 --top 10\n  statecraft signposts --format json > signposts.json',
    )
    .action(async (scenario, opts) => {
      const { signpostsCommand } = await import('../signpostsCommand.js');
      io.finish(signpostsCommand(scenario, opts, io.out));
    });
}
