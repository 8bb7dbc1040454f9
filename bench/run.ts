// npm run bench: every speed and memory figure, each against its target, in one run.
import { benchCore } from './core.js';
import { benchModelCheck } from './modelCheck.js';
import { benchMonteCarlo } from './monteCarlo.js';
import { benchScaling } from './scaling.js';
import { benchSeats } from './seats.js';
import { benchTui } from './tui.js';
import { benchUncertainty } from './uncertainty.js';

console.log('statecraft bench (node %s, %s)\n', process.version, process.platform);
benchCore();
benchModelCheck();
await benchMonteCarlo();
benchUncertainty();
await benchTui();
benchScaling();
await benchSeats();
