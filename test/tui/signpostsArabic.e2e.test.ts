// play --lang ar in a real terminal at 80×24: the odds trend row and the signposts overlay (w) worded in Arabic, no English left.
import { describe, expect, it } from 'vitest';
import { start } from './pty.js';

describe('statecraft play --lang ar: the trend row and the signposts overlay', () => {
  it('should title the trend in Arabic and show the signposts overlay in Arabic, as conditional statistics', async () => {
    const run = start(['play', '--lang', 'ar'], { STATECRAFT_BIDI: 'terminal' });
    await run.waitForScreen((shown) => expect(shown).toMatch(/^الاتجاه {2}\S+ [▁▂▃▄▅▆▇█·]/m));
    expect(run.screen()).not.toContain('TREND');
    run.press('w');
    await run.waitFor('مؤشرات دالّة للمراقبة من هنا (إحصاءات شرطية، لا أسباب)');
    await run.waitFor('بحلول نهاية أيلول 2025');
    const screen = run.screen();
    expect(screen).toContain('من أيلول 2025، الخطوة 0:');
    expect(screen).toMatch(/يُرى \d+\.\d% {3}القيمة \d\.\d{3} بت/);
    expect(screen, 'no English fixed string of the overlay').not.toMatch(
      /SIGNPOSTS|BY THE END|seen \d|bits|Outcome entropy|conditional statistics|too few runs/,
    );
    run.press('x');
    await run.waitFor('المحفزات');
    run.press('q');
    expect(await run.exit).toBe(0);
  });
});
