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

  it('should list injects, decisions and adjudications in the timeline, explained in plain words', () => {
    expect(md).toContain(
      '| 2025-10 | inject: **Drones over Erbil**<br>Drones strike near Erbil airport. Iran-linked factions are blamed. \\[F9, F14\\] | Attacks on Kurdistan: 35 → 50<br>',
    );
    expect(md).toContain('| 2026-02 | decision: **Coordination Framework and the factions decides**<br>Framework presence camp prevails | ');
    expect(md).toContain(
      '| 2026-01 | adjudication: **The facilitator vetoes a move by Washington**<br>Equipment moved to al-Tanf: The class agreed the trucks stay until spring. |',
    );
    expect(md).toContain(
      "| 2026-03 | adjudication: **The facilitator sets Baghdad's need for security support**<br>80: The army is overstretched in Anbar. | Baghdad's need for security support: 70 → 80 |",
    );
    expect(md).toContain('By chance: Tension in the Strait of Hormuz');
    expect(md).toContain(
      'United States \\(Trump administration\\) moves from “Phased withdrawal on the 2024 timeline” to “Flexible presence, repositioned as needed”',
    );
  });

  it('should score each prediction over every ending, undecided included, and rank the teams on the prompts all of them answered', () => {
    // Red at the start: (0.2)² + (0.3)² + (0.5 − 1)² + 0² = 0.38; Blue at the end: (0.4)² + (0.3)² + (0.3 − 1)² + 0² = 0.74.
    expect(md).toContain('| Red | start | 2025-09 | 20% | 30% | 50% | 0% | 0.380 |');
    expect(md).toContain('| Blue | final | 2026-08 | 40% | 30% | 30% | 0% | 0.740 |');
    expect(md).toContain('Teams are compared on the 3 of 3 prompts that every team answered \\(start, winter, final\\)');
    // Means: Red (0.38 + 0.14 + 0.06) / 3 = 0.193; Blue (0.06 + 0.54 + 0.74) / 3 = 0.447.
    expect(md).toContain('| 1 | Red | 0.193 | 3 |\n| 2 | Blue | 0.447 | 3 |\n|  | the model, same prompts | ');
    expect(md).toContain('Not shown: 24 forecasts \\(one per ending per prediction\\) are too few; a calibration table needs at least 40');
  });

  it('should name the turning points in percentage points, listing only the endings that moved', () => {
    const turning = md.slice(md.indexOf('## Turning points'), md.indexOf('## Predictions'));
    expect(turning).toContain('- **2026-06 Erbil \\(the KRG\\) decides**: Kurdistan bilateral deal -');
    expect(turning).toMatch(/pp \(\d+% → 0%\); Redefined mission \\\+\d+ pp/);
    expect(turning).not.toContain('Full exit');
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
    expect((html.match(/<svg class="chart /g) ?? []).length).toBe(10);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('link');
    expect(refs).toEqual([]);
    expect(html).toContain('<h2>Turning points</h2>');
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('@media print');
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
    expect(readFileSync(join(dir, 'harir-in-45.debrief.md'), 'utf8')).toContain('| Class | late | 2026-06 | 10% | 10% | 80% | 0% | 0.060 |');
  });
});
