import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { csvField, csvRow, formatTable, oneLine, paint, truncate, writeChunks } from '../../src/cli/format.js';

describe('format helpers', () => {
  it('truncates with an ellipsis and collapses whitespace', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 3)).toBe('abc');
    expect(oneLine('  a\n\tb  c ')).toBe('a b c');
  });

  it('quotes CSV fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvRow(['a', null, 3])).toBe('a,,3\r\n');
  });

  it('lays out tables, fitting a terminal width', () => {
    expect(formatTable(['A', 'BB'], [['x', 'long text'], ['yyy', 'z']])).toEqual(['A    BB', 'x    long text', 'yyy  z']);
    const fitted = formatTable(['ID', 'TEXT'], [['1', 'a'.repeat(100)]], { width: 30 });
    expect(fitted[1]).toBe(`1   ${'a'.repeat(25)}…`);
    expect(fitted[1]!.length).toBe(30);
    expect(formatTable(['N', 'X'], [['7', 'x']], { alignRight: [0], color: true })[0]).toBe('\u001b[1mN  X\u001b[0m');
  });

  it('paints only when colour is on', () => {
    expect(paint(false, ['1'], 'x')).toBe('x');
    expect(paint(true, ['1', '36'], 'x')).toBe('\u001b[1;36mx\u001b[0m');
  });
});

describe('writeChunks', () => {
  it('stops quietly when the reader goes away', async () => {
    let writes = 0;
    const stream = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, callback) {
        writes++;
        const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        setImmediate(() => callback(error));
      },
    });
    stream.on('error', () => {}); // as stdoutOutput() does
    function* endless() {
      for (;;) yield 'x'.repeat(1024);
    }
    await expect(writeChunks(stream, endless())).resolves.toBeUndefined();
    expect(writes).toBe(1);
  });
});
