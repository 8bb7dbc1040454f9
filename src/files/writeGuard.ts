// Counts the atomic writes under way in a shared cell, so a supervisor never stops a thread between a write and its rename.

let cell: Int32Array | null = null;

/** Makes this thread count its writes in `shared` (an Int32Array over a SharedArrayBuffer the supervisor reads). */
export function countWritesIn(shared: Int32Array): void {
  cell = shared;
}

/** Runs `write` counted as a write under way. */
export function duringWrite<T>(write: () => T): T {
  if (cell) Atomics.add(cell, 0, 1);
  try {
    return write();
  } finally {
    if (cell) Atomics.sub(cell, 0, 1);
  }
}

/** True while a thread counting in `shared` is inside a write. */
export function isWriting(shared: Int32Array): boolean {
  return Atomics.load(shared, 0) > 0;
}
