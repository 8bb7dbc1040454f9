// The scenario's statecharts as diagrams: Mermaid stateDiagram-v2 (GitHub renders it) and Graphviz DOT.
import type { IR } from '../engine/ir.js';
import type { World } from '../engine/world.js';
import { type CelNode, memberOf } from '../scenario/walkCel.js';
import { labelOf } from './labelOf.js';

type Edge = { actor: string; from: string; to: string; label: string };

/** The states a precondition pins an actor to (`actors.x == "s"`, or `in [...]`, in a chain of &&), or null. */
function pinnedStates(node: CelNode | undefined, actor: string): string[] | null {
  if (!node || !Array.isArray(node.args)) return null;
  const [l, r] = node.args as [CelNode, CelNode];
  if (node.op === '&&') return pinnedStates(l, actor) ?? pinnedStates(r, actor);
  const member = memberOf(l);
  if (member?.root !== 'actors' || member.field !== actor) return null;
  if (node.op === '==' && r.op === 'value' && typeof r.args === 'string') return [r.args];
  if (node.op === 'in' && r.op === 'list' && Array.isArray(r.args)) {
    const values = (r.args as CelNode[]).map((x) => (x.op === 'value' && typeof x.args === 'string' ? x.args : null));
    return values.every((v) => v !== null) ? (values as string[]) : null;
  }
  return null;
}

/** Every transition as an edge; a transition without `from` starts where the precondition pins the actor, else at every state but its target. */
function edgesOf(ir: IR): Edge[] {
  const edges = new Map<string, Edge>();
  for (const t of ir.triggers) {
    for (const tr of t.transitions) {
      const actor = ir.actors.find((a) => a.id === tr.actor);
      if (!actor) continue;
      const target = actor.stateById.get(tr.to)?.path ?? [tr.to];
      const sources =
        tr.from ?? pinnedStates(t.when?.ast, tr.actor) ?? actor.states.filter((s) => s.parent === null && !target.includes(s.id)).map((s) => s.id);
      for (const from of sources) {
        const key = `${tr.actor}|${from}|${tr.to}`;
        const existing = edges.get(key);
        if (existing) existing.label += `, ${t.id}`;
        else edges.set(key, { actor: tr.actor, from, to: tr.to, label: t.id });
      }
    }
  }
  return [...edges.values()];
}

const node = (actor: string, state: string) => `${actor}__${state}`;
const quote = (s: string) => s.replace(/"/g, "'");

/** Mermaid `stateDiagram-v2`: one composite state per actor; `current` highlights a session's states. */
export function formatMermaid(ir: IR, current: World | null = null): string {
  const out = ['stateDiagram-v2', '  direction LR'];
  for (const actor of ir.actors) {
    out.push(`  state "${quote(labelOf(ir, 'actor', actor.id))}" as ${actor.id} {`);
    const declare = (parent: string | null, indent: string) => {
      for (const st of actor.states.filter((s) => s.parent === parent)) {
        const label = quote(st.id);
        if (st.isLeaf) out.push(`${indent}state "${label}" as ${node(actor.id, st.id)}`);
        else {
          out.push(`${indent}state "${label}" as ${node(actor.id, st.id)} {`);
          if (st.initial) out.push(`${indent}  [*] --> ${node(actor.id, st.initial)}`);
          declare(st.id, `${indent}  `);
          out.push(`${indent}}`);
        }
      }
    };
    declare(null, '    ');
    out.push(`    [*] --> ${node(actor.id, ir.scenario.actors[actor.id]?.initial ?? '')}`);
    for (const e of edgesOf(ir).filter((x) => x.actor === actor.id)) out.push(`    ${node(actor.id, e.from)} --> ${node(actor.id, e.to)} : ${e.label}`);
    out.push('  }');
  }
  if (current) {
    out.push('  classDef current fill:#ffd54f,stroke:#e65100,stroke-width:3px');
    for (const actor of ir.actors) out.push(`  class ${node(actor.id, current.actors[actor.id] as string)} current`);
  }
  return `${out.join('\n')}\n`;
}

/** Graphviz DOT: one cluster per actor; `current` fills a session's states. */
export function formatDot(ir: IR, current: World | null = null): string {
  const out = [
    `digraph "${quote(ir.id)}" {`,
    '  rankdir=LR;',
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const actor of ir.actors) {
    out.push(`  subgraph "cluster_${actor.id}" {`, `    label="${quote(labelOf(ir, 'actor', actor.id))}";`);
    out.push(`    "${node(actor.id, '_start')}" [shape=point, label=""];`);
    for (const st of actor.states) {
      const isCurrent = current?.actors[actor.id] === st.id;
      const style = isCurrent ? ', style="rounded,filled", fillcolor="#ffd54f", penwidth=2' : st.isLeaf ? '' : ', style="rounded,dashed"';
      out.push(`    "${node(actor.id, st.id)}" [label="${quote(st.id)}"${style}];`);
    }
    out.push(`    "${node(actor.id, '_start')}" -> "${node(actor.id, ir.scenario.actors[actor.id]?.initial ?? '')}";`);
    for (const e of edgesOf(ir).filter((x) => x.actor === actor.id))
      out.push(`    "${node(actor.id, e.from)}" -> "${node(actor.id, e.to)}" [label="${quote(e.label)}"];`);
    out.push('  }');
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
