// A hosted exercise in Arabic in pseudo-terminals: the host started with --lang ar, a team and the projector word their screens in Arabic.
import { mkdtempSync, readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Run, start } from './pty.js';

const runs: Run[] = [];
afterEach(() => {
  for (const r of runs.splice(0)) r.proc.kill();
});
const open = (args: string[], cwd: string) => {
  const r = start(args, { STATECRAFT_BIDI: 'terminal' }, 80, 24, cwd);
  runs.push(r);
  return r;
};
/** The seat's and host's English fixed words, none of which may show in Arabic. */
const ENGLISH = /YOUR TURN|NEWS|THE CLASS|BRIEFING|LOG|month \d|outcome:|online|predict|decide|briefing|quit|HOST :|seats |proposal|codes \(J\)/;

describe('a hosted exercise in Arabic', () => {
  it('should word the host bar, a team seat and the projector in the language the host was started with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seats-ar-'));
    const host = open(['exercise', 'harir-in-45', '--host', '--port', '0', '--lang', 'ar'], dir);
    await host.waitFor('المضيف :');
    expect(host.screen()).toContain('المقاعد لا أحد بعد · 0 اقتراح (P) · الاحتمالات مخفية (O)');
    const port = /المضيف :(\d+)/.exec(host.screen())?.[1];
    const codes = JSON.parse(readFileSync(join(dir, 'harir-in-45.transcript.json.seats.json'), 'utf8'));
    const team = open(['join', `127.0.0.1:${port}`, '--code', codes.roles.erbil], dir);
    await team.waitFor('الإحاطة (b يغلق)');
    expect(team.screen()).toMatch(/\(الشهر 1\/\d+\) · النتيجة: مفتوحة · متصل/);
    team.press('b');
    await team.waitFor('دورك الآن');
    const screen = team.screen();
    expect(screen).toContain('الأخبار');
    expect(screen).toContain('p توقّع  d قرار  m نقلة  w العالم  b الإحاطة  ↑↓ السجل  q خروج');
    expect(screen).not.toMatch(ENGLISH);
    const projector = open(['join', `127.0.0.1:${port}`, '--code', codes.watch, '--watch'], dir);
    await projector.waitFor('الإحاطة (b يغلق)');
    projector.press('b');
    await projector.waitFor('الصف');
    expect(projector.screen()).not.toMatch(ENGLISH);
    await host.waitFor('المقاعد erbil 1 · watch 1');
    expect(host.screen().split('\n')[0]).not.toMatch(ENGLISH);
  });

  it('should word a seat that cannot reach its host in the language of join --lang, before any view', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const team = open(['join', `127.0.0.1:${port}`, '--code', 'any', '--lang', 'ar'], tmpdir());
    await team.waitFor(`تعذّر الوصول إلى المضيف على 127.0.0.1:${port} (ECONNREFUSED)`);
    expect(team.screen()).toContain('جارٍ الاتصال بالمضيف…');
    expect(team.screen()).not.toMatch(/Connecting|cannot reach|connecting|offline/);
    team.press('q');
    expect(await team.exit, 'a seat that never reached its host exits 1').toBe(1);
  });
});
