import { describe, expect, it } from 'vitest';
import { StratumSizesSchema, requirePolicy, zhejiang2023 } from '../../src/index.js';
import { parseInput } from '../../src/core/parse-input.js';

/** zod takes a Promise returned by a preprocess step for an async result and crashed in a sync parse. */
describe('a Promise where data is expected', () => {
  it('in a policy source is INVALID_POLICY at its path, not a TypeError', () => {
    const policy = JSON.parse(JSON.stringify(zhejiang2023)) as { sources: Record<string, unknown> };
    policy.sources['fullCoverageClasses'] = Promise.resolve('通知·二');
    expect(() => requirePolicy(policy as never, ['policy'])).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY', path: ['policy', 'sources', 'fullCoverageClasses'] }),
    );
  });

  it('as stratum sizes, or inside them, is INVALID_INPUT', () => {
    for (const sizes of [Promise.resolve({ A: 1 }), { sizes: Promise.resolve({ A: 1 }) }]) {
      expect(() => parseInput(StratumSizesSchema, sizes)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('Promise') }));
    }
  });
});
