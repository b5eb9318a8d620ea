import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../../src/stages/ingest/dates.js';

describe('normalizeDate', () => {
  it('keeps a date a date, and turns date-times into UTC ISO strings', () => {
    expect(normalizeDate('2024-03-05')).toBe('2024-03-05');
    expect(normalizeDate(' 2024-03-05T10:15:00+01:00 ')).toBe('2024-03-05T09:15:00.000Z');
    expect(normalizeDate('2024-03-05T10:15:00Z')).toBe('2024-03-05T10:15:00.000Z');
    expect(normalizeDate('2024-03-05 10:15')).toBe('2024-03-05T10:15:00.000Z'); // no zone: taken as UTC
    expect(normalizeDate('Tue, 05 Mar 2024 10:00:00 GMT')).toBe('2024-03-05T10:00:00.000Z');
    expect(normalizeDate('March 5, 2024')).toBe('2024-03-05');
    expect(normalizeDate('5 March 2024 14:30')).toBe('2024-03-05T14:30:00.000Z');
  });

  it('returns null for what cannot be read, or could be read two ways', () => {
    for (const value of ['not a date', '2024-02-30', '03/05/2024', 'Version 2', '', 1709632800000, null, undefined]) {
      expect(normalizeDate(value)).toBeNull();
    }
  });
});
