import { describe, it, expect } from 'vitest';
import { defineRule } from '../../src/plan/index.js';
import { ShuangsuijiError } from '../../src/core/index.js';
import { errorOf } from '../support/error-of.js';

const valid = {
  id: 'local.min-tasks',
  clause: '本局规定',
  severity: 'warning' as const,
  description: '年度计划至少安排10个任务',
  check: () => [],
};


describe('defineRule', () => {
  it('returns the rule, frozen, with the same check', () => {
    const rule = defineRule(valid);
    expect(rule).toEqual(valid);
    expect(rule.check).toBe(valid.check);
    expect(Object.isFrozen(rule)).toBe(true);
  });

  it.each([
    [{ ...valid, id: '' }, ['id']],
    [{ ...valid, id: 'has space' }, ['id']],
    [{ ...valid, id: 'engine.rule-failed' }, ['id']],
    [{ ...valid, severity: 'fatal' }, ['severity']],
    [{ ...valid, description: '' }, ['description']],
    [{ ...valid, clause: 3 }, ['clause']],
    [{ ...valid, check: 'x' }, ['check']],
    [{ ...valid, check: undefined }, ['check']],
  ])('rejects a bad definition with INVALID_INPUT at its path (%#)', (definition, path) => {
    expect(errorOf(() => defineRule(definition as never))).toMatchObject({ code: 'INVALID_INPUT', path });
  });
});
