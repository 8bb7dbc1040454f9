// Public API of statecraft: load scenarios, step sessions, run batches, check models, find paths, format reports (docs/library.md).
// Grouped and described in docs/library.md; every user error is a UserError (UsageError, ScenarioError) from core/errors.

export { type CheckOptions, type CheckReport, checkModel, type Finding } from './analysis/checkModel.js';
export { findPaths, type PathsResult, type Target } from './analysis/findPaths.js';
export type { BatchReport, Probability } from './analysis/summarizeBatch.js';
export { createSession } from './api/createSession.js';
export { type RunBatchOptions, runBatch } from './api/runBatch.js';
export { sessionReport } from './api/sessionReport.js';
export * from './core/errors.js';
export { compileScenario } from './engine/compileScenario.js';
export { createStepper, type Stepper } from './engine/createStepper.js';
export type { IR } from './engine/ir.js';
export { createKernel, type Kernel } from './engine/kernel/createKernel.js';
export {
  advance,
  advanceToDeadline,
  available,
  branch,
  explain,
  fire,
  goto,
  listBranches,
  override,
  redo,
  roll,
  type Session,
  startSession,
  switchBranch,
  timeline,
  undo,
} from './engine/session.js';
export { parseSession, serializeSession } from './engine/sessionFile.js';
export type { StepRecord } from './engine/stepRecord.js';
export type { World } from './engine/world.js';
export { explainLines } from './report/explainLines.js';
export { formatBatchCsv, formatBatchMarkdown } from './report/formatBatchTables.js';
export { formatBatchText } from './report/formatBatchText.js';
export { formatDot, formatMermaid } from './report/formatGraph.js';
export { formatRunMarkdown } from './report/formatRunMarkdown.js';
export { formatRunText } from './report/formatRunText.js';
export { type LabelKind, labelOf } from './report/labelOf.js';
export { type RunJson, runReport } from './report/runReport.js';
export { textOf } from './report/textOf.js';
export { listScenarioNames, loadScenario } from './scenario/loadScenario.js';
export { type CheckedScenario, readScenario } from './scenario/readScenario.js';
export type { Scenario } from './scenario/scenarioSchema.js';
