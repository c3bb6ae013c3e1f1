/**
 * The exact ticket order in SQL without big integers (票号的 SQL 计算，内部).
 *
 * A ticket is `'0.'` followed by the decimal digits of the digest n = SHA-256(sha256_hex(seed) ‖ id)
 * from the least significant one, zero-padded to 64 digits. Padding every ticket to 78 digits
 * (n < 2^256 < 10^78) keeps the order, so the exact sort key is the 78-digit decimal of n,
 * zero-padded and reversed: the "ticket digits".
 *
 * They are computed from the digest's eight 32-bit words w_0 (least significant) … w_7 as
 * n = Σ w_i · 2^(32i), with 2^(32i) written in base 10^18 (the table below): the j-th base-10^18
 * column sum c_j = Σ_i w_i · P[i][j] is below 8 · 2^32 · 10^18 < 3.5 · 10^28, exact in a 128-bit
 * integer (DuckDB HUGEINT) or NUMERIC (PostgreSQL); carries then run once from the lowest column
 * up: t_0 = c_0, t_j = c_j + ⌊t_{j−1} / 10^18⌋, and limb j is t_j mod 10^18. The top limb t_4 is
 * below 10^6, so the 78 digits are pad6(t_4) ‖ pad18(t_3 mod B) ‖ … ‖ pad18(t_0 mod B), reversed.
 */

/** Base of the limbs, 10^18, as SQL text. */
export const LIMB_BASE = '1000000000000000000';

/**
 * P[i] = the base-10^18 digits of 2^(32i), least significant first (checked by
 * test/warehouse/ticket-digits-sql.test.ts against BigInt).
 */
export const POWER_LIMBS: readonly (readonly string[])[] = [
  ['1'],
  ['4294967296'],
  ['446744073709551616', '18'],
  ['264337593543950336', '79228162514'],
  ['374607431768211456', '282366920938463463', '340'],
  ['283019655932542976', '902918203684832716', '1461501637330'],
  ['355444464034512896', '789423207666416102', '101735386680763835', '6277'],
  ['572481103610249216', '630673637144422540', '639794667015087019', '26959946667150'],
];

/** Number of base-10^18 columns: 2^256 < 10^78 needs 18 · 4 + 6 digits. */
const COLUMNS = 5;

/**
 * The column sums c_0 … c_4 as SQL expressions of the word expressions.
 *
 * @param word - SQL for w_i (must be of an exact type that holds products up to 3.5 · 10^28)
 * @returns five expressions
 */
function columnSums(word: (i: number) => string): string[] {
  const sums: string[] = [];
  for (let j = 0; j < COLUMNS; j++) {
    const terms: string[] = [];
    POWER_LIMBS.forEach((limbs, i) => {
      const factor = limbs[j];
      if (factor !== undefined) terms.push(factor === '1' ? word(i) : `${word(i)} * ${factor}`);
    });
    sums.push(terms.length === 0 ? '0' : terms.join(' + '));
  }
  return sums;
}

/**
 * The body of the PostgreSQL function `<prefix>digest_digits(digest bytea) RETURNS text`:
 * straight-line PL/pgSQL in NUMERIC, no loop (one statement per column).
 *
 * @returns the function body (between the dollar quotes)
 */
export function postgresDigestDigitsBody(): string {
  const lines: string[] = [];
  lines.push('DECLARE');
  lines.push("  b bit(256) := ('x' || encode(digest, 'hex'))::bit(256);");
  for (let i = 0; i < 8; i++) lines.push(`  w${i} numeric := substring(b from ${256 - 32 * (i + 1) + 1} for 32)::bit(32)::bigint;`);
  for (let j = 0; j < COLUMNS; j++) lines.push(`  t${j} numeric;`);
  lines.push('BEGIN');
  const sums = columnSums((i) => `w${i}`);
  sums.forEach((sum, j) => lines.push(`  t${j} := ${sum}${j === 0 ? '' : ` + div(t${j - 1}, ${LIMB_BASE})`};`));
  const parts = [`lpad(t${COLUMNS - 1}::text, 6, '0')`];
  for (let j = COLUMNS - 2; j >= 0; j--) parts.push(`lpad(mod(t${j}, ${LIMB_BASE})::text, 18, '0')`);
  lines.push(`  RETURN reverse(${parts.join(' || ')});`);
  lines.push('END');
  return lines.join('\n');
}

