/**
 * Publication dates to ISO 8601. A bare date stays a date ("2024-03-05"): turning it into midnight UTC
 * would invent a time and, east or west of Greenwich, sometimes a different day.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/u;
/** A trailing zone: Z, an offset, or a zone name Date.parse knows. */
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:UTC?|GMT|[ECMP][SD]T))$/iu;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/iu;
const FOUR_DIGIT_YEAR = /\b\d{4}\b/u;
const HAS_TIME = /\d:\d\d/u;

/**
 * A date as ISO 8601, or null when it cannot be read. Accepted: "2024-03-05" (kept as is),
 * ISO date-times (returned via toISOString, so in UTC; without a zone they are taken as UTC so the
 * result does not depend on the machine's time zone), and dates with a month name and a four-digit year
 * ("March 5, 2024", "Tue, 05 Mar 2024 10:00:00 GMT"). Numeric forms like "03/05/2024" are ambiguous
 * (US or European order) and rejected, as is anything that is not a string.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const input = value.trim();
  const dateOnly = DATE_ONLY.exec(input);
  if (dateOnly) return isCalendarDate(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])) ? input : null;
  if (ISO_DATE_TIME.test(input)) {
    const iso = input.replace(' ', 'T');
    return toIsoString(Date.parse(HAS_ZONE.test(iso) ? iso : `${iso}Z`));
  }
  // Date.parse accepts almost anything outside ISO ("Version 2" becomes a date in 2001), so demand the
  // parts of a real written date first.
  if (!MONTH_NAME.test(input) || !FOUR_DIGIT_YEAR.test(input)) return null;
  const parsed = Date.parse(input);
  if (Number.isNaN(parsed)) return null;
  const local = new Date(parsed);
  if (!HAS_TIME.test(input)) {
    // Parsed as local midnight, so the local calendar fields are the date that was written.
    return `${String(local.getFullYear()).padStart(4, '0')}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  }
  if (HAS_ZONE.test(input)) return toIsoString(parsed);
  return toIsoString(
    Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()),
  );
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toIsoString(milliseconds: number): string | null {
  return Number.isNaN(milliseconds) ? null : new Date(milliseconds).toISOString();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
