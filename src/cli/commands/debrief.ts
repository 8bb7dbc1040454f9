// `statecraft debrief`: arguments and options of the after-action debrief.
import { Command } from '@commander-js/extra-typings';
import { type CliIo, pathValue } from './cliIo.js';

/** The `debrief` command. */
export function debrief(io: CliIo) {
  return new Command('debrief')
    .description('write the after-action debrief of an exercise transcript as Markdown and self-contained HTML')
    .argument('<transcript>', 'a transcript written by statecraft exercise')
    .option('--out-dir <dir>', 'where to write (default: beside the transcript)', pathValue)
    .option('--runs <n>', "simulations of the rest of the exercise after each event, for the model's odds", '2000')
    .option('--lang <code>', 'language of the debrief: en or ar (ar is right to left)', 'en')
    .action(async (transcript, opts) => {
      const { debriefCommand } = await import('../debriefCommand.js');
      io.finish(debriefCommand(transcript, opts, io.out));
    });
}
