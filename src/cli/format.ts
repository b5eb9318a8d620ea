/**
 * Text for people and data for programs: tables, truncation, ANSI styles, CSV quoting, and a writer
 * that streams large outputs without holding them in memory. Commands write through an Output so
 * tests can capture what would reach stdout.
 */
import { once } from 'node:events';
import { useColor } from './common.js';

/** Where a command writes its data, and what it may assume about that place. */
export interface Output {
  stream: NodeJS.WritableStream;
  /** A terminal: tables are fitted to `columns` and long text is truncated. */
  isTTY: boolean;
  columns: number | undefined;
  /** ANSI colour allowed (a terminal, and NO_COLOR unset). */
  color: boolean;
}

let stdout: Output | undefined;

/**
 * The process's stdout as an Output. A reader that goes away early (`claims export | head`) makes
 * writes fail with EPIPE; that is expected, so it is swallowed and writeChunks stops instead.
 */
export function stdoutOutput(): Output {
  if (stdout === undefined) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    stdout = { stream: process.stdout, isTTY: Boolean(process.stdout.isTTY), columns: process.stdout.columns, color: useColor() };
  }
  return stdout;
}

/** Below this many UTF-16 units, chunks are joined before writing: one syscall per line is slow. */
const CHUNK_SIZE = 64 * 1024;

/**
 * Writes `chunks` in order, joining small ones and waiting for 'drain' when the stream's buffer is
 * full, so a generator over a large database streams in constant memory. Stops early if the stream
 * is destroyed (its reader went away).
 */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let buffer = '';
  const flush = async (): Promise<void> => {
    const ok = stream.write(buffer);
    buffer = '';
    if (ok || isDestroyed(stream)) return;
    try {
      await once(stream, 'drain');
    } catch (error) {
      // The reader went away (`claims export | head`): not a failure, just nobody left to write to.
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    }
  };
  for (const chunk of chunks) {
    if (isDestroyed(stream)) return;
    buffer += chunk;
    if (buffer.length >= CHUNK_SIZE) await flush();
  }
  if (buffer !== '' && !isDestroyed(stream)) await flush();
}

function isDestroyed(stream: NodeJS.WritableStream): boolean {
  return (stream as { destroyed?: boolean }).destroyed === true;
}

/** Collapses runs of whitespace (including newlines) to one space, for one-line table cells. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Cuts `text` to at most `width` characters, ending with "…" when anything was cut. */
export function truncate(text: string, width: number): string {
  if (text.length <= width) return text;
  if (width <= 1) return '…'.slice(0, Math.max(width, 0));
  return `${text.slice(0, width - 1)}…`;
}

/** SGR codes used by the CLI. */
export const STYLES = {
  bold: '1',
  dim: '2',
  red: '31',
  green: '32',
  yellow: '33',
  cyan: '36',
} as const;

/** Wraps `text` in ANSI SGR codes when `color` is on; otherwise returns it unchanged. */
export function paint(color: boolean, codes: readonly string[], text: string): string {
  if (!color || codes.length === 0 || text === '') return text;
  return `\u001b[${codes.join(';')}m${text}\u001b[0m`;
}

/** How a table is laid out. */
export interface TableOptions {
  /** Fit to this width by truncating the last column (and capping the others); no limit when undefined. */
  width?: number;
  /** Right-align these columns (numbers). */
  alignRight?: readonly number[];
  /** Bold header row. */
  color?: boolean;
}

/** Widest a non-last column may grow on a terminal, so one long speaker does not push content away. */
const MAX_COLUMN_ON_TERMINAL = 32;
/** Narrowest a non-last column gets on a narrow terminal. */
const MIN_OTHER_COLUMN = 6;
/** The last column keeps at least this much room on a narrow terminal. */
const MIN_LAST_COLUMN = 20;

/**
 * Lays out rows under headers, columns separated by two spaces, the last column unpadded. Returns
 * one string per line (no newlines).
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string[] {
  const last = headers.length - 1;
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  if (options.width !== undefined) {
    for (let i = 0; i < last; i++) widths[i] = Math.min(widths[i]!, MAX_COLUMN_ON_TERMINAL);
    // Still too wide with the last column at its minimum: narrow the widest other column, step by step.
    const othersWidth = () => widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
    while (othersWidth() + MIN_LAST_COLUMN > options.width) {
      const widest = widths.slice(0, last).reduce((best, w, i) => (w > widths[best]! ? i : best), 0);
      if (widths[widest]! <= MIN_OTHER_COLUMN) break;
      widths[widest]! -= 1;
    }
    widths[last] = Math.max(MIN_LAST_COLUMN, options.width - othersWidth());
  }
  const right = new Set(options.alignRight ?? []);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => {
        const fitted = options.width === undefined ? cell : truncate(cell, widths[i]!);
        if (i === last) return fitted;
        return right.has(i) ? fitted.padStart(widths[i]!) : fitted.padEnd(widths[i]!);
      })
      .join('  ')
      .trimEnd();
  return [paint(options.color ?? false, [STYLES.bold], line(headers)), ...rows.map(line)];
}

/** One CSV field per RFC 4180: quoted (inner quotes doubled) when it holds a comma, quote or line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record with its CRLF terminator (RFC 4180). */
export function csvRow(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
