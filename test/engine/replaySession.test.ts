// Sessions across scenario edits: the steps that still apply are replayed, each other one is reported with its reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replaySession } from '../../src/engine/replaySession.js';
import { advance, fire, roll, startSession } from '../../src/engine/session.js';
import { parseSession, serializeSession } from '../../src/engine/sessionFile.js';
import { catalogText, withoutIsolates } from '../../src/i18n/messages.js';
import { fixtureStepper, stepperFromText } from '../helpers.js';

const stepper = fixtureStepper('minimal');
const text = readFileSync('test/fixtures/valid/minimal.yaml', 'utf8');

describe('replaySession', () => {
  it('should refuse to open a session of a changed scenario without replay, naming the way to replay it', () => {
    const saved = serializeSession(fire(startSession(stepper, 1), 'shock'));
    const changed = stepperFromText(text.replace('initial: 50', 'initial: 55'), 'minimal.yaml');
    expect(() => parseSession(saved, 'a.session.json', changed)).toThrow('has changed since this session was saved');
  });

  it('should keep the steps that still apply and report a removed trigger with its reason', () => {
    const saved = serializeSession(advance(fire(startSession(stepper, 1), 'shock')));
    const changed = stepperFromText(text.replace(/ {2}shock:\n(?: {4}.*\n)+/, '').replace('initial: 50', 'initial: 60'), 'minimal.yaml');
    const r = replaySession(saved, 'a.session.json', changed);
    expect(r.kept).toBe(1);
    expect(r.dropped).toMatchObject([{ branch: 'main', action: 1, step: 'shock', reason: 'unknown trigger "shock"' }]);
    expect(r.session.cursor.depth).toBe(1);
    expect(r.session.cursor.world.indicators.risk).toBe(60);
  });

  it('should replay a rolled month as it was rolled, and keep a step whose effect changed', () => {
    const saved = serializeSession(roll(startSession(stepper, 3), 3));
    const changed = stepperFromText(text.replace('add: 30', 'add: 10'), 'minimal.yaml');
    const r = replaySession(saved, 'a.session.json', changed);
    expect(r.dropped).toEqual([]);
    expect(r.kept).toBe(3);
  });

  it('should name a dropped rolled month in catalog words, for the report in each language', () => {
    const fired = serializeSession(roll(startSession(stepper, 4), 3));
    expect(fired, 'seed 4 rolls shock in its first month').toContain('"shock"');
    const changed = stepperFromText(text.replace(/ {2}shock:\n(?: {4}.*\n)+/, ''), 'minimal.yaml');
    const r = replaySession(fired, 'a.session.json', changed);
    const roll1 = r.dropped.find((d) => typeof d.step !== 'string');
    expect(roll1, 'a rolled month that fired shock no longer replays').toBeDefined();
    const step = (lang: string) => withoutIsolates(typeof roll1?.step === 'object' ? catalogText(lang, roll1.step) : '');
    expect(step('en')).toMatch(/^rolled month \(.*shock.*\)$/);
    expect(step('ar')).toMatch(/^شهر بالصدفة \(.*shock.*\)$/);
  });
});
