import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockFile, realTarget } from '../../src/files/lockFile.js';
import { statecraftIn } from '../helpers.js';
import { start } from '../tui/pty.js';

const cli = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/bin.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('locks on files being written', () => {
  it('should refuse a second writer of a transcript, so two exercises never lose each other’s entries (two real processes)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-lock-'));
    writeFileSync(join(dir, 'notes.yaml'), 'steps:\n  - note: from the second process\n');
    const first = start(['exercise', 'harir-in-45'], {}, 80, 24, dir);
    await first.waitFor('THIS MONTH');
    const second = cli(dir, 'exercise', 'harir-in-45', '--resume', '--script', 'notes.yaml');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('error: harir-in-45.transcript.json is being written by another statecraft process');
    first.press('a');
    await first.waitFor('Oct 2025 (month 2/13)');
    first.press('q');
    expect(await first.exit).toBe(0);
    expect(existsSync(join(dir, 'harir-in-45.transcript.json.lock'))).toBe(false);
    const after = cli(dir, 'exercise', 'harir-in-45', '--resume', '--script', 'notes.yaml');
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
    const entries = JSON.parse(readFileSync(join(dir, 'harir-in-45.transcript.json'), 'utf8')).entries;
    expect(entries).toEqual([{ kind: 'advance' }, { kind: 'note', text: 'from the second process' }]);
  });

  it('should refuse a session save while another process holds its lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-lock-'));
    const lock = lockFile(join(dir, 's.json'), 'session');
    try {
      const r = cli(dir, 'run', '--steps', 'advance', '--save', 's.json');
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('s.json is being written by another statecraft process');
      expect(existsSync(join(dir, 's.json'))).toBe(false);
    } finally {
      lock.release();
    }
    expect(cli(dir, 'run', '--steps', 'advance', '--save', 's.json').status).toBe(0);
  });

  it('should refuse a second exercise that reaches the transcript through a symlink (two real processes)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-lock-'));
    writeFileSync(join(dir, 'notes.yaml'), 'steps:\n  - note: from the second process\n');
    symlinkSync('t.json', join(dir, 'alias.json'));
    const first = start(['exercise', 'harir-in-45', '--transcript', 't.json'], {}, 80, 24, dir);
    await first.waitFor('THIS MONTH');
    const second = cli(dir, 'exercise', 'harir-in-45', '--resume', '--transcript', 'alias.json', '--script', 'notes.yaml');
    expect(second.stderr).toContain('error: alias.json is being written by another statecraft process');
    expect(second.stderr).toContain(`locked by ${join(realpathSync(dir), 't.json.lock')}`);
    expect(second.status).toBe(1);
    first.press('q');
    expect(await first.exit).toBe(0);
    const after = cli(dir, 'exercise', 'harir-in-45', '--resume', '--transcript', 'alias.json', '--script', 'notes.yaml');
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
  });

  it.each([
    ['a symlink', 'alias.json'],
    ['./x', './s.json'],
    ['../d/x', '../d/s.json'],
    ['a symlink to the folder', '../dlink/s.json'],
  ])('should refuse a session save reaching a locked file through %s', (_, given) => {
    const root = mkdtempSync(join(tmpdir(), 'statecraft-lock-'));
    const dir = join(root, 'd');
    mkdirSync(dir);
    symlinkSync('d', join(root, 'dlink'));
    symlinkSync('s.json', join(dir, 'alias.json'));
    expect(cli(dir, 'run', '--steps', 'advance', '--save', 's.json').status).toBe(0);
    const saved = readFileSync(join(dir, 's.json'), 'utf8');
    const lock = lockFile(join(dir, 's.json'), 'session');
    try {
      const r = cli(dir, 'run', '--steps', 'advance,advance', '--save', given);
      expect(r.stderr).toContain(`${given} is being written by another statecraft process`);
      expect(r.status).toBe(1);
      expect(readFileSync(join(dir, 's.json'), 'utf8')).toBe(saved);
    } finally {
      lock.release();
    }
  });

  it('should refuse a session save reaching a locked file through a hard link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-lock-'));
    expect(cli(dir, 'run', '--steps', 'advance', '--save', 's.json').status).toBe(0);
    linkSync(join(dir, 's.json'), join(dir, 'hard.json'));
    const saved = readFileSync(join(dir, 's.json'), 'utf8');
    const lock = lockFile(join(dir, 's.json'), 'session');
    try {
      const r = cli(dir, 'run', '--steps', 'advance,advance', '--save', 'hard.json');
      expect(r.stderr).toContain('hard.json is being written by another statecraft process');
      expect(r.status).toBe(1);
      expect(readFileSync(join(dir, 'hard.json'), 'utf8')).toBe(saved);
    } finally {
      lock.release();
    }
    expect(cli(dir, 'run', '--steps', 'advance,advance', '--save', 'hard.json').status).toBe(0);
  });

  it('should key the lock on the real file, existing or not', () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'statecraft-lock-')));
    mkdirSync(join(root, 'd'));
    symlinkSync('d', join(root, 'dlink'));
    symlinkSync('missing.json', join(root, 'd', 'dangling.json'));
    writeFileSync(join(root, 'd', 'real.json'), '{}');
    symlinkSync('real.json', join(root, 'd', 'link.json'));
    linkSync(join(root, 'd', 'real.json'), join(root, 'd', 'hard.json'));
    expect(realTarget(join(root, 'dlink', 'new.json'))).toBe(join(root, 'd', 'new.json'));
    expect(realTarget(join(root, 'dlink', 'dangling.json'))).toBe(join(root, 'd', 'missing.json'));
    expect(realTarget(join(root, 'dlink', 'link.json'))).toBe(join(root, 'd', 'real.json'));
    expect(realTarget(join(root, 'dlink', 'nodir', 'x.json'))).toBe(join(root, 'd', 'nodir', 'x.json'));
    // A hard link keeps its own name (the atomic write replaces that name); its inode is locked as well.
    expect(realTarget(join(root, 'd', 'hard.json'))).toBe(join(root, 'd', 'hard.json'));
  });
});

