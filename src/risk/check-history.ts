import { subjectKey } from '../directory/_internal/subject-key.js';
import { ShuangsuijiError } from '../core/errors.js';
import { describeValue, shownText } from '../core/_internal/boundary.js';

/**
 * The year's random-check counts per subject id (年度随机抽查次数): a `Map` or a plain record,
 * e.g. `{ '91330303MA2AAAAA1X': 2 }`. Subjects not listed have 0.
 *
 * @example
 * ```ts
 * const history: CheckHistory = { '91330303MA2AAAAA1X': 2 }; // or new Map([['91330303MA2AAAAA1X', 2]])
 * eligibleSubjects([{ id: '91330303MA2AAAAA1X', kind: 'enterprise', riskClass: 'A' }], history, zhejiang2023).counts.byReason['low-risk-cap']; //=> 1
 * ```
 */
export type CheckHistory = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/**
 * One inspection of the year as {@link countChecks} reads it (检查记录).
 *
 * @example
 * ```ts
 * const records: CheckRecord[] = [{ subjectId: 's1', random: true }, { subjectId: 's1', random: false }];
 * countChecks(records).get('s1'); //=> 1
 * ```
 */
export interface CheckRecord {
  /** Id of the subject inspected. */
  readonly subjectId: string;
  /** Whether the check was a random check (双随机抽查); other checks are not counted. */
  readonly random: boolean;
}

/**
 * Builds a {@link CheckHistory} from the year's inspection records, counting the random checks
 * per subject (统计年度随机抽查次数). Pass only the records of the year in question. Records are
 * checked by hand (no zod), so millions of them are fine.
 *
 * @param records - inspection records (any iterable)
 * @returns a new map from subject id to its number of random checks (subjects with none are absent)
 * @throws {ShuangsuijiError} `INVALID_INPUT` with path `['records', index, 'subjectId' | 'random']`
 *
 * @example
 * ```ts
 * countChecks([
 *   { subjectId: 's1', random: true },
 *   { subjectId: 's1', random: true },
 *   { subjectId: 's1', random: false },
 *   { subjectId: 's2', random: true },
 * ]); //=> Map { 's1' => 2, 's2' => 1 }
 * ```
 */
export function countChecks(records: Iterable<CheckRecord>): Map<string, number> {
  if (records === null || typeof records !== 'object' || typeof (records as Partial<Iterable<CheckRecord>>)[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '检查记录应为可迭代对象', { path: ['records'] });
  }
  const counts = new Map<string, number>();
  let index = 0;
  for (const record of records) {
    if (record === null || typeof record !== 'object') {
      throw new ShuangsuijiError('INVALID_INPUT', '检查记录应为对象', { path: ['records', index] });
    }
    const { subjectId, random } = record;
    if (typeof subjectId !== 'string' || subjectId.length === 0) {
      throw new ShuangsuijiError('INVALID_INPUT', '检查记录的 subjectId 应为非空字符串', { path: ['records', index, 'subjectId'] });
    }
    if (typeof random !== 'boolean') {
      throw new ShuangsuijiError('INVALID_INPUT', '检查记录的 random 应为布尔值', { path: ['records', index, 'random'] });
    }
    if (random) counts.set(subjectId, (counts.get(subjectId) ?? 0) + 1);
    index += 1;
  }
  return counts;
}

/** A checked {@link CheckHistory}, ready for per-subject lookups (内部). */
export interface HistoryIndex {
  /** Ids whose count is at or above the cap given to {@link indexHistory}. */
  readonly atCap: readonly string[];
  /**
   * A subject's count (0 when absent).
   *
   * @param id - subject id
   * @returns its random checks this year
   */
  countOf(id: string): number;
}

/**
 * Checks a {@link CheckHistory} once, without copying it, and lists the subjects at or above a
 * number of checks (校验年度抽查次数并列出达到上限的主体，内部).
 *
 * @param history - a map or a record of counts
 * @param atLeast - the cap, e.g. `policy.lowRiskMaxChecksPerYear`
 * @returns the ids at the cap and a count lookup
 * @throws {ShuangsuijiError} `INVALID_INPUT` with path `['history']` or `['history', id]` for a
 *   count that is not a non-negative integer
 *
 * @example
 * ```ts
 * const index = indexHistory({ s1: 2, s2: 1, s3: 3 }, 2);
 * index.atCap; //=> ['s1', 's3']
 * index.countOf('s2'); //=> 1
 * index.countOf('s9'); //=> 0
 * ```
 */
export function indexHistory(history: CheckHistory, atLeast: number): HistoryIndex {
  const atCap: string[] = [];
  if (history instanceof Map) {
    let canonical = true;
    for (const [id, count] of history as ReadonlyMap<unknown, unknown>) {
      checkCount(id, count);
      if (subjectKey(id as string) !== id) canonical = false;
      if ((count as number) >= atLeast) atCap.push(id as string);
    }
    const map = history as ReadonlyMap<string, number>;
    if (!canonical) return canonicalIndex(map, atLeast);
    return { atCap, countOf: (id) => map.get(id) ?? 0 };
  }
  if (history === null || typeof history !== 'object' || Array.isArray(history)) {
    throw new ShuangsuijiError('INVALID_INPUT', '年度抽查次数应为 Map 或以主体标识为键的对象', { path: ['history'] });
  }
  const record = history as Readonly<Record<string, number>>;
  let canonical = true;
  for (const id of Object.keys(record)) {
    const count = record[id];
    checkCount(id, count);
    if (subjectKey(id) !== id) canonical = false;
    if ((count as number) >= atLeast) atCap.push(id);
  }
  if (!canonical) return canonicalIndex(new Map(Object.entries(record)), atLeast);
  return { atCap, countOf: (id) => (Object.hasOwn(record, id) ? (record[id] as number) : 0) };
}

/**
 * The index of a history some of whose ids are not canonical (issue 12): counts are summed per
 * canonical id, so checks kept under `X` and `X ` both count for the subject `X`.
 */
function canonicalIndex(history: ReadonlyMap<string, number>, atLeast: number): HistoryIndex {
  const sums = new Map<string, number>();
  for (const [id, count] of history) {
    const key = subjectKey(id);
    sums.set(key, (sums.get(key) ?? 0) + count);
  }
  const atCap = [...sums].filter(([, count]) => count >= atLeast).map(([id]) => id);
  return { atCap, countOf: (id) => sums.get(id) ?? 0 };
}

function checkCount(id: unknown, count: unknown): void {
  if (typeof id !== 'string') {
    throw new ShuangsuijiError('INVALID_INPUT', '年度抽查次数的键应为主体标识字符串', { path: ['history'] });
  }
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw new ShuangsuijiError('INVALID_INPUT', `主体 ${shownText(id)} 的年度抽查次数应为非负整数，实际为 ${describeValue(count)}`, { path: ['history', id] });
  }
}
