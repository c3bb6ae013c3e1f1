import { ShuangsuijiError } from '../../core/errors.js';
import { compareCodePoints } from './compare-code-points.js';
import { compareTicketDigests } from './ticket-digits.js';
import { ticketKey } from './ticket-key.js';
import { decodeUtf8, encodeUtf8Into, isUtf8 } from './utf8.js';

/** `SSJS`: the first four bytes of a binary sampler state. */
const MAGIC = [0x53, 0x53, 0x4a, 0x53] as const;
/** Version of the layout below; a reader refuses any other. */
export const SAMPLER_BYTES_VERSION = 1;
/** Flag bit: the state carries per-stratum pool digests. */
const FLAG_POOL_DIGEST = 1;
/** Bytes before the seed: magic, version, flags, two reserved zero bytes, total length. */
const HEADER = 12;

/**
 * One stratum of a binary sampler state (二进制分层状态，内部). `digests` holds the retained
 * entries' ticket digests, eight words each, in the order of `ids`.
 *
 * @example
 * ```ts
 * const stratum: StratumBytes = { name: '*', size: 1, poolSize: 1, excluded: 0, poolDigest: null, ids: ['a'], digests: new Int32Array(8) };
 * stratum.ids.length * 8 === stratum.digests.length; //=> true
 * ```
 */
export interface StratumBytes {
  readonly name: string;
  readonly size: number;
  readonly poolSize: number;
  readonly excluded: number;
  /** Eight words, or `null` when the state has no pool digests. */
  readonly poolDigest: Int32Array | null;
  readonly ids: readonly string[];
  readonly digests: Int32Array;
}

/**
 * The content of a binary sampler state (二进制抽样累加器状态，内部): what {@link SamplerState}
 * holds, with digests as words instead of hex.
 *
 * @example
 * ```ts
 * const state: SamplerBytes = { scheme: 'consistent-sampler/2', seed: 's', reserve: 0, excludeDigest: new Int32Array(8), poolDigest: false, strata: [] };
 * decodeSamplerState(encodeSamplerState(state)).seed; //=> 's'
 * ```
 */
export interface SamplerBytes<S extends StratumBytes | DecodedStratum = StratumBytes> {
  readonly scheme: string;
  readonly seed: string;
  readonly reserve: number;
  readonly excludeDigest: Int32Array;
  readonly poolDigest: boolean;
  /** In code-point order of their names, each name once. */
  readonly strata: readonly S[];
}

/**
 * One stratum as read from bytes (解码后的分层状态，内部): the ids stay UTF-8 in the buffer, checked,
 * until {@link DecodedStratum.idAt} makes a string of one — a merge needs only those it keeps. The
 * entries are in ticket order (checked), with their {@link ticketKey}s.
 *
 * @example
 * ```ts
 * const stratum: DecodedStratum = decodeSamplerState(encodeSamplerState({ scheme: 'x', seed: 's', reserve: 0, excludeDigest: new Int32Array(8), poolDigest: false, strata: [{ name: '*', size: 1, poolSize: 1, excluded: 0, poolDigest: null, ids: ['a'], digests: new Int32Array(8) }] })).strata[0]!;
 * [stratum.count, stratum.idAt(0)]; //=> [1, 'a']
 * ```
 */
export interface DecodedStratum {
  readonly name: string;
  readonly size: number;
  readonly poolSize: number;
  readonly excluded: number;
  readonly poolDigest: Int32Array | null;
  readonly count: number;
  readonly digests: Int32Array;
  readonly keys: Float64Array;
  /** The id of entry `i` (0 ≤ i < count), decoded on demand. */
  idAt(i: number): string;
}

/**
 * Writes a sampler state as bytes (抽样累加器状态的二进制编码，内部), big-endian throughout:
 *
 * ```text
 * 0   'S' 'S' 'J' 'S'             magic
 * 4   u8  version (1)
 * 5   u8  flags (bit 0: pool digests)
 * 6   u16 0 (reserved)
 * 8   u32 total length in bytes
 * 12  text scheme, text seed       (text = u32 byte length + UTF-8)
 *     f64 reserve, 32 bytes exclusion digest, u32 number of strata
 *     per stratum: text name, f64 size, f64 poolSize, f64 excluded,
 *       [32 bytes pool digest, when flagged], u32 number of retained entries n,
 *       n × 32 bytes ticket digests, n × u32 id byte lengths, the ids' UTF-8 bytes
 * ```
 *
 * The buffer is exactly as long as the state, so a worker can transfer it whole.
 *
 * @param state - the state (ids must be well-formed Unicode, as added ids are)
 * @returns the bytes, in a buffer of their own
 *
 * @example
 * ```ts
 * const bytes = encodeSamplerState({ scheme: 'consistent-sampler/2', seed: 's', reserve: 0, excludeDigest: new Int32Array(8), poolDigest: false, strata: [] });
 * [bytes[0], bytes[4], bytes.length === bytes.buffer.byteLength]; //=> [0x53, 1, true]
 * ```
 */
