import { ShuangsuijiError, type ErrorPath } from '../../core/errors.js';
import { describeValue, where } from '../../core/_internal/boundary.js';

const KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['enterprise', 'individual', 'cooperative', 'other']);
const STATUSES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['operating', 'suspended', 'deregistered', 'revoked']);
const RISK_CLASSES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['A', 'B', 'C', 'D']);
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

/** The path of a field, built only when an error is thrown. */
function pathAt(base: ErrorPath, index: number | undefined, field?: string): ErrorPath {
  return [...base, ...(index === undefined ? [] : [index]), ...(field === undefined ? [] : [field])];
}

/**
 * Where the first problem of a list is, or -1: a hole (-2 - index) or a bad entry (index). No
 * allocation, so it costs nothing on the per-subject path when the list is fine.
 */
function firstBadEntry(value: readonly unknown[], allowed: ReadonlySet<unknown> | undefined): number {
  const length = value.length;
  for (let index = 0; index < length; index += 1) {
    if (!Object.prototype.hasOwnProperty.call(value, index)) return -2 - index;
    const entry: unknown = value[index];
    if (typeof entry !== 'string' || entry.length === 0 || (allowed !== undefined && !allowed.has(entry))) return index;
  }
  return -1;
}

/** A dense array of non-empty strings (each in `allowed` when given); O(its length), stops at a hole. */
function checkStringList(
  value: unknown,
  label: string,
  base: ErrorPath,
  index: number | undefined,
  field: string,
  allowed: ReadonlySet<unknown> | undefined,
  expected: string,
): void {
  if (!Array.isArray(value)) fail(label, pathAt(base, index, field), '数组', value);
  const bad = firstBadEntry(value, allowed);
  if (bad === -1) return;
  if (bad <= -2) {
    const at = [...pathAt(base, index, field), -2 - bad];
    throw new ShuangsuijiError('SPARSE_ARRAY', `${label}无效${where(at)}：数组第 ${-2 - bad} 项是空位（稀疏数组）`, { path: at });
  }
  fail(label, [...pathAt(base, index, field), bad], expected, value[bad]);
}

/**
 * Checks, by hand and cheaply, the fields of a subject that a pool filter reads (检查对象的快速校验):
 * `id`, `kind`, `status`, `tags`, `region`, `grid`, `unit`, `riskClass`. Other fields are not read
 * and not checked (the subject may carry the caller's own data). Nothing is allocated unless the
 * subject is bad.
 *
 * @param subject - the untrusted subject
 * @param base - where it is, e.g. `['subjects']` (with `index`) or `['subject']`
 * @param index - its index in `base`, if any
 * @throws {ShuangsuijiError} `INVALID_INPUT` with the path of the bad field, `SPARSE_ARRAY` for holes in `tags`
 *
 * @example
 * ```ts
 * checkPoolSubject({ id: 's1', kind: 'enterprise' }, ['subject']); // passes
 * checkPoolSubject({ id: { no: 1 }, kind: 'enterprise' }, ['subjects'], 0); // throws INVALID_INPUT, path ['subjects', 0, 'id']
 * ```
 */
export function checkPoolSubject(subject: unknown, base: ErrorPath, index?: number): void {
  if (typeof subject !== 'object' || subject === null) fail('检查对象', pathAt(base, index), '对象', subject);
  const s = subject as Record<string, unknown>;
  const id = s['id'];
  if (typeof id !== 'string' || id.length === 0) fail('检查对象', pathAt(base, index, 'id'), '非空字符串', id);
  const kind = s['kind'];
  if (!KINDS.has(kind)) fail('检查对象', pathAt(base, index, 'kind'), 'enterprise、individual、cooperative、other 之一', kind);
  const status = s['status'];
  if (status !== undefined && !STATUSES.has(status)) fail('检查对象', pathAt(base, index, 'status'), 'operating、suspended、deregistered、revoked 之一', status);
  const tags = s['tags'];
  if (tags !== undefined) checkStringList(tags, '检查对象', base, index, 'tags', undefined, '非空字符串');
  const region = s['region'];
  if (region !== undefined && (typeof region !== 'string' || region.length === 0)) fail('检查对象', pathAt(base, index, 'region'), '非空字符串', region);
  const grid = s['grid'];
  if (grid !== undefined && (typeof grid !== 'string' || grid.length === 0)) fail('检查对象', pathAt(base, index, 'grid'), '非空字符串', grid);
  const unit = s['unit'];
  if (unit !== undefined && (typeof unit !== 'string' || unit.length === 0)) fail('检查对象', pathAt(base, index, 'unit'), '非空字符串', unit);
  const riskClass = s['riskClass'];
  if (riskClass !== undefined && !RISK_CLASSES.has(riskClass)) fail('检查对象', pathAt(base, index, 'riskClass'), 'A、B、C、D 之一', riskClass);
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
    if (value !== undefined) checkStringList(value, '抽查范围', path, undefined, key, allowed, allowed === undefined ? '非空字符串' : [...allowed].join('、') + ' 之一');
  }
}
