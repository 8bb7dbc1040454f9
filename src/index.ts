// Public API of statecraft.
export * from './core/errors.js';
export { compileScenario } from './engine/compileScenario.js';
export { createStepper } from './engine/createStepper.js';
export { loadScenario } from './scenario/loadScenario.js';
export { readScenario } from './scenario/readScenario.js';
