/**
 * Named parameters for PostgreSQL. The SQLite queries bind `@name`; PostgreSQL wants `$1, $2, ...`.
 * Binding by name here lets the Postgres queries read like their SQLite twins (and reuse the SQLite
 * filter conditions that are plain SQL), so a reviewer can hold the two side by side.
 */
import type { Statement } from './sync-client.js';

/**
 * Replaces each `@name` outside quoted literals with `$n` and a cast from the value's JavaScript
 * type (text, bigint, float8, boolean), so PostgreSQL never has to guess a parameter's type (it
 * cannot for `length(@since)`). Every occurrence of a name shares one parameter. Throws when the
 * SQL names a parameter that `params` lacks.
 */
export function bindNamed(sql: string, params: Record<string, unknown>): Statement {
  const values: unknown[] = [];
  const numbers = new Map<string, number>();
  const text = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|@([A-Za-z_]\w*)/gu, (match, name: string | undefined) => {
    if (name === undefined) return match; // a quoted literal or identifier: left alone
    if (!(name in params)) throw new Error(`SQL parameter @${name} has no value`);
    let number = numbers.get(name);
    if (number === undefined) {
      values.push(params[name]);
      number = values.length;
      numbers.set(name, number);
    }
    return `$${number}${castFor(params[name])}`;
  });
  return { text, values };
}

function castFor(value: unknown): string {
  if (typeof value === 'string') return '::text';
  if (typeof value === 'number') return Number.isInteger(value) ? '::bigint' : '::float8';
  if (typeof value === 'boolean') return '::boolean';
  return '';
}
