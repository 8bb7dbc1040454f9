import { describe, expect, it } from 'vitest';
import { formatDebriefMarkdown } from '../../../src/report/debrief/formatDebriefMarkdown.js';
import { brierOver, calibrate, type PredictionScore, rankTeams } from '../../../src/report/debrief/scorePredictions.js';
import { playDebrief } from './playDebrief.js';

const ENDINGS = ['deal', 'exit', 'undecided'];
const score = (team: string, prompt: string, brier: number): PredictionScore => ({ team, prompt, date: '2025-09', p: {}, model: {}, brier, modelBrier: 0.5 });

describe('scoring predictions', () => {
  it('should count undecided in the Brier score, as 0 when a team left it out', () => {
    // (0.5)² + (0.5)² + (0 − 1)² = 1.5: a forecast that ruled out the ending that happened is scored for it.
    expect(brierOver(ENDINGS, { deal: 0.5, exit: 0.5 }, 'undecided')).toBe(1.5);
    expect(brierOver(ENDINGS, { deal: 0.5, exit: 0.3, undecided: 0.2 }, 'deal')).toBeCloseTo(0.25 + 0.09 + 0.04);
  });

  it('should rank teams only on the prompts every team answered, and say which', () => {
    const r = rankTeams([score('A', 'p1', 0.1), score('A', 'p2', 0.9), score('B', 'p1', 0.2)], ['p1', 'p2'], true);
    expect(r).toMatchObject({ status: 'ranked', prompts: ['p1'], totalPrompts: 2, modelMean: 0.5 });
    expect(r.rows).toEqual([
      { team: 'A', made: 2, meanBrier: 0.1 },
      { team: 'B', made: 1, meanBrier: 0.2 },
    ]);
    expect(rankTeams([score('A', 'p1', 0.1), score('B', 'p2', 0.2)], ['p1', 'p2'], true).status).toBe('no-common');
  });

  it('should show a calibration table only with enough forecasts, else say why not', () => {
    const few = Array.from({ length: 6 }, (_, i) => ({ ...score('A', 'p1', 0), p: { deal: 0.5, exit: 0.5 }, team: `T${i}` }));
    expect(calibrate(few, ENDINGS, 'deal')).toEqual({ status: 'too-few', count: 18, needed: 40 });
    expect(calibrate(few, ENDINGS, null)).toEqual({ status: 'open' });
    const many = Array.from({ length: 14 }, () => few[0] as PredictionScore);
    expect(calibrate(many, ENDINGS, 'deal').status).toBe('shown');
  });

  it('should count the predictions of an unfinished exercise, and not rank it yet', () => {
    const { debrief } = playDebrief('harir-countdown', 'test/exercise/harir-rehearsal.yaml', { steps: 14, runs: 100 });
    expect(debrief.outcome).toBeNull();
    expect(debrief.ranking.rows).toEqual([
      { team: 'Red', made: 2, meanBrier: null },
      { team: 'Blue', made: 2, meanBrier: null },
    ]);
    const md = formatDebriefMarkdown(debrief);
    expect(md).toContain('Not scored yet: the exercise has not reached an ending. Predictions made so far:');
    expect(md).toContain('| Red | 2 |\n| Blue | 2 |');
    expect(md).toContain('**Outcome:** not decided yet: the exercise stopped before its end');
  });
});
