import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fingerprint, idPrefilter } from '../../src/risk/id-prefilter.js';
import { indexHistory } from '../../src/risk/check-history.js';

describe('idPrefilter', () => {
  it('never misses an id of the set (no false negatives)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 24 }), { maxLength: 300 }), (ids) => {
        const prefilter = idPrefilter(ids);
        for (const id of ids) expect(prefilter.mayContain(id)).toBe(true);
      }),
    );
  });

  it('lets few absent ids through', () => {
    const members = Array.from({ length: 2000 }, (_, i) => `S${i * 50}`);
    const prefilter = idPrefilter(members);
    let passed = 0;
    for (let i = 0; i < 100_000; i += 1) if (i % 50 !== 0 && prefilter.mayContain(`S${i}`)) passed += 1;
    expect(passed / 98_000).toBeLessThan(0.05);
    expect(idPrefilter([]).mayContain('S1')).toBe(false);
  });

  it('hashes the same id the same way', () => {
    expect(fingerprint('91330303MA2AAAAA1X')).toBe(fingerprint('91330303MA2AAAAA1X'));
    expect(fingerprint('S1')).not.toBe(fingerprint('S2'));
  });
});

describe('indexHistory', () => {
  it('lists the subjects at the cap and looks counts up', () => {
    const fromRecord = indexHistory({ s1: 2, s2: 1, s3: 3 }, 2);
    expect(fromRecord.atCap).toEqual(['s1', 's3']);
    expect([fromRecord.countOf('s2'), fromRecord.countOf('s9'), fromRecord.countOf('toString')]).toEqual([1, 0, 0]);
    const fromMap = indexHistory(new Map([['s1', 2]]), 3);
    expect(fromMap.atCap).toEqual([]);
    expect(fromMap.countOf('s1')).toBe(2);
  });
});
