// `--shard auto`: the part K of N of an array job, read from the variables Kubernetes, Slurm and AWS Batch set.
import { UsageError } from '../core/errors.js';

type Env = Readonly<Record<string, string | undefined>>;

const COUNT_HINT = 'give the number of parts with --shard-count N (or STATECRAFT_SHARD_COUNT=N)';

const whole = (name: string, value: string | undefined, min: number): number => {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value.trim()) || n < min)
    throw new UsageError(`--shard auto: ${name} is ${JSON.stringify(value ?? '')}, not a whole number ≥ ${min}`, 'check the array job settings');
  return n;
};

/** The part and count of the array job this process belongs to; `count` is --shard-count or STATECRAFT_SHARD_COUNT. */
export function shardFromEnv(env: Env, count: string | undefined): { k: number; n: number; from: string } {
  const given = count ?? env.STATECRAFT_SHARD_COUNT;
  const found: { k: number; n: number; from: string }[] = [];
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    if (given === undefined) throw new UsageError('--shard auto: Kubernetes gives the index (JOB_COMPLETION_INDEX) but not the number of parts', COUNT_HINT);
    found.push({ k: whole('JOB_COMPLETION_INDEX', env.JOB_COMPLETION_INDEX, 0) + 1, n: whole('--shard-count', given, 1), from: 'Kubernetes Indexed Job' });
  }
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    const id = whole('SLURM_ARRAY_TASK_ID', env.SLURM_ARRAY_TASK_ID, 0);
    const min = whole('SLURM_ARRAY_TASK_MIN', env.SLURM_ARRAY_TASK_MIN ?? '0', 0);
    const step = whole('SLURM_ARRAY_TASK_STEP', env.SLURM_ARRAY_TASK_STEP ?? '1', 1);
    const n = given !== undefined ? whole('--shard-count', given, 1) : whole('SLURM_ARRAY_TASK_COUNT', env.SLURM_ARRAY_TASK_COUNT, 1);
    if ((id - min) % step !== 0)
      throw new UsageError(`--shard auto: Slurm task ${id} is not on the array's steps from ${min} by ${step}`, 'use a plain range, e.g. --array=0-3');
    found.push({ k: (id - min) / step + 1, n, from: 'Slurm job array' });
  }
  if (env.AWS_BATCH_JOB_ARRAY_INDEX !== undefined) {
    if (given === undefined) throw new UsageError('--shard auto: AWS Batch gives the index (AWS_BATCH_JOB_ARRAY_INDEX) but not the array size', COUNT_HINT);
    found.push({
      k: whole('AWS_BATCH_JOB_ARRAY_INDEX', env.AWS_BATCH_JOB_ARRAY_INDEX, 0) + 1,
      n: whole('--shard-count', given, 1),
      from: 'AWS Batch array job',
    });
  }
  if (found.length === 0)
    throw new UsageError(
      '--shard auto: no array job found (looked for JOB_COMPLETION_INDEX from Kubernetes, SLURM_ARRAY_TASK_ID from Slurm, AWS_BATCH_JOB_ARRAY_INDEX from AWS Batch)',
      'run it as an array job, or give the part yourself: --shard K/N',
    );
  if (found.length > 1)
    throw new UsageError(`--shard auto: found more than one array job (${found.map((f) => f.from).join(', ')})`, 'give the part yourself: --shard K/N');
  const shard = found[0] as (typeof found)[number];
  if (shard.k > shard.n)
    throw new UsageError(`--shard auto: the ${shard.from} says part ${shard.k} of ${shard.n}`, 'the number of parts must match the size of the array');
  return shard;
}
