import { instance } from '@viz-js/viz';
import parseDot from 'dotparser';
import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/core/escapeControl.js';
import { dotString, formatDot, formatMermaid, mermaidLabel } from '../../src/report/formatGraph.js';
import { stepperFromText, tiny } from '../helpers.js';

const HOSTILE = [
  'ends in a backslash \\',
  'has "quotes" and \\"escaped\\" ones',
  'two\nlines\r\nand more',
  'brackets [x] {y} <z> #w; `v`',
  '"]; evil -> x [label="',
];

const irWithLabel = (label: string) =>
  stepperFromText(tiny({ actors: { a: { label, initial: 's0', states: { s0: { label: 'S0' }, s1: { label: 'S1' }, s2: { label: 'S2' } } } } })).ir;

describe('graph labels', () => {
  it('should keep every hostile label one DOT string that Graphviz parses back to the same text', () => {
    for (const label of HOSTILE) {
      type Stmt = { type: string; id?: string; attr_list?: { id: string; eq: string }[]; children: Stmt[] };
      const [graph] = parseDot(formatDot(irWithLabel(label))) as Stmt[];
      const cluster = graph?.children.find((c) => c.type === 'subgraph');
      expect(cluster?.id).toBe('cluster_a');
      const eq = cluster?.children.find((c) => c.type === 'attr_stmt')?.attr_list?.find((a) => a.id === 'label')?.eq ?? '';
      const unescaped = eq.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
      expect(unescaped, 'the label as every terminal output shows it: control characters made visible').toBe(escapeControl(label));
      expect(cluster?.children.filter((c) => c.type === 'node_stmt').length).toBe(4);
    }
  });

  it('should render every hostile label in Graphviz itself (its WebAssembly build) with one cluster per actor and no error', async () => {
    const viz = await instance();
    for (const label of HOSTILE) {
      const result = viz.render(formatDot(irWithLabel(label)), { format: 'svg' });
      expect(result.errors, label).toEqual([]);
      expect(result.status).toBe('success');
      expect(result.output?.match(/<g id="clust\d+" class="cluster">/g)?.length, label).toBe(1);
    }
  });

  it('should keep every hostile label on one Mermaid line with no quote, bracket or brace of its own', () => {
    for (const label of HOSTILE) {
      const text = formatMermaid(irWithLabel(label));
      const line = text.split('\n').find((l) => l.startsWith('  state "'));
      expect(line?.replace(/#\w+;/g, ''), label).toMatch(/^ {2}state "[^"\n[\]{};<>\\`#]*" as a \{$/);
      expect(text.split('\n').filter((l) => l.endsWith('{')).length).toBe(text.split('\n').filter((l) => l.trim() === '}').length);
    }
  });

  it('should escape for DOT and Mermaid exactly', () => {
    expect(dotString('a\\"b\nc')).toBe('a\\\\\\"b\\nc');
    expect(mermaidLabel('a "b" [c]\nd')).toBe('a #quot;b#quot; #91;c#93; d');
  });
});
