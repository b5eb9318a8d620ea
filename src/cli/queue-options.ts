/** Options shared by the queue commands (`run --queue`, `worker`, `status`): the queue URL and numbers. */
import { ClaimsError } from '../errors.js';
import { assertPostgresUrl } from '../store/postgres/index.js';

/** Validates --queue: a postgres:// URL. */
export function parseQueueUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') {
    throw new ClaimsError('USAGE', '--queue expects the postgres:// URL of the database that holds the job queue');
  }
  assertPostgresUrl(value, '--queue');
  return value;
}

/** Parses a number option: finite, >= min (and whole when `integer`). */
export function parseNumber(value: string | undefined, option: string, fallback: number, min: number, integer = true): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    throw new ClaimsError('USAGE', `${option} expects ${integer ? 'a whole number' : 'a number'} >= ${min} (got "${value}")`);
  }
  return n;
}
