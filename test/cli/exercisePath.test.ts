import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraftIn } from '../helpers.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'statecraft-expath-'));
const script = join(process.cwd(), 'test/exercise/harir-in-45-rehearsal.yaml');

describe('the exercise file a transcript names', () => {
  it('should record ./q.debrief.md as a path, so debrief finds it again (S4)', async () => {
    const dir = fresh();
    copyFileSync('scenarios/exercises/harir-in-45.yaml', join(dir, 'q.debrief.md'));
    expect((await statecraftIn(dir, 'exercise', './q.debrief.md', '--script', script, '--transcript', 'q.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'q.json'), 'utf8')).exercise.file).toBe('./q.debrief.md');
    // Found again: the debrief would be written over the exercise itself, which is refused as an input.
    const r = await statecraftIn(dir, 'debrief', 'q.json', '--runs', '100');
    expect(r.stderr).toContain('refusing to write the debrief q.debrief.md beside the transcript (where it goes without --out-dir)');
    expect(r.code).toBe(1);
    const elsewhere = await statecraftIn(dir, 'debrief', 'q.json', '--runs', '100', '--out-dir', 'd');
    expect(elsewhere.stderr).toBe('');
    expect(elsewhere.code).toBe(0);
    writeFileSync(join(dir, 'notes.yaml'), 'steps:\n  - note: after the break\n');
    const resumed = await statecraftIn(dir, 'exercise', './q.debrief.md', '--resume', '--script', 'notes.yaml', '--transcript', 'q.json');
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
  });

  it('should not quote a file that is no exercise when a transcript names it (a transcript from elsewhere may name any file)', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'exercise', 'harir-in-45', '--script', script, '--transcript', 't.json')).code).toBe(0);
    const secrets = join(dir, 'secrets.txt');
    writeFileSync(secrets, 'alice:$apr1$secret1\nbob:$apr1$secret2\n');
    const t = JSON.parse(readFileSync(join(dir, 't.json'), 'utf8'));
    t.exercise.file = secrets;
    writeFileSync(join(dir, 'evil.json'), JSON.stringify(t));
    const r = await statecraftIn(dir, 'debrief', 'evil.json', '--runs', '100');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`evil.json: the exercise file it names, ${secrets}, is not a valid exercise (`);
    expect(r.stderr).not.toContain('apr1');
    expect(r.stderr).not.toContain('alice');
  });

  it('should record the exercise relative to the transcript’s folder, so debrief works from another folder', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'ex'));
    mkdirSync(join(dir, 'out'));
    copyFileSync('scenarios/exercises/harir-in-45.yaml', join(dir, 'ex', 'mine.yaml'));
    expect((await statecraftIn(dir, 'exercise', 'ex/mine.yaml', '--script', script, '--transcript', 'out/t.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out', 't.json'), 'utf8')).exercise.file).toBe('../ex/mine.yaml');
    const r = await statecraftIn(join(dir, 'out'), 'debrief', 't.json', '--runs', '100');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('should name the missing exercise file instead of taking it for a shipped exercise', async () => {
    const dir = fresh();
    copyFileSync('scenarios/exercises/harir-in-45.yaml', join(dir, 'q.yaml'));
    expect((await statecraftIn(dir, 'exercise', 'q.yaml', '--script', script, '--transcript', 'q.json')).code).toBe(0);
    const text = readFileSync(join(dir, 'q.json'), 'utf8').replace('"id": "harir-in-45"', '"id": "gone"');
    writeFileSync(join(dir, 'q.json'), text.replace('"./q.yaml"', '"./moved.yaml"'));
    const r = await statecraftIn(dir, 'debrief', 'q.json', '--runs', '100');
    expect(r.stderr).toContain('error: q.json: its exercise file ./moved.yaml was not found');
    expect(r.code).toBe(1);
  });

  it('should hint what exercise accepts when --transcript names a file of another kind (S1)', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'mine.yaml'), 'steps: []\n');
    const r = await statecraftIn(dir, 'exercise', 'harir-in-45', '--script', script, '--transcript', 'mine.yaml');
    expect(r.stderr).toBe(
      'error: refusing to overwrite mine.yaml: it seems to be a YAML file (a scenario, exercise or script), not a statecraft exercise transcript\n' +
        'hint: choose another name, or move mine.yaml away first\n',
    );
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('steps: []\n');
  });
});
