/**
 * A synchronous PostgreSQL connection. StoreWriter and StoreReader are synchronous (better-sqlite3
 * is), while the `pg` driver is asynchronous; rather than make every caller async, `pg` runs in a
 * worker thread (bridge-thread.ts) and each call here blocks on Atomics.wait until the thread has
 * the answer. A round trip through the thread costs about 20 µs on top of the query itself. Like the
 * SQLite handle, one connection runs one statement at a time.
 */
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { ClaimsError } from '../../errors.js';
import { bridgeThread, type BridgeData, type BridgeError, type BridgeRequest, type BridgeResponse, type Statement } from './bridge-thread.js';

export type { Statement } from './bridge-thread.js';

/** An error PostgreSQL (or the connection) reported; `code` is the SQLSTATE when there is one. */
export class PgError extends Error {
  readonly code: string | null;
  constructor(error: BridgeError) {
    super(error.message);
    this.name = 'PgError';
    this.code = error.code;
  }
}

/** Rows of one statement. */
export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

/** A unit of runUnits that could not be stored, by its position in the list. */
export interface UnitFailure {
  index: number;
  message: string;
}

/** Options of SyncPgClient.connect. */
export interface ConnectOptions {
  /** Shown in pg_stat_activity. */
  applicationName: string;
  /** Statements run once after connecting, e.g. `SET default_transaction_read_only = on`. */
  setup?: string[];
}

/** The URL with its password replaced by ***, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/u, '//$1:***@');
  }
}

/** One PostgreSQL connection used synchronously. Build it with SyncPgClient.connect. */
export class SyncPgClient {
  readonly url: string;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal: Int32Array;
  private closed = false;

  private constructor(url: string, options: ConnectOptions) {
    this.url = url;
    const sharedSignal = new SharedArrayBuffer(4);
    this.signal = new Int32Array(sharedSignal);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const data: BridgeData = {
      signal: sharedSignal,
      port: port2,
      pgPath: createRequire(import.meta.url).resolve('pg'),
      url,
      applicationName: options.applicationName,
      setup: options.setup ?? [],
    };
    this.worker = new Worker(`(${bridgeThread.toString()})()`, { eval: true, workerData: data, transferList: [port2] });
    // Neither the thread nor the port may keep the process alive once the program is done with it.
    this.worker.unref();
    this.port.unref();
  }

  /**
   * Connects to `url` (postgres://...) and checks the connection with one query. Throws DB_OPEN,
   * naming the URL without its password, when the server cannot be reached or refuses the login.
   */
  static connect(url: string, options: ConnectOptions): SyncPgClient {
    const client = new SyncPgClient(url, options);
    try {
      client.query('SELECT 1');
    } catch (error) {
      client.close();
      throw new ClaimsError('DB_OPEN', `cannot connect to ${redactUrl(url)}: ${(error as Error).message}`, { cause: error });
    }
    return client;
  }

  /** Runs one statement with positional parameters ($1, $2, ...) and returns its rows. */
  query<T = Record<string, unknown>>(text: string, values: unknown[] = []): QueryResult<T> {
    return this.call({ op: 'query', text, values }) as QueryResult<T>;
  }

  /**
   * Runs every unit (a list of statements) inside one transaction, each unit under its own
   * savepoint: a unit is stored whole or not at all, and a failed unit does not stop the others. A
   * unit that fails with a deadlock, serialization failure or a constraint a concurrent writer broke
   * is tried again up to `retries` times. Returns the units that failed; the rest are committed.
   */
  runUnits(units: Statement[][], retries = 3): UnitFailure[] {
    if (units.length === 0) return [];
    const failures = this.call({ op: 'units', units, retries }) as { index: number; error: BridgeError }[];
    return failures.map((failure) => ({ index: failure.index, message: failure.error.message }));
  }

  /**
   * Runs `work` between BEGIN and COMMIT (ROLLBACK when it throws). `begin` may add options, e.g.
   * `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY` for a consistent snapshot.
   */
  transaction<T>(work: () => T, begin = 'BEGIN'): T {
    this.query(begin);
    let result: T;
    try {
      result = work();
    } catch (error) {
      try {
        this.query('ROLLBACK');
      } catch {
        // the connection is gone; the original error says more
      }
      throw error;
    }
    this.query('COMMIT');
    return result;
  }

  /** Ends the connection and the thread (idempotent). */
  close(): void {
    if (this.closed) return;
    try {
      this.call({ op: 'close' });
    } catch {
      // the connection may already be gone; the thread is ended below either way
    }
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }

  private call(request: BridgeRequest): unknown {
    if (this.closed) throw new PgError({ message: 'the PostgreSQL connection is closed', code: null });
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage(request);
    // Wake up now and then only to notice a thread that died without answering.
    while (Atomics.wait(this.signal, 0, 0, 60_000) === 'timed-out') {
      if (Atomics.load(this.signal, 0) !== 0) break;
    }
    const message = receiveMessageOnPort(this.port)?.message as BridgeResponse | undefined;
    if (message === undefined) {
      this.closed = true;
      throw new PgError({ message: 'the PostgreSQL connection thread stopped unexpectedly', code: null });
    }
    if (!message.ok) throw new PgError(message.error);
    return message.result;
  }
}
