import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { statecraft } from '../helpers.js';

const io = { out: () => {}, err: () => {}, finish: () => {} };

/** Every option of every command that names a file or folder, read from the definitions (a new one is covered as it is added). */
const PATH_OPTIONS = buildProgram(io).commands.flatMap((command) =>
  command.options.filter((o) => /<(file|dir|name-or-path)>/.test(o.flags)).map((o) => [command.name(), o.long as string, o.flags] as const),
);

describe('an empty path given to an option', () => {
  it('should find the path options of every command', () => {
    expect(PATH_OPTIONS.map(([c, o]) => `${c} ${o}`)).toEqual(
      expect.arrayContaining(['run --save', 'run --from', 'batch --out', 'batch --from', 'exercise --transcript', 'debrief --out-dir', 'play --session']),
    );
    expect(PATH_OPTIONS.length).toBeGreaterThanOrEqual(19);
  });

  it.each(PATH_OPTIONS)('%s %s "": a usage error naming the option (exit 2), nothing done', async (command, option, flags) => {
    const r = await statecraft(command, option, '');
    expect(r.stderr).toContain(`error: option '${flags}' argument '' is invalid. the path is empty: give a file or folder name (is a shell variable unset?)`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('should refuse `run --save ""` after the steps too, not save nothing and exit 0', async () => {
    const r = await statecraft('run', 'test/fixtures/valid/minimal.yaml', '--steps', 'shock', '--save', '');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
