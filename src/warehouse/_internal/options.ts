import { z } from 'zod';
import { ShuangsuijiError } from '../../core/errors.js';
import { parseInput } from '../../core/parse-input.js';
import { ALL_STRATUM } from '../../draw/sampler.js';
import { SeedSchema } from '../../draw/seed-schema.js';
import { compareCodePoints } from '../../draw/_internal/compare-code-points.js';
import { SqlDialectSchema, type SqlDialect } from '../dialect.js';
import { checkSqlText } from './literals.js';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const name = z.string().min(1).max(1000);

/** The pool's table and columns (抽查范围所在的表和列). */
export const PoolTableShape = {
  /** The table (or view) with the pool: a name, or `[schema, name]`. Default `pool`. */
  table: z.union([name, z.array(name).min(1).max(3)]).default('pool'),
  /** Its id column (default `id`). */
  idColumn: name.default('id'),
  /** Its stratum column (default `stratum`); not read for an unstratified draw (`size`). */
  stratumColumn: name.default('stratum'),
} as const;

/** The draw's parameters as the SQL renderers take them (抽取参数). */
export const DrawParametersShape = {
  dialect: SqlDialectSchema,
  /** The task seed `${seed}/${taskId}` (任务种子), as in the record's `taskSeed`. */
  taskSeed: SeedSchema,
  /** Sample size of an unstratified draw (one stratum named `'*'`). */
  size: count.optional(),
  /** Sample sizes per stratum (各层抽取数量). */
  sizes: z.record(name, count).optional(),
  /** Reserves per stratum (备选). */
  reserve: count.default(0),
  /** Ids never drawn (排除名单). */
  exclude: z.array(name).default([]),
  ...PoolTableShape,
} as const;

/** The validated parameters, normalised: strata in code-point order, exclusions unique and sorted. */
export interface DrawParameters {
  readonly dialect: SqlDialect;
  readonly taskSeed: string;
  readonly stratified: boolean;
  readonly sizes: readonly (readonly [string, number])[];
  readonly reserve: number;
  readonly exclude: readonly string[];
  readonly table: readonly string[];
  readonly idColumn: string;
  readonly stratumColumn: string;
  /** Whether partition states carry pool digests (`false` where the schema has no such option). */
  readonly poolDigest: boolean;
}

/**
 * Validates and normalises raw draw parameters (参数校验，内部).
 *
 * @param schema - the caller's schema (built from {@link DrawParametersShape})
 * @param input - the caller's input
 * @param label - Chinese label for errors
 * @returns the normalised parameters
 */
export function parseDrawParameters(
  schema: z.ZodType<z.output<z.ZodObject<typeof DrawParametersShape>> & { poolDigest?: boolean }>,
  input: unknown,
  label: string,
): DrawParameters {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new ShuangsuijiError('INVALID_INPUT', `${label}应为对象`);
  const options = parseInput(schema, input, 'INVALID_INPUT', label);
  if ((options.size === undefined) === (options.sizes === undefined)) {
    throw new ShuangsuijiError('INVALID_INPUT', '应给出 size（不分层）或 sizes（分层）之一', { path: ['sizes'] });
  }
  return normalise(options);
}

function normalise(options: z.output<z.ZodObject<typeof DrawParametersShape>> & { poolDigest?: boolean }): DrawParameters {
  checkSqlText(options.taskSeed, ['taskSeed'], '任务种子');
  const stratified = options.sizes !== undefined;
  const raw: Record<string, number> = options.sizes ?? { [ALL_STRATUM]: options.size ?? 0 };
  const names = Object.keys(raw).sort(compareCodePoints);
  for (const stratum of names) checkSqlText(stratum, ['sizes', stratum], '分层名称');
  options.exclude.forEach((id, index) => checkSqlText(id, ['exclude', index], '排除名单中的标识'));
  const table = typeof options.table === 'string' ? [options.table] : options.table;
  table.forEach((part, index) => checkSqlText(part, typeof options.table === 'string' ? ['table'] : ['table', index], '表名'));
  checkSqlText(options.idColumn, ['idColumn'], '列名');
  checkSqlText(options.stratumColumn, ['stratumColumn'], '列名');
  return {
    dialect: options.dialect,
    taskSeed: options.taskSeed,
    stratified,
    sizes: names.map((stratum) => [stratum, raw[stratum]!] as const),
    reserve: options.reserve,
    exclude: [...new Set(options.exclude)].sort(compareCodePoints),
    table,
    idColumn: options.idColumn,
    stratumColumn: options.stratumColumn,
    poolDigest: options.poolDigest === true,
  };
}