/**
 * DuckDB: the ticket digits of a lowercase hex digest column, as nested subqueries over `source`
 * (which must have the columns listed in `keep` and `hexColumn`).
 *
 * @param source - a FROM item (table, CTE name or parenthesised subquery with alias)
 * @param hexColumn - the column holding the 64-digit hex digest
 * @param keep - the other columns to carry through
 * @returns a parenthesised subquery with the `keep` columns and `digits`
 */
export function duckdbDigitsQuery(source: string, hexColumn: string, keep: readonly string[]): string {
  const carried = keep.join(', ');
  const words = Array.from({ length: 8 }, (_, i) => `('0x' || substr(${hexColumn}, ${57 - 8 * i}, 8))::UBIGINT::HUGEINT AS w${i}`);
  const sums = columnSums((i) => `w${i}`).map((sum, j) => `${sum} AS c${j}`);
  const carries: string[] = [];
  for (let j = 0; j < COLUMNS; j++) carries.push(j === 0 ? 'c0' : `c${j} + (${carries[j - 1]}) // ${LIMB_BASE}`);
  const limbs = carries.map((t, j) => (j === COLUMNS - 1 ? `lpad((${t})::VARCHAR, 6, '0')` : `lpad(((${t}) % ${LIMB_BASE})::VARCHAR, 18, '0')`));
  const digits = `reverse(${limbs.reverse().join(' || ')})`;
  return (
    `(SELECT ${carried}, ${digits} AS digits FROM (` +
    `SELECT ${carried}, ${sums.join(', ')} FROM (` +
    `SELECT ${carried}, ${words.join(', ')} FROM ${source}) AS words) AS sums)`
  );
}

/** 256^(31−k) mod 10^9 for the digest's bytes k = 0…31 (checked by test/warehouse/render.test.ts). */
export const BYTE_RESIDUES_1E9: readonly string[] = [
  '910662656', '292619776', '223799296', '610249216', '310977536', '837152256', '835301376', '34512896',
  '937634816', '136475136', '731001856', '932542976', '530986496', '505980416', '662132736', '768211456',
  '280344576', '329220096', '251286016', '543950336', '724781056', '174706176', '645213696', '709551616',
  '37927936', '976710656', '511627776', '294967296', '16777216', '65536', '256', '1',
];
/** 2^(64i) mod 10^9 for i = 0…3 (checked by test/warehouse/render.test.ts). */
export const WORD64_RESIDUES_1E9: readonly string[] = ['1', '709551616', '768211456', '34512896'];

/**
 * The ticket's first nine digits as an integer — `n mod 10^9` with its nine digits reversed
 * (票号前 9 位，内部). Two tickets with different prefixes compare as their prefixes, so the exact
 * digits are needed only for the few rows whose prefix reaches the per-stratum threshold (the
 * library's `ticketKey` does the same with 11 digits).
 *
 * PostgreSQL, from the digest as `bytea`: `n mod 10^9 = (Σ_k byte_k · (256^(31−k) mod 10^9)) mod
 * 10^9`, 32 `get_byte` calls and BIGINT products (the sum stays below 8.2 · 10^12) — several times
 * cheaper than parsing hex words. DuckDB, from the lowercase hex digest: four 64-bit words,
 * `Σ (w_i mod 10^9)(2^(64i) mod 10^9)`, every product below 10^18.
 *
 * @param dialect - `postgres` or `duckdb`
 * @param digest - SQL of the digest: `bytea` for PostgreSQL, 64-digit lowercase hex for DuckDB (a
 *   column: it is read several times)
 * @returns a BIGINT expression
 */
export function prefixKeySql(dialect: 'postgres' | 'duckdb', digest: string): string {
  if (dialect === 'postgres') {
    const terms = BYTE_RESIDUES_1E9.map((residue, k) => (residue === '1' ? `get_byte(${digest}, ${k})` : `get_byte(${digest}, ${k}) * ${residue}::bigint`));
    return `reverse(lpad(((${terms.join(' + ')}) % 1000000000)::text, 9, '0'))::bigint`;
  }
  const terms = WORD64_RESIDUES_1E9.map((residue, i) => {
    const word = `CAST(('0x' || substr(${digest}, ${49 - 16 * i}, 16))::UBIGINT % 1000000000 AS BIGINT)`;
    return i === 0 ? word : `${word} * ${residue}`;
  });
  return `reverse(lpad(((${terms.join(' + ')}) % 1000000000)::VARCHAR, 9, '0'))::BIGINT`;
}
