// `statecraft paths`: arguments and options of the shortest-path search.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, pathValue } from './cliIo.js';

/** The `paths` command. */
export function paths(io: CliIo) {
  return new Command('paths')
    .description('trigger sequences to an outcome or an actor state (shortest when proven), respecting guards and indicator values')
    .argument('[scenario]', 'shipped scenario name or path (default: iraq-coalition)')
    .requiredOption('--to <target>', 'an outcome id, or actor=state')
    .option('--max <n>', 'how many paths', '3')
    .option('--from <file>', 'start from a saved session', pathValue)
    .option('--exact', 'tell states apart by exact indicator values')
    .option('--buckets <n>', 'tell states apart by indicator buckets (default: exact when it fits, else 3)')
    .option('--max-states <n>', 'stop exploring after this many states', '300000')
    .option('--out-dir <dir>', 'write each path as a run script', pathValue)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json'] as const).default('text' as const))
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft paths --to full_exit\n  statecraft paths --to krg=deal_signed --max 1 --out-dir paths/\n  statecraft paths --to full_exit --from my.session.json',
    )
    .action(async (scenario, opts) => {
      const { pathsCommand } = await import('../pathsCommand.js');
      io.finish(pathsCommand(scenario, opts, io.out));
    });
}
