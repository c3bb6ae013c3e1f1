import { z } from 'zod';

/** The 31 characters of GB 32100-2015 (digits and capitals without I, O, Z, S, V), in value order. */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Position weights of the first 17 characters (GB 32100-2015, 5.2). */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const USCC_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/**
 * Computes the check character of a unified social credit code from its first 17 characters
 * (统一社会信用代码校验码, GB 32100-2015): `(31 − Σ(value × weight) mod 31) mod 31`.
 *
 * @param body - the first 17 characters
 * @returns the check character, or `undefined` when `body` is not 17 valid characters
 *
 * @example
 * ```ts
 * usccCheckCharacter('91350100M000100Y4'); //=> '3'
 * ```
 */
export function usccCheckCharacter(body: string): string | undefined {
  if (typeof body !== 'string' || body.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_CHARSET.indexOf(body[i] as string);
    if (value < 0) return undefined;
    sum += value * (USCC_WEIGHTS[i] as number);
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * Tells whether a string is a valid unified social credit code (统一社会信用代码, GB 32100-2015):
 * 18 characters from the 31-character set, a 6-digit administrative division code in
 * positions 3–8, and the right check character.
 *
 * @param code - the candidate code (upper case, no spaces)
 * @returns `true` when the code is well formed and its check character is right
 *
 * @example
 * ```ts
 * isValidUscc('91350100M000100Y43'); //=> true
 * isValidUscc('91350100M000100Y44'); //=> false
 * isValidUscc('91350100M000100I43'); //=> false ('I' is not in the character set)
 * ```
 */
export function isValidUscc(code: unknown): code is string {
  if (typeof code !== 'string' || !USCC_PATTERN.test(code)) return false;
  return usccCheckCharacter(code.slice(0, 17)) === code[17];
}

/**
 * Computes the check digit of a 15-digit business registration number from its first 14 digits
 * (工商注册号校验位, GS15-2006, ISO 7064 MOD 11,10).
 *
 * @param body - the first 14 digits
 * @returns the check digit, or `undefined` when `body` is not 14 digits
 *
 * @example
 * ```ts
 * registrationNumberCheckDigit('11010500000000'); //=> '4'
 * ```
 */
export function registrationNumberCheckDigit(body: string): string | undefined {
  if (typeof body !== 'string' || !/^\d{14}$/.test(body)) return undefined;
  let product = 10;
  for (const char of body) {
    let sum = (product + Number(char)) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return String((11 - product) % 10);
}

/**
 * Tells whether a string is a valid 15-digit registration number (注册号) of the kind older
 * individual businesses (个体工商户) still carry (ISO 7064 MOD 11,10 check digit).
 *
 * @param code - the candidate number
 * @returns `true` when it has 15 digits and a right check digit
 *
 * @example
 * ```ts
 * isValidRegistrationNumber('110105000000004'); //=> true
 * isValidRegistrationNumber('110105000000001'); //=> false
 * ```
 */
export function isValidRegistrationNumber(code: unknown): code is string {
  return typeof code === 'string' && /^\d{15}$/.test(code) && registrationNumberCheckDigit(code.slice(0, 14)) === code[14];
}

/**
 * Zod schema of a unified social credit code (统一社会信用代码); a bad code fails with `INVALID_USCC`.
 *
 * @example
 * ```ts
 * UsccSchema.parse('91350100M000100Y43'); //=> '91350100M000100Y43'
 * ```
 */
export const UsccSchema = /* @__PURE__ */ (() => z
  .string()
  .refine(isValidUscc, { message: '不是有效的统一社会信用代码（GB 32100-2015）', params: { code: 'INVALID_USCC' } })
  .meta({ description: '统一社会信用代码（GB 32100-2015）', pattern: USCC_PATTERN.source }))();

/**
 * Zod schema of a subject code that is either a unified social credit code or, for older
 * individual businesses, a 15-digit registration number (统一社会信用代码或注册号).
 *
 * @example
 * ```ts
 * UsccOrRegistrationNumberSchema.parse('110105000000004'); //=> '110105000000004'
 * ```
 */
export const UsccOrRegistrationNumberSchema = /* @__PURE__ */ (() => z
  .string()
  .refine((code) => isValidUscc(code) || isValidRegistrationNumber(code), {
    message: '不是有效的统一社会信用代码或15位注册号',
    params: { code: 'INVALID_USCC' },
  })
  .meta({ description: '统一社会信用代码或15位注册号', pattern: `${USCC_PATTERN.source}|^\\d{15}$` }))();
