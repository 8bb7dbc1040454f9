// Where a worker's code is: the built JavaScript beside this module, or the TypeScript through tsx when running from source.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The file and Node options to start the worker `name` (e.g. `batchWorker`) with. Built workers need no loader, and
 * get none: inheriting one (tsx, in benches and tests) from this process would slow them.
 */
export function workerScript(name: string): { filename: string; execArgv: string[] } {
  const js = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  if (existsSync(js)) return { filename: js, execArgv: [] };
  // tsx by its full address: a worker resolves a bare `--import tsx` from the working folder, which need not hold it.
  return { filename: fileURLToPath(new URL(`./${name}.ts`, import.meta.url)), execArgv: ['--import', import.meta.resolve('tsx')] };
}
