// `statecraft check`: arguments and options of validation and state-space exploration.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, pathValue } from './cliIo.js';

/** The `check` command. */
export function check(io: CliIo) {
  return new Command('check')
    .description(
      'validate a scenario, then settle every reachability question (found with a replayable witness, or proven impossible) and check its invariants',
    )
    .argument('[scenario]', 'shipped scenario name or path (default: iraq-coalition)')
    .option('--exact', 'tell states apart by exact indicator values')
    .option(
      '--buckets <n>',
      'tell states apart by indicator buckets (default: exact values up to 20,000 states, fewer above 100 triggers, seeded walks, then 3 buckets)',
    )
    .option('--max-states <n>', 'stop exploring after this many states and report "bounded"', '300000')
    .option('--strict', 'exit 1 on (proven) warnings too; notes never fail')
    .option('--witnesses', 'list every reachability question with its witness (a sequence that replays) or its proof')
    .option('--counterexamples <dir>', 'where counterexample scripts are written', pathValue, 'statecraft-counterexamples')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json'] as const).default('text' as const))
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft check scenarios/iraq-coalition.yaml\n  statecraft check my.yaml --strict --format json\n  statecraft check --witnesses',
    )
    .action(async (scenario, opts) => {
      const { checkCommand } = await import('../checkCommand.js');
      io.finish(checkCommand(scenario, opts, io.out));
    });
}
