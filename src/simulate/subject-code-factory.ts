import { registrationNumberCheckDigit } from '../core/uscc.js';
import { createPrng } from './prng.js';

/**
 * The 31 characters of GB 32100-2015, in value order (代码字符集).
 *
 * @example
 * ```ts
 * USCC_BODY_CHARSET.length; //=> 31
 * ```
 */
export const USCC_BODY_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Number of distinct 6-character serials in the USCC charset: 31^6 (序号空间).
 *
 * @example
 * ```ts
 * USCC_SERIAL_SPACE; //=> 887503681
 * ```
 */
export const USCC_SERIAL_SPACE = 31 ** 6; // 887 503 681

/**
 * Number of distinct legacy registration serials: 7th digit 6–9 (个体工商户) × 7 digits (注册号序号空间).
 *
 * @example
 * ```ts
 * REGISTRATION_SERIAL_SPACE; //=> 40000000
 * ```
 */
export const REGISTRATION_SERIAL_SPACE = 4 * 10 ** 7;

const SERIAL_DIGITS = 6;
/** Position weights of GB 32100-2015 (5.2), as in `core/uscc.ts`. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Registration authority 9 (市场监管) + type: 1 enterprise, 2 individual business, 3 farmer cooperative. */
const TYPE_PREFIX = { enterprise: '91', individual: '92', cooperative: '93' } as const;

/**
 * Kinds of subject the factory codes (主体类型，企业/个体/合作社).
 *
 * @example
 * ```ts
 * const kind: CodedKind = 'cooperative';
 * ```
 */
export type CodedKind = keyof typeof TYPE_PREFIX;

/**
 * Builds unique subject codes from subject ordinals (主体代码生成器).
 *
 * @example
 * ```ts
 * const codes: SubjectCodeFactory = createSubjectCodeFactory('demo', '330303');
 * codes.uscc(1, 'individual', '000').slice(0, 11); //=> '92330303000'
 * ```
 */
export interface SubjectCodeFactory {
  /** The USCC of subject `index` (0 ≤ index < {@link USCC_SERIAL_SPACE}); `lead` is 3 free body characters. */
  uscc(index: number, kind: CodedKind, lead: string): string;
  /** The 15-digit 注册号 of legacy subject `ordinal`, or `undefined` once the serial space is used up. */
  registrationNumber(ordinal: number): string | undefined;
}

/**
 * Creates the code factory of a synthetic directory (合成主体代码). Uniqueness holds by
 * construction, with no memory of codes already issued: the last six body characters of a USCC
 * are a keyed bijection of the subject's index (two affine maps modulo 31^6 around a base-31 digit
 * reversal, then a keyed substitution per position), so distinct indexes give distinct codes; the
 * 注册号 serial is a keyed affine bijection modulo 4·10^7 of the legacy ordinal. All products stay
 * below 2^53, so the arithmetic is exact in every engine.
 *
 * @param seed - the directory seed (non-empty)
 * @param divisionCode - the 6-digit administrative division code (行政区划代码)
 * @returns the factory
 * @throws {ShuangsuijiError} `EMPTY_SEED` for an empty seed
 *
 * @example
 * ```ts
 * const codes = createSubjectCodeFactory('demo', '330303');
 * isValidUscc(codes.uscc(0, 'enterprise', 'MA2')); //=> true
 * codes.uscc(0, 'enterprise', 'MA2').slice(0, 11); //=> '91330303MA2'
 * isValidRegistrationNumber(codes.registrationNumber(0)); //=> true
 * ```
 */