export function encodeSamplerState(state: SamplerBytes): Uint8Array<ArrayBuffer> {
  let bound = HEADER + 8 + 3 * (state.scheme.length + state.seed.length) + 8 + 32 + 4;
  for (const stratum of state.strata) {
    bound += 4 + 3 * stratum.name.length + 24 + (state.poolDigest ? 32 : 0) + 4 + 36 * stratum.ids.length;
    for (const id of stratum.ids) bound += 3 * id.length;
  }
  const scratch = new Uint8Array(bound);
  const view = new DataView(scratch.buffer);
  let at = 0;
  const text = (value: string): void => {
    const length = encodeUtf8Into(value, scratch, at + 4);
    if (length < 0) throw new ShuangsuijiError('INVALID_INPUT', '抽样累加器状态含有不成对的代理项，不能编码为 UTF-8');
    view.setUint32(at, length);
    at += 4 + length;
  };
  const words = (source: Int32Array, offset: number, count: number): void => {
    for (let i = 0; i < count; i++, at += 4) view.setInt32(at, source[offset + i]!);
  };
  scratch.set(MAGIC, 0);
  scratch[4] = SAMPLER_BYTES_VERSION;
  scratch[5] = state.poolDigest ? FLAG_POOL_DIGEST : 0;
  at = HEADER;
  text(state.scheme);
  text(state.seed);
  view.setFloat64(at, state.reserve);
  at += 8;
  words(state.excludeDigest, 0, 8);
  view.setUint32(at, state.strata.length);
  at += 4;
  for (const stratum of state.strata) {
    text(stratum.name);
    view.setFloat64(at, stratum.size);
    view.setFloat64(at + 8, stratum.poolSize);
    view.setFloat64(at + 16, stratum.excluded);
    at += 24;
    if (state.poolDigest) words(stratum.poolDigest ?? new Int32Array(8), 0, 8);
    const n = stratum.ids.length;
    view.setUint32(at, n);
    at += 4;
    words(stratum.digests, 0, 8 * n);
    const lengths = at;
    at += 4 * n;
    for (let i = 0; i < n; i++) {
      const length = encodeUtf8Into(stratum.ids[i]!, scratch, at);
      if (length < 0) throw new ShuangsuijiError('INVALID_INPUT', '抽样累加器状态含有不成对的代理项，不能编码为 UTF-8');
      view.setUint32(lengths + 4 * i, length);
      at += length;
    }
  }
  view.setUint32(8, at);
  return scratch.slice(0, at);
}

/**
 * Reads a binary sampler state (抽样累加器状态的二进制解码，内部), checking every field against
 * the buffer before using it: whatever the bytes, it returns a well-formed state or throws
 * `INVALID_INPUT` naming the byte offset — no read past the end, no allocation larger than the
 * buffer, no loop longer than it. Strata must come in code-point order of their names, each once;
 * sizes and counts must be non-negative safe integers; each stratum's entries must be in ticket
 * order (as `stateBytes()` writes them) and its ids well-formed UTF-8; the scheme is returned for the
 * caller to check. The ids are only checked here: {@link DecodedStratum.idAt} decodes one.
 *
 * @param bytes - the buffer (a `Uint8Array`, possibly over a shared or larger buffer)
 * @returns the state
 * @throws {ShuangsuijiError} `INVALID_INPUT` (not a state, another version, truncated, trailing
 *   bytes, a length beyond the buffer, text that is not UTF-8, an empty id or name)
 *
 * @example
 * ```ts
 * decodeSamplerState(new Uint8Array([1, 2, 3])); // throws INVALID_INPUT
 * ```
 */
