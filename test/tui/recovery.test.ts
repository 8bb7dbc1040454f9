// The offer to restore unsaved work: when it was saved, written as the language writes a date and time, and what it holds, counted with plural forms.
import { describe, expect, it } from 'vitest';
import { advance, branch, fire, startSession } from '../../src/engine/session.js';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { restoreLines } from '../../src/tui/recovery.js';
import { initialUiState } from '../../src/tui/uiState.js';
import { shippedStepper } from '../helpers.js';

const stepper = shippedStepper('iraq-coalition');
const recovered = branch(advance(fire(startSession(stepper, 1), 'isis_resurgence')), 'b2');
const offer = (lang: string) => {
  const state = initialUiState(startSession(stepper, 1), lang, null, null);
  const mode = { kind: 'restore', recovered, from: { file: 'x.recovery.json', savedAt: '2026-11-15T12:04:28.332Z' }, sessionPath: null } as const;
  return withoutIsolates(restoreLines(state, mode).join('\n'));
};

describe('the recovery offer', () => {
  it('should write when the work was saved as a date and time in Arabic, not as an ISO timestamp', () => {
    const text = offer('ar');
    expect(text).not.toContain('2026-11-15T');
    expect(text).toMatch(/حُفظ العمل تلقائياً في 1[56] تشرين الثاني 2026 في \d{1,2}:\d{2} [صم]/);
  });

  it('should count steps and branches with the plural forms of the language', () => {
    expect(offer('ar')).toContain(`${recovered.cursor.steps} خطوات، فرعان، الآن عند`);
    expect(offer('en')).toContain(`${recovered.cursor.steps} steps, 2 branches, now at`);
    expect(offer('en')).toMatch(/autosaved at November 1[56], 2026 at \d{1,2}:\d{2} [AP]M\./);
  });
});
