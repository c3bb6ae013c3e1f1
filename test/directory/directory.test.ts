import { describe, expect, it } from 'vitest';
import {
  InspectorSchema,
  PoolFilterSchema,
  SubjectSchema,
  filterPool,
  matchesPool,
  parseInput,
  type Subject,
} from '../../src/index.js';

const subject = (overrides: Partial<Subject> & { id: string }): Subject =>
  SubjectSchema.parse({ name: overrides.id, kind: 'enterprise', ...overrides });

describe('SubjectSchema', () => {
  it('fills defaults: operating, no tags, no domain classes', () => {
    expect(SubjectSchema.parse({ id: 's1', name: '甲公司', kind: 'enterprise' })).toEqual({
      id: 's1',
      name: '甲公司',
      kind: 'enterprise',
      status: 'operating',
      tags: [],
      domainRiskClasses: {},
    });
  });

  it('rejects a bad USCC with INVALID_USCC at its path, and an unknown kind with INVALID_INPUT', () => {
    expect(() => parseInput(SubjectSchema, { id: 's', name: 'x', kind: 'enterprise', uscc: '91350100M000100Y44' })).toThrow(
      expect.objectContaining({ code: 'INVALID_USCC', path: ['uscc'] }),
    );
    expect(() => parseInput(SubjectSchema, { id: 's', name: 'x', kind: 'company' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['kind'] }),
    );
    expect(() => parseInput(SubjectSchema, { id: 's', name: 'x', kind: 'enterprise', riskClass: 'E' })).toThrow(
      expect.objectContaining({ path: ['riskClass'] }),
    );
  });
});

describe('InspectorSchema', () => {
  it('fills defaults and validates the certificate date', () => {
    expect(InspectorSchema.parse({ id: 'I1', name: '张三', department: '餐饮科' })).toMatchObject({
      active: true,
      qualifications: [],
      conflicts: [],
      regions: [],
    });
    expect(() => parseInput(InspectorSchema, { id: 'I1', name: '张三', department: '餐饮科', certificateValidUntil: '2023-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', path: ['certificateValidUntil'] }),
    );
  });
});

describe('pool filters', () => {
  const directory = [
    subject({ id: 'food-A', tags: ['catering'], riskClass: 'A', region: '永中街道', unit: '永中所', grid: 'G1' }),
    subject({ id: 'lift-D', tags: ['lift-user', 'advertising'], riskClass: 'D', region: '蒲州街道', unit: '蒲州所' }),
    subject({ id: 'ind-B', kind: 'individual', tags: ['catering'], riskClass: 'B', region: '永中街道' }),
    subject({ id: 'gone', tags: ['catering'], status: 'deregistered' }),
  ];
  const ids = (input: unknown) => [...filterPool(directory, PoolFilterSchema.parse(input))].map((s) => s.id);

  it('an empty filter is every operating subject (不定向抽查)', () => {
    expect(ids({})).toEqual(['food-A', 'lift-D', 'ind-B']);
  });

  it('combines criteria with AND, values within one criterion with OR', () => {
    expect(ids({ tags: ['catering'] })).toEqual(['food-A', 'ind-B']);
    expect(ids({ tags: ['catering'], kinds: ['enterprise'] })).toEqual(['food-A']);
    expect(ids({ tags: ['catering', 'lift-user'] })).toEqual(['food-A', 'lift-D', 'ind-B']);
    expect(ids({ allTags: ['lift-user', 'advertising'] })).toEqual(['lift-D']);
    expect(ids({ excludeTags: ['advertising'] })).toEqual(['food-A', 'ind-B']);
    expect(ids({ regions: ['永中街道'] })).toEqual(['food-A', 'ind-B']);
    expect(ids({ units: ['蒲州所'] })).toEqual(['lift-D']);
    expect(ids({ grids: ['G1'] })).toEqual(['food-A']);
    expect(ids({ riskClasses: ['C', 'D'] })).toEqual(['lift-D']);
    expect(ids({ statuses: ['deregistered'] })).toEqual(['gone']);
  });

  it('a subject without the filtered field does not match', () => {
    const bare = subject({ id: 'bare' });
    expect(matchesPool(bare, PoolFilterSchema.parse({ regions: ['永中街道'] }))).toBe(false);
    expect(matchesPool(bare, PoolFilterSchema.parse({ riskClasses: ['B'] }))).toBe(false);
  });
});

describe('pool filter errors', () => {
  it('a bad filter or directory is INVALID_INPUT with its path', () => {
    expect(() => filterPool([], { kinds: ['company'] } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['kinds', 0] }));
    expect(() => filterPool(42 as never, {})).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['subjects'] }));
    expect(() => matchesPool(null as never, PoolFilterSchema.parse({}))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['subject'] }));
  });

  it('an unparsed filter still means operating subjects only', () => {
    expect(matchesPool(subject({ id: 'x', status: 'revoked' }), {} as never)).toBe(false);
    expect(matchesPool(subject({ id: 'y' }), {} as never)).toBe(true);
  });
});
