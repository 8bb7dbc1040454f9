// npm run bench: every speed and memory figure, each against its target, in one run.
import { benchCore } from './core.js';
import { benchModelCheck } from './modelCheck.js';
import { benchMonteCarlo } from './monteCarlo.js';
import { benchScaling } from './scaling.js';
import { benchSeats } from './seats.js';
import { benchTui } from './tui.js';
import { benchUncertainty } from './uncertainty.js';

console.log('statecraft bench (node %s, %s)\n', process.version, process.platform);

/** Runs one section; a section that crashes is reported and the others still run (the exit code is then 1). */
async function section(name: string, run: () => unknown): Promise<void> {
  try {
    await run();
  } catch (e) {
    console.log(`\n${name}: CRASHED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
}

await section('core', benchCore);
await section('model check', benchModelCheck);
await section('Monte Carlo', benchMonteCarlo);
await section('uncertainty', benchUncertainty);
await section('terminal UI', benchTui);
await section('scaling', benchScaling);
await section('seats', benchSeats);