export function decodeSamplerState(bytes: Uint8Array): SamplerBytes<DecodedStratum> {
  const end = bytes.length;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const fail = (what: string, offset = at): never => {
    throw new ShuangsuijiError('INVALID_INPUT', `抽样累加器二进制状态无效：${what}（第 ${offset} 字节）`, { details: { offset } });
  };
  const need = (count: number, what: string): void => {
    if (count > end - at) fail(`${what}超出数据末尾，数据被截断或长度有误`);
  };
  if (end < HEADER || MAGIC.some((byte, i) => bytes[i] !== byte)) fail('不是抽样累加器的二进制状态（开头应为 SSJS）', 0);
  const version = bytes[4]!;
  if (version !== SAMPLER_BYTES_VERSION) {
    throw new ShuangsuijiError('INVALID_INPUT', `抽样累加器二进制状态的版本 ${version} 不受支持（本库读取版本 ${SAMPLER_BYTES_VERSION}）`, {
      details: { offset: 4, version, supported: SAMPLER_BYTES_VERSION },
    });
  }
  const flags = bytes[5]!;
  if ((flags & ~FLAG_POOL_DIGEST) !== 0 || bytes[6] !== 0 || bytes[7] !== 0) fail('标志位或保留字节不为零', 5);
  const total = view.getUint32(8);
  if (total !== end) fail(`记录的总长度 ${total} 与实际长度 ${end} 不符，数据被截断或有多余字节`, 8);
  at = HEADER;
  const text = (what: string, nonEmpty: boolean): string => {
    need(4, what);
    const length = view.getUint32(at);
    at += 4;
    need(length, what);
    if (nonEmpty && length === 0) fail(`${what}为空`);
    const value = decodeUtf8(bytes, at, at + length);
    if (value === null) fail(`${what}不是有效的 UTF-8`);
    at += length;
    return value!;
  };
  const count = (what: string): number => {
    need(8, what);
    const value = view.getFloat64(at);
    if (!Number.isSafeInteger(value) || value < 0) fail(`${what}应为非负整数，实为 ${value}`);
    at += 8;
    return value;
  };
  const words = (out: Int32Array, offset: number, n: number): void => {
    for (let i = 0; i < n; i++, at += 4) out[offset + i] = view.getInt32(at);
  };
  const scheme = text('方法标识', true);
  const seed = text('随机种子', true);
  const reserve = count('备选数量');
  need(36, '排除名单摘要');
  const excludeDigest = new Int32Array(8);
  words(excludeDigest, 0, 8);
  const strataCount = view.getUint32(at);
  at += 4;
  const poolDigest = (flags & FLAG_POOL_DIGEST) !== 0;
  // a stratum takes at least 4 + 1 + 24 + 4 bytes: a count beyond that cannot be right
  if (strataCount > (end - at) / 33) fail(`分层数 ${strataCount} 超出数据长度`, at - 4);
  const strata: DecodedStratum[] = [];
  let previous: string | null = null;
  for (let s = 0; s < strataCount; s++) {
    const nameAt = at;
    const name = text('分层名称', true);
    if (previous !== null && compareCodePoints(previous, name) >= 0) fail(`分层 ${name} 未按名称的码点顺序排列或重复`, nameAt);
    previous = name;
    const size = count('抽取数量');
    const poolSize = count('抽查范围数量');
    const excluded = count('排除数量');
    let stratumDigest: Int32Array | null = null;
    if (poolDigest) {
      need(32, '抽查范围摘要');
      stratumDigest = new Int32Array(8);
      words(stratumDigest, 0, 8);
    }
    need(4, '保留项数');
    const n = view.getUint32(at);
    at += 4;
    need(36 * n, `分层 ${name} 的 ${n} 个保留项`);
    const digestsAt = at;
    const digests = new Int32Array(8 * n);
    words(digests, 0, 8 * n);
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      keys[i] = ticketKey(digests, i * 8);
      if (i > 0 && (keys[i]! < keys[i - 1]! || (keys[i] === keys[i - 1] && compareTicketDigests(digests, (i - 1) * 8, digests, i * 8) > 0))) {
        fail(`分层 ${name} 的保留项未按票号顺序排列`, digestsAt + 32 * i);
      }
    }
    const lengths = at;
    at += 4 * n;
    const starts = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const length = view.getUint32(lengths + 4 * i);
      need(length, `分层 ${name} 第 ${i + 1} 个保留项的标识`);
      if (length === 0) fail(`分层 ${name} 第 ${i + 1} 个保留项的标识为空`, lengths + 4 * i);
      if (!isUtf8(bytes, at, at + length)) fail(`分层 ${name} 第 ${i + 1} 个保留项的标识不是有效的 UTF-8`);
      starts[i] = at;
      at += length;
    }
    starts[n] = at;
    const idAt = (i: number): string => decodeUtf8(bytes, starts[i]!, starts[i + 1]!)!;
    strata.push({ name, size, poolSize, excluded, poolDigest: stratumDigest, count: n, digests, keys, idAt });
  }
  if (at !== end) fail(`状态之后还有 ${end - at} 个多余字节`);
  return { scheme, seed, reserve, excludeDigest, poolDigest, strata };
}
