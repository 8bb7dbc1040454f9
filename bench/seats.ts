// Hosted exercises: time from a facilitator's action to the last of 30 seats receiving its new view, on loopback.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createStepper } from '../src/engine/createStepper.js';
import { startExercise } from '../src/exercise/exerciseRun.js';
import { openDesk } from '../src/exercise/seatDesk.js';
import { writeTranscript } from '../src/report/transcriptFile.js';
import { loadExercise } from '../src/scenario/loadExercise.js';
import { connectSeat, type SeatConnection } from '../src/server/connectSeat.js';
import { createSeatCodes } from '../src/server/seatCodes.js';
import { startExerciseHost } from '../src/server/startExerciseHost.js';
import { median, row } from './report.js';

const SEATS = 30;

/** Prints the fan-out figure: the median over 15 facilitator actions (notes, which every seat's view follows). */
export async function benchSeats(): Promise<void> {
  const loaded = loadExercise('harir-in-45');
  const transcript = join(mkdtempSync(join(tmpdir(), 'bench-seats-')), 't.json');
  const run = startExercise(loaded.exercise, createStepper(compileScenario(loaded.scenario)), 1);
  writeTranscript(transcript, loaded, run);
  const codes = createSeatCodes(loaded.exercise.id, Object.keys(loaded.exercise.roles));
  const host = await startExerciseHost(openDesk(run), { port: 0, bind: '127.0.0.1', codes, lang: 'en', save: (r) => writeTranscript(transcript, loaded, r) });
  const views: number[] = Array(SEATS).fill(0);
  let notify = () => {};
  const seats: SeatConnection[] = [];
  await new Promise<void>((resolve) => {
    let online = 0;
    for (let i = 0; i < SEATS; i++)
      seats.push(
        connectSeat(`ws://127.0.0.1:${host.port}`, (i % 2 ? codes.roles.erbil : codes.roles.washington) as string, {
          onStatus: (s) => {
            if (s === 'online' && ++online === SEATS) resolve();
          },
          onView: () => {
            views[i] = (views[i] as number) + 1;
            notify();
          },
        }),
      );
  });
  const times: number[] = [];
  for (let step = 1; step <= 15; step++) {
    const target = views.map((v) => v + 1);
    const all = new Promise<void>((resolve) => {
      notify = () => {
        if (views.every((v, i) => v >= (target[i] as number))) resolve();
      };
    });
    const t = performance.now();
    host.act({ kind: 'note', text: `note ${step}` });
    await all;
    times.push(performance.now() - t);
  }
  for (const s of seats) s.close();
  await host.close();
  const ms = median(times);
  row(`facilitator action → last of ${SEATS} seats updated`, `${ms.toFixed(1)} ms`, '≤ 100 ms', ms / 100);
}
