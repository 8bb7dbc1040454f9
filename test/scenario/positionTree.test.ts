// Positions from js-yaml's events must be yaml's own, value for value, so a message points at the same place either way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, type Node, parseDocument } from 'yaml';
import { fastParse } from '../../src/scenario/fastParse.js';
import { MAX_DEPTH } from '../../src/scenario/parseSource.js';
import { lineTable, treeFromEvents, treeFromYaml } from '../../src/scenario/positionTree.js';
import { propertyRuns, propertyTimeout } from '../propertyRuns.js';
import { documents, mutatedScenario } from './yamlSamples.js';

/** Where the events give a tree, it is yaml's tree; and the line table is yaml's. */
function samePositions(text: string): void {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  // The events are used only for files the fast reader reads (string keys, no aliases).
  if (doc.errors.length > 0 || fastParse(text, MAX_DEPTH - 2) === undefined) return;
  const fromEvents = treeFromEvents(text, MAX_DEPTH);
  if (fromEvents !== undefined) expect(fromEvents, text).toStrictEqual(treeFromYaml(doc.contents as Node | null));
  const mine = lineTable(text);
  for (let offset = 0; offset <= text.length; offset += 7) expect(mine.linePos(offset), `${offset} in ${text}`).toEqual(lines.linePos(offset));
}

describe('positionTree', () => {
  it('leaves to yaml a block scalar whose header line holds another | or >', () => {
    expect(treeFromEvents('a\t># c: |\n  x\n', MAX_DEPTH)).toBeUndefined();
    expect(treeFromEvents('when: >-  # a > b\n  x\n', MAX_DEPTH)).toBeUndefined();
    samePositions('key: |\n  x\n');
  });

  it('puts quoted, block and empty values where yaml does', () => {
    const text = 'a: "q"\nb: |-\n  x\nc: >\n\n  z\nd:\ne: # note\n  - \'s\'\n  - {f, g: }\nh: &k !!str |+ # c\n  y\n';
    const tree = treeFromEvents(text, MAX_DEPTH);
    expect(tree).toBeDefined();
    const at = (key: string) => tree?.entries?.get(key)?.value?.start;
    expect([at('a'), at('b'), at('c'), at('d'), at('h')]).toEqual([
      text.indexOf('"q"'),
      text.indexOf('|-'),
      text.indexOf('>'),
      text.indexOf('d:') + 2,
      text.indexOf('|+'),
    ]);
    samePositions(text);
  });

  const runs1500 = propertyRuns(1500);
  it(
    'gives yaml’s positions on random documents',
    () => {
      fc.assert(
        fc.property(documents, (doc) => samePositions(`id: x\nbody: ${doc}\n`)),
        { numRuns: runs1500 },
      );
    },
    propertyTimeout(runs1500),
  );

  const runs1000 = propertyRuns(1000);
  it(
    'gives yaml’s positions on mutated scenario files',
    () => {
      fc.assert(
        fc.property(mutatedScenario, (text) => samePositions(text)),
        { numRuns: runs1000 },
      );
    },
    propertyTimeout(runs1000),
  );
});
