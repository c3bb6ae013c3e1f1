import { ShuangsuijiError } from '../core/errors.js';
import { isWellFormedText } from '../core/_internal/well-formed-text.js';
import { subjectKey } from '../directory/_internal/subject-key.js';
import type { CheckHistory } from '../risk/check-history.js';
import { compareCodePoints } from './_internal/compare-code-points.js';
import { ManifestHash } from './_internal/manifest-hash.js';

/**
 * The digest of the check history used for eligibility (年度抽查记录摘要), for the draw
 * announcement's `checkHistoryDigest`: the SHA-256 of one line `${id}\t${count}\n` per subject with
 * at least one check, ids in canonical form (counts kept under two spellings of one id are added, as
 * `eligibleSubjects` does), lines in byte order — what `LC_ALL=C sort history.txt | sha256sum` prints
 * for such a file. Publishing it before the seed fixes which subjects the low-risk cap (通知·二)
 * leaves out, so the history cannot be edited after the draw is known.
 *
 * @param history - random checks per subject id, a `Map` or a record (as for `eligibleSubjects`)
 * @returns 64 lowercase hex digits
 * @throws {ShuangsuijiError} `INVALID_INPUT` when `history` is not a Map or record of non-negative integers
 *
 * @example
 * ```ts
 * checkHistoryDigest({ S2: 1, S1: 2 }) === sha256Hex('S1\t2\nS2\t1\n'); //=> true
 * checkHistoryDigest(new Map([['S1', 1], ['S1 ', 1]])) === checkHistoryDigest({ S1: 2 }); //=> true
 * ```
 */
export function checkHistoryDigest(history: CheckHistory): string {
  let entries: Iterable<[unknown, unknown]>;
  if (history instanceof Map) entries = history as ReadonlyMap<unknown, unknown>;
  else if (history !== null && typeof history === 'object' && !Array.isArray(history)) entries = Object.entries(history);
  else throw new ShuangsuijiError('INVALID_INPUT', '年度抽查次数应为 Map 或以主体标识为键的对象', { path: ['history'] });
  const sums = new Map<string, number>();
  for (const [id, count] of entries) {
    if (typeof id !== 'string' || id.length === 0) throw new ShuangsuijiError('INVALID_INPUT', '年度抽查次数的键应为非空的主体标识字符串', { path: ['history'] });
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      throw new ShuangsuijiError('INVALID_INPUT', `主体 ${id} 的年度抽查次数应为非负整数`, { path: ['history', id] });
    }
    const key = subjectKey(id);
    if (/[\u0000-\u001f\u007f]/.test(key) || !isWellFormedText(key)) {
      throw new ShuangsuijiError('INVALID_INPUT', `主体标识 ${JSON.stringify(id)} 含有控制字符或不是有效的 Unicode`, { path: ['history', id] });
    }
    sums.set(key, (sums.get(key) ?? 0) + count);
  }
  const hash = new ManifestHash();
  for (const id of [...sums.keys()].sort(compareCodePoints)) {
    const count = sums.get(id)!;
    if (count > 0) hash.line(`${id}\t${count}`);
  }
  return hash.digest();
}

