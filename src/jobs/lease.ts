/** The variable that sets the job lease, in seconds, for every process that sends or runs jobs. */
export const LEASE_VARIABLE = "WAARBORG_JOB_LEASE_SECONDS";

/** The setting is unusable; the message names the variable and the range, not the value. */
export class LeaseConfigError extends Error {}

/** pg-boss keeps a job's expiry in hours below 24; a longer lease would be refused at send. */
const MAX_LEASE_SECONDS = 23 * 60 * 60;

/**
 * The job lease from the environment, in milliseconds, or undefined for the runner's default.
 *
 * The lease is how soon the job of a worker that died is given to another one. On pg-boss it is also
 * the longest a job may run, and it is fixed when the job is sent: the process that sends (the service)
 * and the processes that run jobs (the workers) should therefore read the same setting.
 */
export function leaseFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const text = env[LEASE_VARIABLE]?.trim();
  if (!text) return undefined;
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_LEASE_SECONDS)
    throw new LeaseConfigError(`${LEASE_VARIABLE} must be a whole number of seconds from 1 to ${MAX_LEASE_SECONDS}`);
  return seconds * 1000;
}
