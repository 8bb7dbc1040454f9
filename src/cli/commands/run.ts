// `statecraft run`: arguments and options of the headless timeline.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, collect, pathValue, SCENARIO_ARGUMENT } from './cliIo.js';

/** The `run` command. */
export function run(io: CliIo) {
  return new Command('run')
    .description('play steps or a script on a scenario and print the timeline')
    .argument('[scenario]', SCENARIO_ARGUMENT)
    .option('--steps <list>', 'comma-separated steps: advance, advance:3, roll:2, deadline, or a trigger id')
    .option('--script <file>', 'a run script (.yaml) with steps and expectations', pathValue)
    .option('--seed <n>', 'seed for rolled months (default: the script seed, else 1)')
    .option('--batch-run <i>', 'roll on the random stream of run I of `batch --seed N`, to replay that run (as batch prints it; not with --save)')
    .option(
      '--set <path=value>',
      'what-if, as in batch: triggers.ID.chance=EXPR, indicators.ID.initial=N or params.NAME=N (repeatable; not with --save)',
      collect,
      [],
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md'] as const).default('text' as const))
    .option('--lang <code>', 'language of labels', 'en')
    .option('--from <file>', 'start from a saved session file', pathValue)
    .option('--replay', 'with --from on a changed scenario: replay the steps that still apply and report the others')
    .option('--save <file>', 'save the resulting session file', pathValue)
    .option('--overwrite', 'let --save replace a session of another scenario or a file of another kind')
    .option('--odds [runs]', 'the odds after every step (runs from each point, default 1000): sparklines, a table in md, "odds" in json')
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft run --steps "isis_resurgence,advance:3,roll:2"\n  statecraft run --steps "drone_attack_erbil,drone_attack_erbil,drone_attack_erbil,krg_requests_deal"\n  statecraft run --script test/scenarios/iraq-kurdistan-deal.yaml --format json',
    )
    .action(async (scenario, opts) => {
      const { runCommand } = await import('../runCommand.js');
      io.finish(runCommand(scenario, opts, io.out, io.err));
    });
}
