import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { RiskClassSchema } from '../core/risk-class.js';
import { SubjectKindSchema, SubjectStatusSchema, type SubjectInput } from './subject.js';
import { checkPoolFilter, checkPoolSubject } from './_internal/check-pool.js';

/**
 * Schema of a pool filter (抽查范围): which subjects of the directory a task draws from.
 * Every given criterion must hold; within one criterion any listed value matches.
 * An empty filter is the whole directory of operating subjects (不定向抽查).
 *
 * @example
 * ```ts
 * PoolFilterSchema.parse({ kinds: ['enterprise'], tags: ['lift-user'] });
 * ```
 */
export const PoolFilterSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Subject kinds to include (主体类型). */
    kinds: z.array(SubjectKindSchema).optional(),
    /** Subjects carrying any of these tags (分类监管标签，任一). */
    tags: z.array(z.string().min(1)).optional(),
    /** Subjects carrying all of these tags (全部). */
    allTags: z.array(z.string().min(1)).optional(),
    /** Subjects carrying none of these tags. */
    excludeTags: z.array(z.string().min(1)).optional(),
    regions: z.array(z.string().min(1)).optional(),
    grids: z.array(z.string().min(1)).optional(),
    units: z.array(z.string().min(1)).optional(),
    /** General risk classes to include (定向到风险类别). */
    riskClasses: z.array(RiskClassSchema).optional(),
    /** Statuses to include; defaults to operating subjects only. */
    statuses: z.array(SubjectStatusSchema).default(['operating']),
  })
  .meta({ description: '抽查范围（名录库筛选条件）' }))();

/**
 * A pool filter (抽查范围).
 *
 * @example
 * ```ts
 * const filter: PoolFilter = PoolFilterSchema.parse({ tags: ['catering'] });
 * filter; //=> { tags: ['catering'], statuses: ['operating'] }
 * ```
 */
export type PoolFilter = z.infer<typeof PoolFilterSchema>;
/**
 * A pool filter as accepted on input.
 *
 * @example
 * ```ts
 * const filter: PoolFilterInput = { kinds: ['enterprise'], allTags: ['lift-user', 'advertising'], riskClasses: ['C', 'D'] };
 * describePool(filter); //=> '主体类型：企业；分类监管标签（全部）：lift-user、advertising；信用风险分类：C、D；登记状态：存续（在业）'
 * ```
 */
export type PoolFilterInput = z.input<typeof PoolFilterSchema>;

/**
 * Tells whether a subject belongs to a task's pool (是否在抽查范围内).
 *
 * Cheap enough to call once per subject of a large directory: the filter should be parsed once
 * with {@link PoolFilterSchema} (an unparsed filter without `statuses` means operating subjects).
 *
 * @param subject - a subject (parsed, or as accepted on input: `{ id, kind, status?, tags?, region?, grid?, unit?, riskClass? }`)
 * @param filter - a pool filter (parsed, or as accepted on input)
 * @returns `true` when every criterion of the filter holds
 * @throws {ShuangsuijiError} `INVALID_INPUT` with the path of the bad field (`['subject', 'id']`,
 *   `['filter', 'tags']` …) — both are checked by hand, cheaply; `SPARSE_ARRAY` for a list with holes
 *
 * @example
 * ```ts
 * const filter = PoolFilterSchema.parse({ tags: ['food'] });
 * matchesPool(SubjectSchema.parse({ id: 's1', name: '甲', kind: 'enterprise', tags: ['food'] }), filter); //=> true
 * ```
 */
export function matchesPool(subject: SubjectInput, filter: PoolFilterInput): boolean {
  checkPoolFilter(filter, ['filter']);
  checkPoolSubject(subject, ['subject']);
  return matches(subject, filter);
}

/** {@link matchesPool} on a checked subject and filter. */
function matches(subject: SubjectInput, filter: PoolFilterInput): boolean {
  const tags: readonly string[] = subject.tags ?? NO_TAGS;
  if (!(filter.statuses ?? OPERATING).includes(subject.status ?? 'operating')) return false;
  if (filter.kinds !== undefined && !filter.kinds.includes(subject.kind)) return false;
  if (filter.tags !== undefined && !filter.tags.some((tag) => tags.includes(tag))) return false;
  if (filter.allTags !== undefined && !filter.allTags.every((tag) => tags.includes(tag))) return false;
  if (filter.excludeTags !== undefined && filter.excludeTags.some((tag) => tags.includes(tag))) return false;
  if (filter.regions !== undefined && (subject.region === undefined || !filter.regions.includes(subject.region))) return false;
  if (filter.grids !== undefined && (subject.grid === undefined || !filter.grids.includes(subject.grid))) return false;
  if (filter.units !== undefined && (subject.unit === undefined || !filter.units.includes(subject.unit))) return false;
  if (filter.riskClasses !== undefined && (subject.riskClass === undefined || !filter.riskClasses.includes(subject.riskClass))) {
    return false;
  }
  return true;
}

const NO_TAGS: readonly string[] = [];
const OPERATING: readonly string[] = ['operating'];

/**
 * Yields the subjects of a directory that belong to a pool, lazily (筛选抽查范围).
 * Works over arrays and any iterable, so a large directory can be streamed. The filter is
 * validated once, when the function is called.
 *
 * @param subjects - subjects, parsed or as accepted on input (an array or any iterable)
 * @param filter - a pool filter (validated with {@link PoolFilterSchema})
 * @returns an iterable of the matching subjects (the given objects), in input order
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a bad filter (with the path inside the filter) or a
 *   non-iterable directory (path `['subjects']`); while iterating, `INVALID_INPUT` for a bad subject
 *   (path `['subjects', i, field]`)
 *
 * @example
 * ```ts
 * const pool = [...filterPool(directory, { kinds: ['enterprise'] })];
 * ```
 */
export function filterPool<S extends SubjectInput>(subjects: Iterable<S>, filter: PoolFilterInput): Iterable<S> {
  const parsed = parseInput(PoolFilterSchema, filter, 'INVALID_INPUT', '抽查范围');
  if (subjects === null || typeof subjects !== 'object' || typeof (subjects as Iterable<S>)[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '检查对象名录应为数组或可迭代对象', { path: ['subjects'] });
  }
  return matching(subjects, parsed);
}

const SUBJECTS_PATH: readonly PropertyKey[] = ['subjects'];

function* matching<S extends SubjectInput>(subjects: Iterable<S>, filter: PoolFilter): Generator<S> {
  let index = 0;
  for (const subject of subjects) {
    checkPoolSubject(subject, SUBJECTS_PATH, index);
    if (matches(subject, filter)) yield subject;
    index += 1;
  }
}
