import { ShuangsuijiError, type ErrorPath } from '../../core/errors.js';
import { describeValue, where } from '../../core/_internal/boundary.js';

const KINDS: ReadonlySet<unknown> = new Set(['enterprise', 'individual', 'cooperative', 'other']);
const STATUSES: ReadonlySet<unknown> = new Set(['operating', 'suspended', 'deregistered', 'revoked']);
const RISK_CLASSES: ReadonlySet<unknown> = new Set(['A', 'B', 'C', 'D']);
const FILTER_LISTS = ['kinds', 'tags', 'allTags', 'excludeTags', 'regions', 'grids', 'units', 'riskClasses', 'statuses'] as const;
const ALLOWED: Readonly<Record<(typeof FILTER_LISTS)[number], ReadonlySet<unknown> | undefined>> = {
  kinds: KINDS,
  tags: undefined,
  allTags: undefined,
  excludeTags: undefined,
  regions: undefined,
  grids: undefined,
  units: undefined,
  riskClasses: RISK_CLASSES,
  statuses: STATUSES,
};

function fail(label: string, path: ErrorPath, expected: string, value: unknown): never {
  throw new ShuangsuijiError('INVALID_INPUT', `${label}无效${where(path)}：应为 ${expected}，收到 ${describeValue(value)}`, { path });
}

/** A dense array of non-empty strings (each in `allowed` when given); O(its length), stops at a hole. */
function checkStringList(value: unknown, label: string, path: ErrorPath, allowed: ReadonlySet<unknown> | undefined, expected: string): void {
  if (!Array.isArray(value)) fail(label, path, '数组', value);
  const length = value.length;
  for (let index = 0; index < length; index += 1) {
    if (!Object.prototype.hasOwnProperty.call(value, index)) {
      throw new ShuangsuijiError('SPARSE_ARRAY', `${label}无效${where([...path, index])}：数组第 ${index} 项是空位（稀疏数组）`, { path: [...path, index] });
    }
    const entry: unknown = value[index];
    if (typeof entry !== 'string' || entry.length === 0 || (allowed !== undefined && !allowed.has(entry))) fail(label, [...path, index], expected, entry);
  }
}

/**
 * Checks, by hand and cheaply, the fields of a subject that a pool filter reads (检查对象的快速校验):
 * `id`, `kind`, `status`, `tags`, `region`, `grid`, `unit`, `riskClass`. Other fields are not read
 * and not checked (the subject may carry the caller's own data).
 *
 * @param subject - the untrusted subject
 * @param path - where it is, e.g. `['subjects', 3]`
 * @throws {ShuangsuijiError} `INVALID_INPUT` with the path of the bad field, `SPARSE_ARRAY` for holes in `tags`
 *
 * @example
 * ```ts
 * checkPoolSubject({ id: 's1', kind: 'enterprise' }, ['subject']); // passes
 * checkPoolSubject({ id: { no: 1 }, kind: 'enterprise' }, ['subjects', 0]); // throws INVALID_INPUT, path ['subjects', 0, 'id']
 * ```
 */
export function checkPoolSubject(subject: unknown, path: ErrorPath): void {
  if (typeof subject !== 'object' || subject === null) fail('检查对象', path, '对象', subject);
  const { id, kind, status, tags, region, grid, unit, riskClass } = subject as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0) fail('检查对象', [...path, 'id'], '非空字符串', id);
  if (!KINDS.has(kind)) fail('检查对象', [...path, 'kind'], 'enterprise、individual、cooperative、other 之一', kind);
  if (status !== undefined && !STATUSES.has(status)) fail('检查对象', [...path, 'status'], 'operating、suspended、deregistered、revoked 之一', status);
  if (tags !== undefined) checkStringList(tags, '检查对象', [...path, 'tags'], undefined, '非空字符串');
  for (const [field, value] of [['region', region], ['grid', grid], ['unit', unit]] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.length === 0)) fail('检查对象', [...path, field], '非空字符串', value);
  }
  if (riskClass !== undefined && !RISK_CLASSES.has(riskClass)) fail('检查对象', [...path, 'riskClass'], 'A、B、C、D 之一', riskClass);
}

/**
 * Checks a pool filter by hand (抽查范围的快速校验), as `PoolFilterSchema` would but without zod:
 * every field an optional list of non-empty strings (kinds, statuses and risk classes from their
 * lists), no unknown field. O(size of the filter).
 *
 * @param filter - the untrusted filter
 * @param path - where it is, e.g. `['filter']`
 * @throws {ShuangsuijiError} `INVALID_INPUT` with the path of the bad field, `SPARSE_ARRAY`
 *
 * @example
 * ```ts
 * checkPoolFilter({ tags: ['catering'] }, ['filter']); // passes
 * checkPoolFilter({ tags: 5 }, ['filter']); // throws INVALID_INPUT, path ['filter', 'tags']
 * ```
 */
export function checkPoolFilter(filter: unknown, path: ErrorPath): void {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) fail('抽查范围', path, '对象', filter);
  for (const key of Object.keys(filter)) {
    if (!Object.prototype.hasOwnProperty.call(ALLOWED, key)) {
      throw new ShuangsuijiError('INVALID_INPUT', `抽查范围无效${where([...path, key])}：未知字段（可用的字段：${FILTER_LISTS.join('、')}）`, { path: [...path, key] });
    }
    const value: unknown = (filter as Record<string, unknown>)[key];
    const allowed = ALLOWED[key as (typeof FILTER_LISTS)[number]];
    if (value !== undefined) checkStringList(value, '抽查范围', [...path, key], allowed, allowed === undefined ? '非空字符串' : [...allowed].join('、') + ' 之一');
  }
}
