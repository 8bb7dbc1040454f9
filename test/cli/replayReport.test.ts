// A session replayed on a changed scenario: its report in the interface language, and a refusal whose hint, pasted, replays it.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/openSession.js';
import { firstScreen } from '../../src/cli/playStart.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { initialUiState } from '../../src/tui/uiState.js';
import { statecraftIn } from '../helpers.js';

/** A copy of the shipped scenario, a session saved on it, then the `when` of the session's third step changed. */
let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'statecraft-replay-report-'));
  copyFileSync('scenarios/iraq-coalition.yaml', join(dir, 'changed.yaml'));
  const saved = await statecraftIn(dir, 'run', 'changed.yaml', '--steps', 'isis_resurgence,advance,isis_contained_again', '--save', 'ch.session.json');
  expect(saved.code).toBe(0);
  const yaml = readFileSync(join(dir, 'changed.yaml'), 'utf8');
  writeFileSync(join(dir, 'changed.yaml'), yaml.replace('when: actors.isis == "resurgent"', 'when: actors.isis == "contained"'));
});

describe('a session replayed on a changed scenario', () => {
  it('should refuse without --replay with a hint naming the scenario given, and the hint pasted should replay it', async () => {
    for (const lang of ['en', 'ar']) {
      const refused = await statecraftIn(dir, 'run', 'changed.yaml', '--from', 'ch.session.json', '--steps', 'advance', '--lang', lang);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('statecraft play changed.yaml --session ch.session.json --replay');
      const command = /statecraft (run changed\.yaml --from ch\.session\.json --replay)/.exec(refused.stderr)?.[1];
      expect(command, `${lang}: the run command in the hint`).toBeDefined();
      const pasted = await statecraftIn(dir, ...(command ?? '').split(' '), '--format', 'json');
      expect(pasted.code).toBe(0);
      expect(JSON.parse(pasted.stdout).steps.map((s: { trigger: string }) => s.trigger)).toContain('isis_resurgence');
    }
  });

  it('should report in English what was replayed, each dropped step and why, with plural forms', async () => {
    const r = await statecraftIn(dir, 'run', 'changed.yaml', '--from', 'ch.session.json', '--replay', '--steps', 'advance');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('The scenario changed since ch.session.json was saved: 2 steps replayed; 1 no longer applies.');
    expect(r.stderr).toContain('  branch main, action 3 (isis_contained_again): cannot fire "isis_contained_again": precondition');
    expect(r.stderr).toContain('ch.session.json is left untouched; save the replayed session under another name.');
  });

  it('should report in Arabic from the catalog with --lang ar, the reason in Arabic, without isolates', async () => {
    const r = await statecraftIn(dir, 'run', 'changed.yaml', '--from', 'ch.session.json', '--replay', '--steps', 'advance', '--lang', 'ar');
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('تغيّر السيناريو منذ حُفظ ch.session.json: أُعيدت خطوتان؛ خطوة واحدة لم تعد تنطبق.');
    expect(lines[1]).toMatch(/^ {2}الفرع main، الإجراء 3 \(isis_contained_again\): .*[\u0600-\u06ff]/);
    expect(lines[1]).not.toContain('cannot fire');
    expect(lines[2]).toBe('يبقى ch.session.json دون مساس؛ احفظ الجلسة المُعادة باسم آخر.');
    expect(r.stderr).not.toMatch(/[\u2066-\u2069]/);
  });

  it('should open play --replay --lang ar on a notice worded in Arabic', () => {
    const stepper = createStepper(compileScenario(loadScenario(join(dir, 'changed.yaml'))));
    const file = join(dir, 'ch.session.json');
    const opened = openSession(file, stepper, true);
    const replay = opened.replay ? { path: file, replay: opened.replay } : null;
    const screen = firstScreen(initialUiState(opened.session, 'ar', null, null), mkdtempSync(join(tmpdir(), 'statecraft-no-recovery-')), stepper, replay);
    expect(screen.mode).toMatchObject({ kind: 'notice', title: 'أُعيدت الجلسة على السيناريو المتغيّر' });
    const lines = withoutIsolates(screen.mode.kind === 'notice' ? screen.mode.lines.join('\n') : '');
    expect(lines).toContain('أُعيدت خطوتان');
    expect(lines).toContain('الإجراء');
    expect(lines).not.toMatch(/SESSION|replayed|branch main|cannot fire|untouched/);
  });
});