export function createSubjectCodeFactory(seed: string, divisionCode: string): SubjectCodeFactory {
  const keys = createPrng(`${seed}/codes`);
  // a·x + b with x < 31^6 stays below 2^53 while a < 10^7; a must be prime to 31.
  const a1 = coprimeMultiplier(keys.int(10 ** 7 - 2) + 2, 31);
  const b1 = keys.int(USCC_SERIAL_SPACE);
  const a2 = coprimeMultiplier(keys.int(10 ** 7 - 2) + 2, 31);
  const b2 = keys.int(USCC_SERIAL_SPACE);
  const substitutions: number[][] = [];
  for (let position = 0; position < SERIAL_DIGITS; position += 1) {
    substitutions.push(shuffle(keys.next, Array.from({ length: 31 }, (_, value) => value)));
  }
  // a·x + b with x < 4·10^7 stays below 2^53 while a < 2·10^8; a must be prime to 10.
  const a3 = coprimeMultiplier(keys.int(10 ** 8 - 3) + 3, 10);
  const b3 = keys.int(REGISTRATION_SERIAL_SPACE);

  // Σ value × weight of the first 8 characters (type prefix and division code), per kind.
  const headSums = {
    enterprise: weightedSum(`${TYPE_PREFIX.enterprise}${divisionCode}`, 0),
    individual: weightedSum(`${TYPE_PREFIX.individual}${divisionCode}`, 0),
    cooperative: weightedSum(`${TYPE_PREFIX.cooperative}${divisionCode}`, 0),
  };
  const CHAR_CODES = Array.from(USCC_BODY_CHARSET, (char) => char.charCodeAt(0));
  const divisionCodes = Array.from(divisionCode, (char) => char.charCodeAt(0));
  /** Char codes of the code being built, reused: one flat string per code, no intermediate strings. */
  const chars = [0x39, 0, ...divisionCodes, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const typeChars = { enterprise: 0x31, individual: 0x32, cooperative: 0x33 };

  return {
    uscc(index, kind, lead) {
      let x = (a1 * index + b1) % USCC_SERIAL_SPACE;
      x = reverseBase31(x);
      x = (a2 * x + b2) % USCC_SERIAL_SPACE;
      let sum = headSums[kind];
      chars[1] = typeChars[kind];
      for (let i = 0; i < 3; i += 1) {
        chars[8 + i] = lead.charCodeAt(i);
        sum += USCC_BODY_CHARSET.indexOf(lead[i] as string) * (USCC_WEIGHTS[8 + i] as number);
      }
      for (let position = SERIAL_DIGITS - 1; position >= 0; position -= 1) {
        const value = (substitutions[position] as number[])[x % 31] as number;
        sum += value * (USCC_WEIGHTS[11 + position] as number);
        chars[11 + position] = CHAR_CODES[value] as number;
        x = Math.floor(x / 31);
      }
      chars[17] = CHAR_CODES[(31 - (sum % 31)) % 31] as number;
      return String.fromCharCode(...chars);
    },
    registrationNumber(ordinal) {
      if (ordinal >= REGISTRATION_SERIAL_SPACE) return undefined;
      const x = (a3 * ordinal + b3) % REGISTRATION_SERIAL_SPACE;
      const body = `${divisionCode}${6 + Math.floor(x / 10 ** 7)}${String(x % 10 ** 7).padStart(7, '0')}`;
      return body + (registrationNumberCheckDigit(body) as string);
    },
  };
}

/** Σ value × weight of the characters of `text`, the first at body position `from`. */
function weightedSum(text: string, from: number): number {
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) {
    sum += USCC_BODY_CHARSET.indexOf(text[i] as string) * (USCC_WEIGHTS[from + i] as number);
  }
  return sum;
}

function coprimeMultiplier(start: number, modulusBase: number): number {
  let a = start;
  while (gcd(a, modulusBase) !== 1) a += 1;
  return a;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function reverseBase31(value: number): number {
  let x = value;
  let reversed = 0;
  for (let i = 0; i < SERIAL_DIGITS; i += 1) {
    reversed = reversed * 31 + (x % 31);
    x = Math.floor(x / 31);
  }
  return reversed;
}

function shuffle<T>(next: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    const held = items[i] as T;
    items[i] = items[j] as T;
    items[j] = held;
  }
  return items;
}
