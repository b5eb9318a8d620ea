/**
 * Fault injection for the queue's integration tests, and only for them: with CLAIMS_TEST_FAULTS unset
 * (always, outside tests) `withTestFaults` returns the stage list untouched and nothing here runs.
 *
 * CLAIMS_TEST_FAULTS is JSON: `{"crash": ["article-id", ...], "stall": {"article-id": milliseconds}}`.
 * A `test-fault` stage is put in front of the real ones; it throws for an article listed in `crash`
 * (a poison article: it fails every time, so its job ends in the dead-letter queue) and blocks the
 * thread for the given time on one listed in `stall` (so a test can kill a worker mid-job).
 */
import { ClaimsError } from '../errors.js';
import type { Stage } from '../pipeline/stage.js';

/** The environment variable read by withTestFaults. */
export const TEST_FAULTS_ENV = 'CLAIMS_TEST_FAULTS';

interface FaultPlan {
  crash: Set<string>;
  stall: Map<string, number>;
}

function readPlan(value: string): FaultPlan {
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    throw new ClaimsError('CONFIG_INVALID', `${TEST_FAULTS_ENV} must be JSON like {"crash": ["id"], "stall": {"id": 5000}}, got ${value}`);
  }
  const plan = raw as { crash?: unknown; stall?: unknown };
  const crash = Array.isArray(plan.crash) ? plan.crash.map(String) : [];
  const stall = plan.stall !== null && typeof plan.stall === 'object' ? Object.entries(plan.stall as Record<string, unknown>) : [];
  return { crash: new Set(crash), stall: new Map(stall.map(([id, ms]) => [id, Number(ms)])) };
}

/** `stages`, with the test-fault stage in front when CLAIMS_TEST_FAULTS is set. */
export function withTestFaults(stages: Stage[], env: NodeJS.ProcessEnv = process.env): Stage[] {
  const value = env[TEST_FAULTS_ENV];
  if (value === undefined || value.trim() === '') return stages;
  const plan = readPlan(value);
  const fault: Stage = {
    name: 'test-fault',
    requires: [],
    provides: [],
    run(doc) {
      const id = doc.article.id;
      const stallMs = plan.stall.get(id);
      if (stallMs !== undefined) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, stallMs);
      if (plan.crash.has(id)) throw new Error(`injected fault: ${TEST_FAULTS_ENV} lists article "${id}" to crash`);
    },
  };
  return [fault, ...stages];
}
