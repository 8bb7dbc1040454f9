// `statecraft schema`: the JSON Schema of scenario or exercise files.
import { Argument, Command } from '@commander-js/extra-typings';
import type { CliIo } from './cliIo.js';

/** The `schema` command. */
export function schema(io: CliIo) {
  return new Command('schema')
    .description('print the JSON Schema of scenario files (or of exercise files)')
    .addArgument(new Argument('[kind]', 'which files').choices(['scenario', 'exercise'] as const).default('scenario' as const))
    .action(async (kind) => {
      const { exerciseJsonSchema, scenarioJsonSchema } = await import('../../scenario/scenarioJsonSchema.js');
      io.out(`${JSON.stringify(kind === 'exercise' ? exerciseJsonSchema() : scenarioJsonSchema(), null, 2)}\n`);
      io.finish(0);
    });
}
