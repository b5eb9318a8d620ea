/** Command-line option parsing shared by the bench commands. */

/** A whole number >= `min` from an option, or `fallback` when absent; throws naming the option. */
export function parseWhole(name: string, value: string | undefined, fallback: number, min: number, usage: string): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/u.test(value) || Number(value) < min) throw new Error(`--${name} expects a whole number >= ${min}, got "${value}"\n${usage}`);
  return Number(value);
}
