#!/usr/bin/env node
// The statecraft command line: parses arguments, calls one function per command, prints, exits.
import { Argument, Command, CommanderError, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { reportError } from './reportError.js';

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

/** On a real terminal the UIs are interactive even where CI variables are set (ink would draw nothing until exit). */
function allowInteractiveInCi(): void {
  if (process.stdin.isTTY && process.stdout.isTTY) for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) delete process.env[key];
}

/** Builds the program; each action sets `exitCode` through `finish`. */
export function buildProgram(finish: (code: number) => void): Command {
  const program = new Command('statecraft')
    .description('Scenario modelling: how the international coalition presence in Iraq ends.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.configureOutput({ writeOut: out, writeErr: err });

  program
    .command('play')
    .description('open the interactive simulator (the default command)')
    .argument('[scenario]', 'shipped scenario name or path to a .yaml file (default: iraq-coalition)')
    .option('--seed <n>', 'seed for the session (default 1)')
    .option('--session <file>', 'open a saved session file')
    .option('--replay', 'with --session on a changed scenario: replay the steps that still apply and report the others')
    .option('--script <file>', 'play a run script first, then continue by hand')
    .option('--lang <code>', 'language of labels, e.g. en or ar', 'en')
    .option('--no-odds', 'do not compute live odds after each step')
    .addHelpText('after', '\nExamples:\n  statecraft play\n  statecraft play --lang ar\n  statecraft play --session my.session.json')
    .action(async (scenario: string | undefined, opts) => {
      allowInteractiveInCi();
      const { playCommand } = await import('./playCommand.js');
      finish(await playCommand(scenario, opts));
    });

  program
    .command('run')
    .description('play steps or a script on a scenario and print the timeline')
    .argument('[scenario]', 'shipped scenario name or path to a .yaml file (default: iraq-coalition)')
    .option('--steps <list>', 'comma-separated steps: advance, advance:3, roll:2, deadline, or a trigger id')
    .option('--script <file>', 'a run script (.yaml) with steps and expectations')
    .option('--seed <n>', 'seed for rolled months (default: the script seed, else 1)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .option('--lang <code>', 'language of labels', 'en')
    .option('--from <file>', 'start from a saved session file')
    .option('--save <file>', 'save the resulting session file')
    .option('--replay', 'with --from on a changed scenario: replay the steps that still apply and report the others')
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft run --steps "isis_resurgence,advance:3,roll:2"\n  statecraft run --steps "drone_attack_erbil,drone_attack_erbil,drone_attack_erbil,krg_requests_deal"\n  statecraft run --script test/scenarios/iraq-kurdistan-deal.yaml --format json',
    )
    .action(async (scenario: string | undefined, opts) => {
      const { runCommand } = await import('./runCommand.js');
      finish(runCommand(scenario, opts, out, err));
    });

  const collect = (value: string, previous: string[]) => [...previous, value];
  program
    .command('batch')
    .description('Monte Carlo: run the scenario to its end many times and report the odds')
    .argument('[scenario]', 'shipped scenario name or path to a .yaml file (default: iraq-coalition)')
    .option('--runs <n>', 'number of runs', '10000')
    .option('--seed <n>', 'seed; run i always uses the generator seeded by (seed, i)', '1')
    .option('--from <file>', 'start every run from a saved session instead of the start')
    .option('--force <trigger@YYYY-MM>', 'what-if: fire a trigger at the start of that month in every run (repeatable)', collect, [])
    .option('--set <path=value>', 'what-if: triggers.ID.chance=EXPR or indicators.ID.initial=N (repeatable)', collect, [])
    .option('--workers <k>', 'worker threads (default: the number of cores)')
    .option('--shard <k/n>', 'run only part k of n and write a shard for statecraft merge')
    .option('--out <file>', 'write the result to a file (atomically) instead of stdout')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'md']).default('table'))
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft batch --runs 20000 --seed 7\n  statecraft batch --force israel_iran_war@2026-01 --format json\n  statecraft batch --set triggers.isis_resurgence.chance=0.2 --set indicators.security_need.initial=70\n  statecraft batch --runs 100000 --shard 1/2 --out a.json && statecraft batch --runs 100000 --shard 2/2 --out b.json && statecraft merge a.json b.json',
    )
    .action(async (scenario: string | undefined, opts) => {
      const { batchCommand } = await import('./batchCommand.js');
      finish(await batchCommand(scenario, opts, out));
    });

  program
    .command('sensitivity')
    .description('move each trigger chance and indicator start value down and up, and rank them by the swing in the odds')
    .argument('[scenario]', 'shipped scenario name or path to a .yaml file (default: iraq-coalition)')
    .option('--runs <n>', 'runs per variant', '2000')
    .option('--seed <n>', 'seed (the same for every variant)', '1')
    .option('--range <percent>', 'how far to move each assumption', '50%')
    .option('--top <n>', 'rows per tornado chart', '10')
    .option('--set <path=value>', 'change an assumption first (repeatable)', collect, [])
    .option('--workers <k>', 'worker threads (default: the number of cores)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addHelpText('after', '\nExamples:\n  statecraft sensitivity --runs 5000 --range 30%\n  statecraft sensitivity --format csv > tornado.csv')
    .action(async (scenario: string | undefined, opts) => {
      const { sensitivityCommand } = await import('./sensitivityCommand.js');
      finish(await sensitivityCommand(scenario, opts, out));
    });

  program
    .command('sweep')
    .description('run a batch at every point of a grid of assumptions')
    .argument('[scenario]', 'shipped scenario name or path to a .yaml file (default: iraq-coalition)')
    .requiredOption('--grid <axes>', 'PATH=FROM:TO:COUNT, comma-separated, e.g. triggers.isis_resurgence.chance=0.02:0.2:5')
    .option('--runs <n>', 'runs per grid point', '2000')
    .option('--seed <n>', 'seed (the same for every point)', '1')
    .option('--set <path=value>', 'change an assumption first (repeatable)', collect, [])
    .option('--workers <k>', 'worker threads (default: the number of cores)')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .addHelpText('after', '\nExample:\n  statecraft sweep --grid "triggers.isis_resurgence.chance=0.02:0.2:5,indicators.security_need.initial=40:80:3"')
    .action(async (scenario: string | undefined, opts) => {
      const { sweepCommand } = await import('./sweepCommand.js');
      finish(await sweepCommand(scenario, opts, out));
    });

  program
    .command('merge')
    .description('merge batch shards into the report of the whole batch')
    .argument('<files...>', 'shard files written by batch --shard')
    .option('--scenario <name-or-path>', 'the scenario, when it is not a shipped one')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'md']).default('table'))
    .action(async (files: string[], opts) => {
      const { mergeCommand } = await import('./mergeCommand.js');
      finish(mergeCommand(files, opts, out));
    });

  program
    .command('check')
    .description('validate a scenario, then explore every reachable state: unreachable states and outcomes, triggers that never fire, broken invariants')
    .argument('[scenario]', 'shipped scenario name or path (default: iraq-coalition)')
    .option('--exact', 'tell states apart by exact indicator values')
    .option('--buckets <n>', 'tell states apart by indicator buckets (default: exact when it fits, else 3)')
    .option('--max-states <n>', 'stop exploring after this many states and report "bounded"', '300000')
    .option('--strict', 'exit 1 on warnings too')
    .option('--counterexamples <dir>', 'where counterexample scripts are written', 'statecraft-counterexamples')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  statecraft check scenarios/iraq-coalition.yaml\n  statecraft check my.yaml --strict --format json')
    .action(async (scenario: string | undefined, opts) => {
      const { checkCommand } = await import('./checkCommand.js');
      finish(checkCommand(scenario, opts, out));
    });

  program
    .command('paths')
    .description('the shortest trigger sequences to an outcome or an actor state, respecting guards and indicator values')
    .argument('[scenario]', 'shipped scenario name or path (default: iraq-coalition)')
    .requiredOption('--to <target>', 'an outcome id, or actor=state')
    .option('--max <n>', 'how many paths', '3')
    .option('--from <file>', 'start from a saved session')
    .option('--buckets <n>', 'tell states apart by indicator buckets (default: exact when it fits, else 3)')
    .option('--max-states <n>', 'stop exploring after this many states', '300000')
    .option('--out-dir <dir>', 'write each path as a run script')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft paths --to full_exit\n  statecraft paths --to krg=deal_signed --max 1 --out-dir paths/\n  statecraft paths --to full_exit --from my.session.json',
    )
    .action(async (scenario: string | undefined, opts) => {
      const { pathsCommand } = await import('./pathsCommand.js');
      finish(pathsCommand(scenario, opts, out));
    });

  program
    .command('graph')
    .description('the statecharts as a diagram: Mermaid, Graphviz DOT, or the XState machine config (JSON, for Stately tools)')
    .argument('[scenario]', 'shipped scenario name or path (default: iraq-coalition)')
    .addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'dot', 'json']).default('mermaid'))
    .option('--from <file>', "highlight a saved session's current states")
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft graph > diagram.mmd\n  statecraft graph --format dot | dot -Tsvg > diagram.svg\n  statecraft graph --format json > machine.json',
    )
    .action(async (scenario: string | undefined, opts) => {
      const { graphCommand } = await import('./graphCommand.js');
      finish(graphCommand(scenario, opts, out));
    });

  program
    .command('exercise')
    .description('run a teaching exercise: injects, roles, decisions, predictions, adjudication (facilitator screen, or --script headless)')
    .argument('<exercise>', 'a shipped exercise name (see list) or path to an exercise .yaml')
    .option('--script <file>', 'play these entries headless (tests, rehearsals)')
    .option('--transcript <file>', 'where the transcript is written after every action (default: <exercise>.transcript.json)')
    .option('--resume', 'continue the transcript after a break or a crash')
    .option('--seed <n>', 'seed', '1')
    .option('--lang <code>', 'language of labels, e.g. en or ar', 'en')
    .addHelpText(
      'after',
      '\nExamples:\n  statecraft exercise harir-countdown\n  statecraft exercise harir-countdown --resume\n  statecraft exercise harir-in-45 --script rehearsal.yaml --transcript rehearsal.json',
    )
    .action(async (file: string, opts) => {
      if (!opts.script) allowInteractiveInCi();
      const { exerciseCommand } = await import('./exerciseCommand.js');
      finish(await exerciseCommand(file, opts, out));
    });

  program
    .command('debrief')
    .description('write the after-action debrief of an exercise transcript as Markdown and self-contained HTML')
    .argument('<transcript>', 'a transcript written by statecraft exercise')
    .option('--out-dir <dir>', 'where to write (default: beside the transcript)')
    .option('--runs <n>', "Monte Carlo runs for the model's odds at each step", '2000')
    .option('--lang <code>', 'language of labels', 'en')
    .action(async (transcript: string, opts) => {
      const { debriefCommand } = await import('./debriefCommand.js');
      finish(debriefCommand(transcript, opts, out));
    });

  program
    .command('list')
    .description('list the shipped scenarios')
    .action(async () => {
      const { listCommand } = await import('./listCommand.js');
      finish(listCommand(out));
    });

  program
    .command('schema')
    .description('print the JSON Schema of scenario files (or of exercise files)')
    .addArgument(new Argument('[kind]', 'which files').choices(['scenario', 'exercise']).default('scenario'))
    .action(async (kind: string) => {
      const { exerciseJsonSchema, scenarioJsonSchema } = await import('../scenario/scenarioJsonSchema.js');
      out(`${JSON.stringify(kind === 'exercise' ? exerciseJsonSchema() : scenarioJsonSchema(), null, 2)}\n`);
      finish(0);
    });
  return program;
}

/** Runs the CLI with these arguments; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  const args = argv.length === 0 ? ['play'] : [...argv];
  try {
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    const command = program.commands.find((c) => c.name() === args[0]);
    return reportError(e, err, e instanceof UsageError ? (command ?? program).helpInformation() : undefined);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = reportError(e, err);
  },
);
