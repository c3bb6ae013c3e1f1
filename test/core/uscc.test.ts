import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  UsccOrRegistrationNumberSchema,
  UsccSchema,
  isValidRegistrationNumber,
  isValidUscc,
  parseInput,
  registrationNumberCheckDigit,
  usccCheckCharacter,
} from '../../src/core/index.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the standard example and computes its check character', () => {
    // Σ value×weight of 91350100M000100Y4 = 1640; 1640 mod 31 = 28; (31 − 28) mod 31 = 3 → check char '3'
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
  });

  it('rejects a wrong check character, a bad length, lower case and excluded letters', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('91350100m000100y43')).toBe(false);
    for (const bad of ['I', 'O', 'Z', 'S', 'V']) expect(isValidUscc(`91350100M000100${bad}43`)).toBe(false);
    expect(isValidUscc('9135010AM000100Y43')).toBe(false); // division code must be digits
    expect(isValidUscc(913501)).toBe(false);
  });

  it('every 17-character body has exactly one valid check character (property)', () => {
    const char = fc.constantFrom(...CHARSET.split(''));
    const digit = fc.constantFrom(...'0123456789'.split(''));
    const body = fc.tuple(fc.array(char, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 6, maxLength: 6 }), fc.array(char, { minLength: 9, maxLength: 9 })).map(
      ([a, b, c]) => [...a, ...b, ...c].join(''),
    );
    fc.assert(
      fc.property(body, (b) => {
        const valid = CHARSET.split('').filter((c) => isValidUscc(b + c));
        return valid.length === 1 && valid[0] === usccCheckCharacter(b);
      }),
    );
  });

  it('UsccSchema fails with INVALID_USCC', () => {
    expect(UsccSchema.parse('91350100M000100Y43')).toBe('91350100M000100Y43');
    expect(() => parseInput(UsccSchema, '91350100M000100Y44')).toThrow(expect.objectContaining({ code: 'INVALID_USCC' }));
  });
});

describe('15-digit registration number (ISO 7064 MOD 11,10)', () => {
  it('computes the check digit by hand', () => {
    // p=10; digits 1,1,0,1,0,5,0,0,0,0,0,0,0,0 → p = 7 at the end; check d with (7 + d) mod 10 = 1 → d = 4
    expect(registrationNumberCheckDigit('11010500000000')).toBe('4');
    expect(isValidRegistrationNumber('110105000000004')).toBe(true);
    expect(isValidRegistrationNumber('110105000000001')).toBe(false);
    expect(isValidRegistrationNumber('11010500000000')).toBe(false);
    expect(isValidRegistrationNumber('11010500000000A')).toBe(false);
  });

  it('the subject-code schema takes either form', () => {
    expect(UsccOrRegistrationNumberSchema.parse('110105000000004')).toBe('110105000000004');
    expect(UsccOrRegistrationNumberSchema.parse('91350100M000100Y43')).toBe('91350100M000100Y43');
    expect(() => parseInput(UsccOrRegistrationNumberSchema, '110105000000001')).toThrow(expect.objectContaining({ code: 'INVALID_USCC' }));
  });
});
