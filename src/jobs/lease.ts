/** The variable that sets the job lease, in seconds, for every process that sends or runs jobs. */
export const LEASE_VARIABLE = "WAARBORG_JOB_LEASE_SECONDS";
/** The variable that sets how often a running job renews its lease, in seconds. */
export const HEARTBEAT_VARIABLE = "WAARBORG_JOB_HEARTBEAT_SECONDS";

/** The setting is unusable; the message names the variable and the range, not the value. */
export class LeaseConfigError extends Error {}

/**
 * 30 s: a worker that dies holding a job has it taken over within a minute, while a live job of any
 * length keeps it by renewing (the heartbeat, a third of the lease: two renewals may be slow or lost
 * before the job is).
 */
export const DEFAULT_LEASE_MS = 30_000;
/** Shorter leases make every running job write to the store more than once a second or so. */
const MIN_LEASE_SECONDS = 5;
/** Longer leases leave a dead worker's job waiting for more than an hour, which heartbeats make needless. */
const MAX_LEASE_SECONDS = 60 * 60;

export interface LeaseTiming {
  /** How long a claim holds without renewal: how soon a dead worker's job is taken over. */
  leaseMs: number;
  /** How often a running job renews its claim; at most half the lease. */
  heartbeatMs: number;
}

/**
 * The lease and heartbeat a queue runs with: the defaults, or what its options say. Tests pass short
 * leases (below the environment's minimum) directly; the heartbeat must leave room for one late renewal.
 */
export function leaseTiming(options: { leaseMs?: number; heartbeatMs?: number }): LeaseTiming {
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const heartbeatMs = options.heartbeatMs ?? Math.max(1, Math.floor(leaseMs / 3));
  if (!(leaseMs > 0)) throw new Error("the job lease must be positive");
  if (!(heartbeatMs > 0) || heartbeatMs > leaseMs / 2)
    throw new Error("the job heartbeat must be positive and at most half the lease");
  return { leaseMs, heartbeatMs };
}

function wholeSeconds(env: NodeJS.ProcessEnv, variable: string, min: number, max: number): number | undefined {
  const text = env[variable]?.trim();
  if (!text) return undefined;
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < min || seconds > max)
    throw new LeaseConfigError(`${variable} must be a whole number of seconds from ${min} to ${max}`);
  return seconds;
}

/**
 * The job lease and heartbeat from the environment, in milliseconds; absent ones are left to the
 * defaults. The heartbeat may be at most half the lease, so a single slow renewal does not lose a job.
 *
 * On pg-boss a job's first lease is fixed when it is sent and each heartbeat then extends it, so the
 * process that sends (the service) and the processes that run jobs (the workers) should read the
 * same settings.
 */
export function leaseFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<LeaseTiming> {
  const lease = wholeSeconds(env, LEASE_VARIABLE, MIN_LEASE_SECONDS, MAX_LEASE_SECONDS);
  const leaseMs = lease === undefined ? undefined : lease * 1000;
  const maxHeartbeat = Math.floor((leaseMs ?? DEFAULT_LEASE_MS) / 2000);
  const heartbeat = wholeSeconds(env, HEARTBEAT_VARIABLE, 1, maxHeartbeat);
  return {
    ...(leaseMs === undefined ? {} : { leaseMs }),
    ...(heartbeat === undefined ? {} : { heartbeatMs: heartbeat * 1000 }),
  };
}
