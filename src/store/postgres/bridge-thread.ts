/**
 * The worker-thread half of SyncPgClient. It owns one `pg` connection and answers one request at a
 * time: it posts the answer on the port, then flips the shared flag and wakes the caller, who is
 * blocked in Atomics.wait.
 *
 * `bridgeThread` is started from its source text (`new Worker(String(fn), { eval: true })`), so the
 * same code runs whether the caller is compiled (dist/) or the TypeScript sources under vitest. That
 * is why it is self-contained: it may use only globals and `require`, never an import of this file.
 */

/** What the caller hands the thread (structured-cloned). */
export interface BridgeData {
  /** Int32Array over it: [0] is 0 while waiting, 1 when an answer was posted, 2 if the thread died. */
  signal: SharedArrayBuffer;
  port: import('node:worker_threads').MessagePort;
  /** Resolved path of the `pg` package, so the thread finds it wherever the program runs from. */
  pgPath: string;
  url: string;
  applicationName: string;
  /** Statements run once after connecting (session settings). */
  setup: string[];
}

/** One SQL statement with positional parameters. */
export interface Statement {
  text: string;
  values?: unknown[];
}

/** A request to the thread. */
export type BridgeRequest =
  | { op: 'query'; text: string; values: unknown[] }
  | { op: 'units'; units: Statement[][]; retries: number }
  | { op: 'close' };

/** An error as it crosses the thread boundary: the message and the SQLSTATE code, if any. */
export interface BridgeError {
  message: string;
  code: string | null;
}

/** The thread's answer. */
export type BridgeResponse = { ok: true; result: unknown } | { ok: false; error: BridgeError };

/** The body of the thread; see the file comment for why it may not use imports. */
export function bridgeThread(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const data = workerData as BridgeData;
  const pg = require(data.pgPath) as typeof import('pg');
  const signal = new Int32Array(data.signal);
  const port = data.port;

  // int8 (counts, ids) and numeric (sums) arrive as strings by default; every such value this
  // program reads fits a double exactly, as it does in SQLite.
  const toNumber = (value: string): number => Number(value);
  const types = {
    getTypeParser: (oid: number, format?: string) =>
      oid === 20 || oid === 1700 ? toNumber : (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format),
  };
  const client = new pg.Client({ connectionString: data.url, application_name: data.applicationName, types } as import('pg').ClientConfig);
  let brokenBy: Error | null = null;
  client.on('error', (error: Error) => {
    brokenBy = error;
  });
  let ready: Promise<unknown> | null = null;

  const answer = (response: BridgeResponse): void => {
    port.postMessage(response);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  const describe = (error: unknown): BridgeError => ({
    message: error instanceof Error ? error.message : String(error),
    code: typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : null,
  });

  // Deadlocks, serialization failures, and a row a concurrent clean-up deleted under us: the unit is
  // rolled back to its savepoint and tried again.
  const RETRYABLE = new Set(['40P01', '40001', '23503', '23502', '23505']);

  /** Runs each unit inside one transaction, each under its own savepoint; returns the failures. */
  const runUnits = async (units: Statement[][], retries: number): Promise<{ index: number; error: BridgeError }[]> => {
    const failures: { index: number; error: BridgeError }[] = [];
    await client.query('BEGIN');
    try {
      for (let index = 0; index < units.length; index++) {
        for (let attempt = 0; ; attempt++) {
          await client.query('SAVEPOINT unit');
          try {
            for (const statement of units[index]!) await client.query(statement.text, statement.values ?? []);
            await client.query('RELEASE SAVEPOINT unit');
            break;
          } catch (error) {
            await client.query('ROLLBACK TO SAVEPOINT unit');
            await client.query('RELEASE SAVEPOINT unit');
            const described = describe(error);
            if (attempt < retries && described.code !== null && RETRYABLE.has(described.code)) continue;
            failures.push({ index, error: described });
            break;
          }
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return failures;
  };

  const handle = async (request: BridgeRequest): Promise<unknown> => {
    if (request.op === 'close') {
      await client.end();
      return null;
    }
    if (brokenBy !== null) throw brokenBy;
    ready ??= client.connect().then(async () => {
      for (const sql of data.setup) await client.query(sql);
    });
    await ready;
    if (request.op === 'query') {
      const result = await client.query(request.text, request.values);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    }
    return runUnits(request.units, request.retries);
  };

  port.on('message', (request: BridgeRequest) => {
    handle(request).then(
      (result) => answer({ ok: true, result }),
      (error: unknown) => answer({ ok: false, error: describe(error) }),
    );
  });
  // If the thread dies anyway, wake the caller instead of leaving it blocked for ever.
  process.on('exit', () => {
    Atomics.store(signal, 0, 2);
    Atomics.notify(signal, 0);
  });
}
