import { ShuangsuijiError, type ErrorPath } from '../../core/errors.js';
import { isWellFormedText } from '../../draw/_internal/utf8.js';
import type { SqlDialect } from '../dialect.js';

/**
 * Checks that a text can be written into SQL: well-formed Unicode (it is sent as UTF-8) and no
 * U+0000, which neither PostgreSQL's `text` nor a SQL string literal can hold (SQL 文本检查，内部).
 *
 * @param text - the text
 * @param path - where it came from, for the error
 * @param label - what it is, in Chinese, for the error
 * @throws {ShuangsuijiError} `INVALID_INPUT`
 */
export function checkSqlText(text: string, path: ErrorPath, label: string): void {
  if (!isWellFormedText(text)) throw new ShuangsuijiError('INVALID_INPUT', `${label}含有不成对的代理项，不是有效的 Unicode`, { path });
  if (text.includes('\u0000')) throw new ShuangsuijiError('INVALID_INPUT', `${label}含有 U+0000 字符，SQL 文本不能表示`, { path });
}

/**
 * A SQL string literal of a text, for the dialect (SQL 字符串字面量，内部).
 *
 * PostgreSQL: an escape string `E'…'` with `\` and `'` doubled, which reads the same whatever
 * `standard_conforming_strings` is. DuckDB: a standard literal with `'` doubled (DuckDB reads
 * backslashes literally). The text must have passed {@link checkSqlText}.
 *
 * @param dialect - the SQL dialect
 * @param text - the text
 * @returns the literal
 *
 * @example
 * ```ts
 * sqlString('postgres', "O'Brien\\"); //=> "E'O''Brien\\\\'"
 * sqlString('duckdb', "O'Brien\\"); //=> "'O''Brien\\'"
 * ```
 */
export function sqlString(dialect: SqlDialect, text: string): string {
  if (dialect === 'postgres') return `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A quoted SQL identifier: `"…"` with `"` doubled (SQL 标识符，内部). The same in both dialects.
 *
 * @param name - the identifier (checked by {@link checkSqlText})
 * @returns the quoted identifier
 *
 * @example
 * ```ts
 * sqlIdentifier('my "pool"'); //=> '"my ""pool"""'
 * ```
 */
export function sqlIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
