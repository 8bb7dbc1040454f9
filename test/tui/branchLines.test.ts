// The branches overlay counts each branch's steps with the plural forms of the language (4 خطوات, not 4 خطوة).
import { describe, expect, it } from 'vitest';
import { advance, branch, fire, startSession } from '../../src/engine/session.js';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { branchLines } from '../../src/tui/overlayLines.js';
import { initialUiState } from '../../src/tui/uiState.js';
import { shippedStepper } from '../helpers.js';

describe('branchLines', () => {
  it('should count steps with the Arabic plural forms', () => {
    const stepper = shippedStepper('iraq-coalition');
    const main = advance(fire(startSession(stepper, 1), 'isis_resurgence'));
    const lines = branchLines(initialUiState(branch(main, 'b2'), 'ar', null, null), 0).map(withoutIsolates);
    expect(lines[0]).toMatch(/^> main +4 خطوات {2}تشرين الأول 2025 {2}النتيجة: مفتوحة$/);
    expect(lines.join('\n')).not.toMatch(/\d+ خطوة /);
  });
});
