/**
 * Quoting for SQL text: the one place where a value or a name becomes part of a statement.
 * Everything that builds SQL from strings it did not write itself (file paths, dataset
 * names, actor codes, column names) goes through `literal` or `identifier`.
 */

/** A SQL literal: text in single quotes with quotes doubled; numbers, booleans and NULL as is. */
export function literal(value: string | number | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a SQL literal`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return `'${value.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier (table, column, database alias), with double quotes doubled. */
export function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A comma-separated list of text literals, for `IN (…)`. */
export function literalList(values: readonly string[]): string {
  return values.map(literal).join(', ');
}
