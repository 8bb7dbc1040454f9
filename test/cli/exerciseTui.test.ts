// What the terminal keeps after an exercise screen closes is worded in the exercise's language; commands and paths stay as written.
import { describe, expect, it } from 'vitest';
import { leavingLines } from '../../src/cli/exerciseTui.js';

describe('leavingLines', () => {
  it('should word the transcript, seat codes and debrief lines in Arabic, keeping the command and paths', () => {
    const out = leavingLines('ar', 'h.transcript.json', 'h.seat-codes.json');
    expect(out).toBe('السجل المحفوظ: h.transcript.json\nرموز المقاعد: h.seat-codes.json\nالتقييم: statecraft debrief h.transcript.json\n');
    expect(out).not.toMatch(/transcript:|seat codes:|debrief:/);
  });

  it('should keep the English lines, without seat codes for a facilitator alone', () => {
    expect(leavingLines('en', 'h.transcript.json')).toBe('transcript: h.transcript.json\ndebrief: statecraft debrief h.transcript.json\n');
  });
});
