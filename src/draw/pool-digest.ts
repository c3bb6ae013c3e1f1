import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import { DigestSum } from './_internal/digest-sum.js';
import { sha256Words } from './sha256.js';

/**
 * Zod schema of a 256-bit digest written as 64 lowercase hex digits (摘要).
 *
 * @example
 * ```ts
 * HexDigestSchema.parse('0'.repeat(64)).length; //=> 64
 * HexDigestSchema.safeParse('ABC').success; //=> false
 * ```
 */
export const HexDigestSchema = /* @__PURE__ */ (() => z
  .string()
  .regex(/^[0-9a-f]{64}$/, '应为 64 位小写十六进制')
  .meta({ description: '256 位摘要（64 位小写十六进制）' }))();

/**
 * Order-independent additive digest of a pool of ids (抽查范围摘要，旧版): the sum modulo 2^256 of
 * SHA-256(id) over the distinct ids, as 64 hex digits — the pool digest of legacy
 * `consistent-sampler/1` records and the sampler's merge fingerprint. It does not depend on order,
 * and digests of disjoint parts add up ({@link addPoolDigests}) to the digest of the whole.
 *
 * It is **not a commitment**: a sum of hashes falls to Wagner's generalised birthday attack, so a
 * party that can add ids can build another pool with the same digest. Announce a pool with
 * `poolCommitment` (SHA-256 of the sorted manifest) instead.
 *
 * An auditor recomputes it in Python:
 * `'%064x' % (sum(int(hashlib.sha256(i.encode()).hexdigest(), 16) for i in set(ids)) % 2**256)`.
 *
 * @param ids - the pool's ids, any order (duplicates count once)
 * @returns 64 lowercase hex digits; the empty pool gives 64 zeros
 * @throws {ShuangsuijiError} `INVALID_INPUT` when an id is not a non-empty valid Unicode string
 *
 * @example
 * ```ts
 * poolDigest(['a', 'b']) === poolDigest(['b', 'a', 'a']); //=> true
 * poolDigest([]); //=> '0000000000000000000000000000000000000000000000000000000000000000'
 * ```
 */
export function poolDigest(ids: Iterable<string>): string {
  if (ids === null || typeof ids !== 'object' || typeof (ids as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '抽查范围应为标识的数组或可迭代对象', { path: ['ids'] });
  }
  const seen = new Set<string>();
  const sum = new DigestSum();
  const words = new Int32Array(8);
  let index = 0;
  for (const id of ids) {
    if (typeof id !== 'string' || id.length === 0) {
      throw new ShuangsuijiError('INVALID_INPUT', `抽查范围第 ${index + 1} 个标识应为非空字符串`, { path: ['ids', index] });
    }
    if (!seen.has(id)) {
      seen.add(id);
      try {
        sha256Words(id, words);
      } catch (error) {
        throw new ShuangsuijiError('INVALID_INPUT', `抽查范围第 ${index + 1} 个标识不是有效的 Unicode`, { path: ['ids', index], cause: error });
      }
      sum.add(words, 0);
    }
    index++;
  }
  return sum.hex();
}

/**
 * Adds pool digests of disjoint parts, giving the digest of their union (合并范围摘要).
 *
 * @param digests - digests from {@link poolDigest}
 * @returns their sum modulo 2^256, 64 hex digits
 * @throws {ShuangsuijiError} `INVALID_INPUT` when a digest is not 64 lowercase hex digits
 *
 * @example
 * ```ts
 * addPoolDigests(poolDigest(['a']), poolDigest(['b'])) === poolDigest(['a', 'b']); //=> true
 * ```
 */
export function addPoolDigests(...digests: string[]): string {
  const parsed = parseInput(z.array(HexDigestSchema), digests, 'INVALID_INPUT', '抽查范围摘要');
  const sum = new DigestSum();
  for (const digest of parsed) sum.addHex(digest);
  return sum.hex();
}
