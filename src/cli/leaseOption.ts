import { UsageError } from './context';

export const LEASE_SECONDS = { minimum: 1, maximum: 3600, default: 60 };

export const leaseHelp = `  --lease-seconds S  a shared PostgreSQL queue: how long a claimed CV stays this worker's without
                     a heartbeat; a CV of a worker that died is taken over after it,
                     ${LEASE_SECONDS.minimum}-${LEASE_SECONDS.maximum} (default ${LEASE_SECONDS.default})`;

/** --lease-seconds as milliseconds, checked against its range. */
export function leaseMsOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (!/^\d+$/.test(text.trim()) || seconds < LEASE_SECONDS.minimum || seconds > LEASE_SECONDS.maximum) {
    throw new UsageError(`--lease-seconds must be a whole number from ${LEASE_SECONDS.minimum} to ${LEASE_SECONDS.maximum}.`);
  }
  return seconds * 1000;
}
