// `statecraft graph`: arguments and options of the diagram export.
import { Command, Option } from '@commander-js/extra-typings';
import { type CliIo, pathValue } from './cliIo.js';

/** The `graph` command. */
export function graph(io: CliIo) {
  return new Command('graph')
    .description('the statecharts as a diagram: Mermaid, Graphviz DOT, or the XState machine config (JSON, for Stately tools)')
    .argument('[scenario]', 'shipped scenario name or path (default: iraq-coalition)')
    .addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'dot', 'json'] as const).default('mermaid' as const))
    .option('--from <file>', "highlight a saved session's current states", pathValue)
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft graph > diagram.mmd\n  statecraft graph --format dot | dot -Tsvg > diagram.svg\n  statecraft graph --format json > machine.json',
    )
    .action(async (scenario, opts) => {
      const { graphCommand } = await import('../graphCommand.js');
      io.finish(graphCommand(scenario, opts, io.out));
    });
}
