// What a Monte Carlo report was asked for, in words: scenario and fingerprint, seed, runs, every what-if, the version.
import type { Provenance } from '../analysis/provenance.js';
import { csvCell } from './csvCell.js';

export type { Provenance };

/** One what-if option in words. */
export function describeOption(kind: 'set' | 'force', option: string): string {
  if (kind === 'force') {
    const [trigger, month] = option.split('@');
    return `forced ${trigger} at the start of ${month} in every run (--force ${option})`;
  }
  const eq = option.indexOf('=');
  return `set ${option.slice(0, eq)} to ${option.slice(eq + 1)} (--set ${option})`;
}

/** The provenance as lines of words, for text reports (printed under the title). */
export function provenanceLines(p: Provenance): string[] {
  const lines = [
    `scenario ${p.scenario.id} (fingerprint ${p.scenario.fingerprint}), seed ${p.seed}, ${p.runs.toLocaleString('en-US')} runs, statecraft ${p.statecraft}`,
  ];
  if (p.from) lines.push(`every run starts from the session ${p.from.file} (fingerprint ${p.from.fingerprint})`);
  for (const s of p.sets) lines.push(describeOption('set', s));
  for (const f of p.forces) lines.push(describeOption('force', f));
  if (p.sets.length === 0 && p.forces.length === 0) lines.push('no what-ifs: the scenario as written');
  return lines;
}

/** The provenance as CSV rows (section `provenance`). */
export function provenanceRows(p: Provenance): (string | number)[][] {
  return [
    ['provenance', 'scenario', 'id', p.scenario.id],
    ['provenance', 'scenario', 'fingerprint', p.scenario.fingerprint],
    ['provenance', 'batch', 'seed', p.seed],
    ['provenance', 'batch', 'runs', p.runs],
    ['provenance', 'statecraft', 'version', p.statecraft],
    ...(p.from ? [['provenance', 'from', p.from.file, p.from.fingerprint]] : []),
    ...p.sets.map((s) => ['provenance', 'set', s, describeOption('set', s)]),
    ...p.forces.map((f) => ['provenance', 'force', f, describeOption('force', f)]),
  ];
}

/** The differences between two provenances, in words (for a refused merge); empty when they match. */
export function provenanceDifferences(a: Provenance, b: Provenance, nameA: string, nameB: string): string[] {
  const out: string[] = [];
  if (a.scenario.id !== b.scenario.id) out.push(`scenario ${a.scenario.id} in ${nameA}, ${b.scenario.id} in ${nameB}`);
  else if (a.scenario.fingerprint !== b.scenario.fingerprint)
    out.push(`scenario ${a.scenario.id} was edited between them (fingerprint ${a.scenario.fingerprint} in ${nameA}, ${b.scenario.fingerprint} in ${nameB})`);
  if (a.seed !== b.seed) out.push(`--seed ${a.seed} in ${nameA}, --seed ${b.seed} in ${nameB}`);
  if (a.runs !== b.runs) out.push(`--runs ${a.runs} in ${nameA}, --runs ${b.runs} in ${nameB}`);
  const diff = (kind: 'set' | 'force', x: string[], y: string[]) => {
    for (const o of x) if (!y.includes(o)) out.push(`${nameA} ${describeOption(kind, o)}; ${nameB} did not`);
    for (const o of y) if (!x.includes(o)) out.push(`${nameB} ${describeOption(kind, o)}; ${nameA} did not`);
    if (out.length === 0 && JSON.stringify(x) !== JSON.stringify(y)) out.push(`the --${kind} options are in another order`);
  };
  diff('set', a.sets, b.sets);
  diff('force', a.forces, b.forces);
  const fromA = a.from ? `from ${a.from.file} (${a.from.fingerprint})` : 'from the start';
  const fromB = b.from ? `from ${b.from.file} (${b.from.fingerprint})` : 'from the start';
  if (a.from?.fingerprint !== b.from?.fingerprint) out.push(`runs start ${fromA} in ${nameA}, ${fromB} in ${nameB}`);
  if (a.statecraft !== b.statecraft) out.push(`statecraft ${a.statecraft} wrote ${nameA}, ${b.statecraft} wrote ${nameB}`);
  return out;
}

/** The provenance as trailing CSV columns, for tables with one row per figure (sweep, sensitivity). */
export function provenanceColumns(p: Provenance): { header: string; cells: string } {
  const whatIfs = [...p.sets.map((s) => describeOption('set', s)), ...p.forces.map((f) => describeOption('force', f))].join('; ');
  const from = p.from ? `${p.from.file} (${p.from.fingerprint})` : '';
  return {
    header: 'scenario,scenario_fingerprint,seed,runs,what_ifs,from_session,statecraft',
    cells: [p.scenario.id, p.scenario.fingerprint, p.seed, p.runs, whatIfs, from, p.statecraft].map((c) => csvCell(String(c))).join(','),
  };
}
