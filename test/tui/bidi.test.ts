// Right-to-left lines for terminals without bidi: reordered by the Unicode Bidirectional Algorithm, right-aligned, never cut inside a number.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { bidiModeOf, fitLogical, fitVisual, visualOrder } from '../../src/tui/bidi.js';
import { fitCells } from '../../src/tui/fitCells.js';

describe('visual order', () => {
  it('should reverse an Arabic phrase and keep a number in reading order inside it', () => {
    expect(visualOrder('نهاية سبتمبر 2026')).toBe('2026 ربمتبس ةياهن');
  });

  it('should keep numbers joined by separators in reading order inside Arabic: a range, a date, a band', () => {
    expect(visualOrder('مؤشر 0-100 (0..100)')).toBe('(0..100) 0-100 رشؤم');
    expect(visualOrder('النطاق 10–22 في 2025-09')).toBe('2025-09 يف 10–22 قاطنلا');
    expect(visualOrder('plain 0..100')).toBe('plain 0..100');
  });

  it('should keep an expression whole inside an Arabic sentence (isolated parameter), and drop the isolates', () => {
    const line = t('ar', 'blocked.precondition', { expr: 'actors.isis == "contained"' });
    expect(visualOrder(line)).toBe('ققحتم ريغ actors.isis == "contained" قبسملا طرشلا');
  });

  it('should mirror brackets in right-to-left text', () => {
    expect(visualOrder('(الشهر 1/13)')).toBe('(1/13 رهشلا)');
  });

  it('should right-align a fitted line to the width, in cells', () => {
    const shown = fitVisual('تقدمنا إلى أكتوبر 2025', 40);
    expect(shown).toBe(`${' '.repeat(18)}2025 ربوتكأ ىلإ انمدقت`);
    expect(stringWidth(shown)).toBe(40);
  });

  it('should never cut inside a number: the whole number goes, in both orders', () => {
    const text = 'النتيجة مفتوحة · نهاية سبتمبر 2026، انسحاب';
    expect(fitCells(text, 32), 'not "20…"').toBe('النتيجة مفتوحة · نهاية سبتمبر … ');
    expect(fitVisual(text, 32)).toBe(' … ربمتبس ةياهن · ةحوتفم ةجيتنلا');
    expect(fitLogical(`\u2068${text}\u2069`, 32), 'isolates are not sent to a terminal that reorders').toBe('النتيجة مفتوحة · نهاية سبتمبر … ');
  });
});

describe('the bidi mode', () => {
  it('should follow STATECRAFT_BIDI, else let VTE and Konsole reorder outside tmux, and reorder itself everywhere else', () => {
    expect(bidiModeOf({ STATECRAFT_BIDI: 'terminal' })).toBe('terminal');
    expect(bidiModeOf({ STATECRAFT_BIDI: 'visual', VTE_VERSION: '7600' })).toBe('visual');
    expect(bidiModeOf({ VTE_VERSION: '7600' })).toBe('terminal');
    expect(bidiModeOf({ KONSOLE_VERSION: '230800' })).toBe('terminal');
    expect(bidiModeOf({ VTE_VERSION: '7600', TMUX: '/tmp/tmux-0/default,1,0' }), 'tmux does no bidi').toBe('visual');
    expect(bidiModeOf({ VTE_VERSION: '5200' }), 'VTE before 0.58 has no bidi').toBe('visual');
    expect(bidiModeOf({ TERM: 'xterm-256color' })).toBe('visual');
  });
});
