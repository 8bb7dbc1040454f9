import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';

type Node = DefaultTreeAdapterMap['node'];
const statecraft = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/bin.js'), ...args], { encoding: 'utf8', cwd });
const walk = (n: Node, f: (n: Node) => void) => {
  f(n);
  for (const c of 'childNodes' in n ? n.childNodes : []) walk(c, f);
};

describe('an exercise played by script, then debriefed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
  const script = join(process.cwd(), 'test/exercise/harir-rehearsal.yaml');
  const played = statecraft(dir, 'exercise', 'harir-countdown', '--script', script);
  const debriefed = statecraft(dir, 'debrief', 'harir-countdown.transcript.json');
  const md = readFileSync(join(dir, 'harir-countdown.debrief.md'), 'utf8');
  const html = readFileSync(join(dir, 'harir-countdown.debrief.html'), 'utf8');

  it('should play to Harir and write the transcript and both debrief files', () => {
    expect(played.stdout).toBe(
      'harir-countdown: 27 entries, now 2026-09, outcome redefined_mission\ntranscript: harir-countdown.transcript.json\ndebrief: statecraft debrief harir-countdown.transcript.json\n',
    );
    expect(debriefed.stdout).toBe(`wrote harir-countdown.debrief.md\nwrote harir-countdown.debrief.html\n`);
  });

  it('should list injects, decisions and adjudications in the timeline, with why things changed', () => {
    expect(md).toContain(
      '| 2025-10 | Drones over Erbil | Drones strike near Erbil airport. Iran-linked factions are blamed. [F9, F14]<br>drone_attack_erbil (fired)<br>  kurdistan_attacks +15: 35 → 50',
    );
    expect(md).toContain('| 2026-02 | Coordination Framework and the factions decides (framework_line) | framework_pro_presence<br>');
    expect(md).toContain("| 2026-01 | Facilitator vetoes Washington's move | equipment_to_tanf: The class agreed the trucks stay until spring. |");
    expect(md).toContain('| 2026-03 | Facilitator sets security_need | 80: The army is overstretched in Anbar.<br>');
    expect(md).toContain('  us: phased_withdrawal → repositioned<br>');
  });

  it('should score each prediction with the Brier score against the outcome reached, and rank the teams', () => {
    // Red at the start: (0.2)² + (0.3)² + (0.5 − 1)² = 0.38; Blue at the end: (0.4)² + (0.3)² + (0.3 − 1)² = 0.74.
    expect(md).toContain('| Red | start | 2025-09 | 20% | 30% | 50% | 0.380 |');
    expect(md).toContain('| Blue | final | 2026-08 | 40% | 30% | 30% | 0.740 |');
    // Means: Red (0.38 + 0.14 + 0.06) / 3 = 0.193; Blue (0.06 + 0.54 + 0.74) / 3 = 0.447.
    expect(md).toContain('| 1 | Red | 0.193 | 3 |\n| 2 | Blue | 0.447 | 3 |');
    expect(md).toContain('### Calibration');
    expect(md).toContain(
      "## Turning points\n\nThe steps that moved the model's odds most.\n\n- **2025-10 drone_attack_erbil**: odds moved by 27% (kurdistan_deal 13% → 40%",
    );
  });

  it('should be one self-contained HTML file that parses, with inline SVG charts and nothing fetched', () => {
    const doc = parse(html, { onParseError: (e) => expect.fail(`HTML parse error ${e.code} at line ${e.startLine}`) });
    const tags: string[] = [];
    const refs: string[] = [];
    walk(doc as unknown as Node, (n) => {
      if ('tagName' in n) {
        tags.push(n.tagName);
        for (const a of n.attrs) if (['src', 'href'].includes(a.name)) refs.push(a.value);
      }
    });
    expect(tags.filter((t) => t === 'svg').length).toBe(10);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('link');
    expect(refs).toEqual([]);
    expect(html).toContain('<h2>Turning points</h2>');
    expect(html).toContain('<div class="notes">Facilitator notes:</div>');
  });
});

describe('the 45-minute class', () => {
  it('should play to the end by script and give a debrief', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const played = statecraft(dir, 'exercise', 'harir-in-45', '--script', join(process.cwd(), 'test/exercise/harir-in-45-rehearsal.yaml'));
    expect(played.stdout).toContain('harir-in-45: 17 entries, now 2026-09, outcome redefined_mission');
    statecraft(dir, 'debrief', 'harir-in-45.transcript.json', '--runs', '500');
    // (0.1)² + (0.1)² + (0.8 − 1)² = 0.06
    expect(readFileSync(join(dir, 'harir-in-45.debrief.md'), 'utf8')).toContain('| Class | late | 2026-06 | 10% | 10% | 80% | 0.060 |');
  });
});
