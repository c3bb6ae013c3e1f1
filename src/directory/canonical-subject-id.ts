import { z } from 'zod';
import { isWellFormedText } from '../core/_internal/well-formed-text.js';
import { ShuangsuijiError } from '../core/errors.js';
import { isValidRegistrationNumber, isValidUscc } from '../core/uscc.js';

/**
 * Zod schema of the declared format of a pool's subject ids (检查对象标识格式): `uscc` (every id
 * is a valid 统一社会信用代码, GB 32100-2015), `registration` (every id is a valid 15-digit
 * 注册号), `uscc-or-registration`, or `any` (no format check; ids must still be canonical).
 *
 * @example
 * ```ts
 * SubjectIdFormatSchema.parse('uscc'); //=> 'uscc'
 * SubjectIdFormatSchema.safeParse('phone').success; //=> false
 * ```
 */
export const SubjectIdFormatSchema = z
  .enum(['uscc', 'registration', 'uscc-or-registration', 'any'])
  .meta({ description: '检查对象标识格式：uscc 统一社会信用代码，registration 15 位注册号，any 不限' });

/**
 * The declared format of subject ids (检查对象标识格式).
 *
 * @example
 * ```ts
 * const format: SubjectIdFormat = 'uscc';
 * ```
 */
export type SubjectIdFormat = z.infer<typeof SubjectIdFormatSchema>;

const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const CONTROL = /[\u0000-\u001f\u007f]/;
const LETTERS_AND_DIGITS_18 = /^[0-9A-Za-z]{18}$/;

function halfWidth(char: string): string {
  const code = char.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
}

/**
 * Whether an id is canonical by the ASCII fast path alone: printable ASCII, no space at either
 * end, and not a lower-case USCC. `undefined` when the slow path must decide.
 */
function asciiCanonical(id: string): boolean | undefined {
  const n = id.length;
  let lower = false;
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return undefined;
    if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  if (id.charCodeAt(0) === 0x20 || id.charCodeAt(n - 1) === 0x20) return false;
  if (lower && n === 18 && isValidUscc(id.toUpperCase())) return false;
  return true;
}

function slowCanonical(id: string): string {
  let text = id.replace(ZERO_WIDTH, '').replace(FULL_WIDTH, halfWidth).normalize('NFC').trim();
  if (LETTERS_AND_DIGITS_18.test(text)) {
    const upper = text.toUpperCase();
    if (isValidUscc(upper)) text = upper;
  }
  return text;
}

/**
 * The canonical form of a subject id (检查对象标识规范形式): zero-width characters
 * (U+200B–U+200D, U+FEFF) removed, full-width ASCII (U+FF01–U+FF5E) and the ideographic space
 * U+3000 made half-width, Unicode NFC, whitespace trimmed at both ends, and a unified social credit
 * code (统一社会信用代码) in upper case. One enterprise entered two ways — `Café` in NFC and NFD,
 * `X` and `X `, `９１…` and `91…`, a lower-case USCC, a trailing zero-width space — has one
 * canonical form, so it is one subject everywhere ids meet: draws reject a non-canonical id
 * (`NON_CANONICAL_ID`), and merges, eligibility histories and KPI distinct counts compare
 * canonical forms. Printable-ASCII ids take a fast path without allocation.
 *
 * @param id - the raw id
 * @returns the canonical id
 * @throws {ShuangsuijiError} `INVALID_INPUT` when `id` is not a string, is not valid Unicode (a
 *   lone surrogate), holds a control character, or is empty once canonical
 *
 * @example
 * ```ts
 * canonicalSubjectId('Cafe\u0301'); //=> 'Café'
 * canonicalSubjectId(' X\u200b '); //=> 'X'
 * canonicalSubjectId('９１３５０１００Ｍ０００１００Ｙ４３'); //=> '91350100M000100Y43'
 * canonicalSubjectId('91350100m000100y43'); //=> '91350100M000100Y43'
 * ```
 */
export function canonicalSubjectId(id: string): string {
  if (typeof id !== 'string') throw new ShuangsuijiError('INVALID_INPUT', '检查对象标识应为字符串', { path: ['id'] });
  const fast = id.length > 0 ? asciiCanonical(id) : undefined;
  if (fast === true) return id;
  if (!isWellFormedText(id)) throw new ShuangsuijiError('INVALID_INPUT', '检查对象标识含有不成对的代理项，不是有效的 Unicode', { path: ['id'] });
  const canonical = slowCanonical(id);
  if (canonical.length === 0) throw new ShuangsuijiError('INVALID_INPUT', '检查对象标识去除空白与零宽字符后为空', { path: ['id'] });
  if (CONTROL.test(canonical)) throw new ShuangsuijiError('INVALID_INPUT', '检查对象标识含有控制字符（如制表符、换行符）', { path: ['id'] });
  return canonical;
}

/**
 * Tells whether an id is already in canonical form (标识是否为规范形式), i.e.
 * `canonicalSubjectId(id) === id`; never throws (a malformed id is not canonical).
 *
 * @param id - the id
 * @returns `true` for a canonical id
 *
 * @example
 * ```ts
 * isCanonicalSubjectId('91350100M000100Y43'); //=> true
 * isCanonicalSubjectId('X '); //=> false
 * ```
 */
export function isCanonicalSubjectId(id: unknown): id is string {
  if (typeof id !== 'string' || id.length === 0) return false;
  const fast = asciiCanonical(id);
  if (fast !== undefined) return fast;
  if (!isWellFormedText(id)) return false;
  return slowCanonical(id) === id && !CONTROL.test(id);
}

/**
 * Tells whether a canonical id fits a declared format (标识是否符合声明的格式).
 *
 * @param id - a canonical id
 * @param format - the declared format
 * @returns `true` when it fits
 *
 * @example
 * ```ts
 * matchesIdFormat('91350100M000100Y43', 'uscc'); //=> true
 * matchesIdFormat('110105000000004', 'uscc'); //=> false
 * matchesIdFormat('110105000000004', 'uscc-or-registration'); //=> true
 * ```
 */
export function matchesIdFormat(id: string, format: SubjectIdFormat): boolean {
  switch (format) {
    case 'uscc':
      return isValidUscc(id);
    case 'registration':
      return isValidRegistrationNumber(id);
    case 'uscc-or-registration':
      return isValidUscc(id) || isValidRegistrationNumber(id);
    default:
      return typeof id === 'string' && format === 'any';
  }
}