describe('the private folder of inode locks (N7)', () => {
  afterEach(() => vi.unstubAllEnvs());

  /** A folder with a session `s.json` and a hard link `hard.json` to it, and TMPDIR pointed at a scratch folder. */
  async function hardLinked() {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-lock-'));
    expect((await statecraftIn(dir, 'run', '--steps', 'advance', '--save', 's.json')).code).toBe(0);
    linkSync(join(dir, 's.json'), join(dir, 'hard.json'));
    const scratch = mkdtempSync(join(tmpdir(), 'statecraft-tmp-'));
    vi.stubEnv('TMPDIR', scratch);
    return { dir, locks: join(scratch, `statecraft-locks-${process.getuid?.()}`), saved: readFileSync(join(dir, 's.json'), 'utf8') };
  }

  /** Makes the lock folder with `mode`, owned by `owner` when given. */
  const folder = (mode: number, owner?: number) => (locks: string) => {
    mkdirSync(locks);
    chmodSync(locks, mode);
    if (owner !== undefined) chownSync(locks, owner, owner);
  };

  it('should make the folder private to this user (mode 0700) and lock through it', async () => {
    const { dir, locks } = await hardLinked();
    expect((await statecraftIn(dir, 'run', '--steps', 'advance,advance', '--save', 'hard.json')).code).toBe(0);
    expect(statSync(locks).mode & 0o777).toBe(0o700);
  });

  /** What the lock folder may be instead of this user's private folder, and how the refusal words it. */
  const wrong: [string, string, (locks: string) => void][] = [
    ['a regular file', 'is not a folder', (locks: string) => writeFileSync(locks, '')],
    ['a dangling symlink', 'is a symlink, not a folder', (locks: string) => symlinkSync(join(locks, '..', 'nowhere'), locks)],
    ['a symlink to a folder', 'is a symlink, not a folder', (locks: string) => symlinkSync(tmpdir(), locks)],
    ['a folder others may write', 'may be written by other users (mode 0777)', folder(0o777)],
  ];
  // Only root can give a folder to another user.
  if (process.getuid?.() === 0) wrong.push(['a folder of another user', 'belongs to another user (uid 4242)', folder(0o700, 4242)]);

  it.each(wrong)('should refuse, naming the folder and the fix, when it is %s: never a skipped lock nor a misleading message', async (_, problem, make) => {
    const { dir, locks, saved } = await hardLinked();
    make(locks);
    const r = await statecraftIn(dir, 'run', '--steps', 'advance,advance', '--save', 'hard.json');
    expect(r.stderr).toBe(
      `error: cannot lock hard.json: the lock folder ${locks} ${problem}\n` +
        `hint: remove ${locks} if it is yours (statecraft makes it again, private to you), or set TMPDIR to a folder of your own\n`,
    );
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'hard.json'), 'utf8')).toBe(saved);
  });
});
