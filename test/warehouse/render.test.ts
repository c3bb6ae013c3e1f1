/** The rendering itself, without an engine: literals, identifiers, the limb table, bad options. */
import { describe, expect, it } from 'vitest';
import { drawSubjects } from '../../src/draw/index.js';
import { ShuangsuijiError } from '../../src/core/errors.js';
import { drawSql, drawSqlFromRecord } from '../../src/warehouse/index.js';
import { sqlIdentifier, sqlString } from '../../src/warehouse/_internal/literals.js';
import { BYTE_RESIDUES_1E9, POWER_LIMBS, WORD64_RESIDUES_1E9 } from '../../src/warehouse/_internal/ticket-digits-sql.js';

function codeOf(run: () => unknown): [string, unknown] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ShuangsuijiError);
    return [(error as ShuangsuijiError).code, (error as ShuangsuijiError).path];
  }
  return ['none', null];
}

describe('warehouse rendering', () => {
  it('POWER_LIMBS are the base-10^18 digits of 2^(32i)', () => {
    const base = 10n ** 18n;
    POWER_LIMBS.forEach((limbs, i) => {
      const value = limbs.reduceRight((acc, limb) => acc * base + BigInt(limb), 0n);
      expect(value).toBe(1n << BigInt(32 * i));
      for (const limb of limbs) expect(BigInt(limb) < base).toBe(true);
    });
  });

  it('the prefix residues are 256^(31-k) and 2^(64i) mod 10^9', () => {
    expect(BYTE_RESIDUES_1E9).toEqual(Array.from({ length: 32 }, (_, k) => String((1n << BigInt(8 * (31 - k))) % 10n ** 9n)));
    expect(WORD64_RESIDUES_1E9).toEqual(Array.from({ length: 4 }, (_, i) => String((1n << BigInt(64 * i)) % 10n ** 9n)));
  });

  it('escapes string literals for each dialect and quotes identifiers', () => {
    expect(sqlString('postgres', "a'b\\c")).toBe("E'a''b\\\\c'");
    expect(sqlString('duckdb', "a'b\\c")).toBe("'a''b\\c'");
    expect(sqlString('postgres', '中𠀀')).toBe("E'中𠀀'");
    expect(sqlIdentifier('a"b')).toBe('"a""b"');
  });

  it('puts the parameters into the query as literals, and only as literals', () => {
    const sql = drawSql({ dialect: 'postgres', taskSeed: "s'/T", sizes: { "A'": 1 }, exclude: ["x'\\"], table: ['dir"ectory', 'pool'], idColumn: 'uscc', stratumColumn: 'risk class' });
    expect(sql.query).toContain("convert_to(E's''/T', 'UTF8')");
    expect(sql.query).toContain("(E'A''''::text, 1::bigint)".replace("''''", "'''"));
    expect(sql.query).toContain("(E'x''\\\\'::text)");
    expect(sql.query).toContain('FROM "dir""ectory"."pool" AS p');
    expect(sql.query).toContain('CAST(p."uscc" AS text)');
    expect(sql.query).toContain('CAST(p."risk class" AS text)');
    expect(sql.setup.join('\n')).toMatch(/IMMUTABLE STRICT PARALLEL SAFE/);
    expect(sql.setup.every((statement) => /PARALLEL SAFE/.test(statement))).toBe(true);
    expect(sql.setup.join('\n')).not.toMatch(/\bLOOP\b/);
    expect(sql.script).toBe(`${[...sql.setup, sql.query].join(';\n\n')};\n`);
  });

  it('drawSqlFromRecord renders the same SQL as drawSql with the record’s parameters', () => {
    const pool = [{ id: 'a', stratum: 'A' }, { id: 'b', stratum: 'B' }, { id: 'c', stratum: 'A' }];
    const { record } = drawSubjects({ seed: '31', taskId: 'T1', pool, allocation: { B: 1, A: 1 }, reserve: 1, exclude: ['c'] });
    expect(drawSqlFromRecord(record, { dialect: 'duckdb', table: 't' })).toEqual(
      drawSql({ dialect: 'duckdb', taskSeed: '31/T1', sizes: { A: 1, B: 1 }, reserve: 1, exclude: ['c'], table: 't' }),
    );
  });

  it('rejects what SQL text cannot carry and bad options, with a path', () => {
    expect(codeOf(() => drawSql({ dialect: 'postgres', taskSeed: 's', size: 1, exclude: ['a\u0000b'] }))).toEqual(['INVALID_INPUT', ['exclude', 0]]);
    expect(codeOf(() => drawSql({ dialect: 'duckdb', taskSeed: 's\ud800', size: 1 }))[0]).toBe('INVALID_INPUT');
    expect(codeOf(() => drawSql({ dialect: 'duckdb', taskSeed: '', size: 1 }))[0]).toBe('EMPTY_SEED');
    expect(codeOf(() => drawSql({ dialect: 'duckdb', taskSeed: 's', size: 1, sizes: { A: 1 } }))).toEqual(['INVALID_INPUT', ['sizes']]);
    expect(codeOf(() => drawSql({ dialect: 'duckdb', taskSeed: 's' }))).toEqual(['INVALID_INPUT', ['sizes']]);
    expect(codeOf(() => drawSql({ dialect: 'oracle' as 'duckdb', taskSeed: 's', size: 1 }))).toEqual(['INVALID_INPUT', ['dialect']]);
    expect(codeOf(() => drawSql({ dialect: 'duckdb', taskSeed: 's', sizes: { 'A\u0000': 1 } }))).toEqual(['INVALID_INPUT', ['sizes', 'A\u0000']]);
    expect(codeOf(() => drawSql({ dialect: 'duckdb', taskSeed: 's', size: -1 }))).toEqual(['INVALID_INPUT', ['size']]);
    expect(codeOf(() => drawSql({ dialect: 'duckdb', taskSeed: 's', size: 1, table: '' }))[0]).toBe('INVALID_INPUT');
    expect(codeOf(() => drawSqlFromRecord({} as never, { dialect: 'duckdb' }))[0]).toBe('INVALID_RECORD');
  });
});
