import { describe, expect, it } from 'vitest';
import { drawInspectors, drawSubjects, verifyDraw, verifyDrawAsync, verifyInspectorDraw } from '../../src/draw/index.js';

const pool = Array.from({ length: 120 }, (_, i) => ({ id: `S${i}`, riskClass: 'ABCD'[i % 4]! }));
const { record } = drawSubjects({ seed: '20230224', taskId: 'T-07', pool, allocation: { A: 3, B: 3, C: 2, D: 1 }, reserve: 1, exclude: ['S0'] });

describe('verifyDraw', () => {
  it('accepts the honest record with the pool in any order, sync and async', async () => {
    expect(verifyDraw(record, [...pool].reverse())).toEqual({ ok: true, differences: [], fairness: 'not-checked' });
    async function* stream() {
      yield pool.slice(0, 60);
      yield pool.slice(60);
    }
    expect((await verifyDrawAsync(record, stream())).ok).toBe(true);
  });

  it('detects a swapped selected subject', () => {
    const notDrawn = pool.find((p) => p.riskClass === 'A' && ![...record.selected, ...record.reserves].some((s) => s.id === p.id) && p.id !== 'S0')!;
    const tampered = structuredClone(record);
    tampered.selected[0]!.id = notDrawn.id;
    const result = verifyDraw(tampered, pool);
    expect(result.ok).toBe(false);
    expect(result.differences).toContainEqual({ field: 'selected[0].id', recorded: notDrawn.id, recomputed: record.selected[0]!.id });
  });

  it('detects a changed seed (commitment no longer matches), a changed ticket and a changed pool', () => {
    const reseeded = { ...record, seed: '20230225' };
    expect(verifyDraw(reseeded, pool).differences.map((d) => d.field)).toContain('seedCommitment');
    const ticket = structuredClone(record);
    ticket.reserves[0]!.ticket = '0.1';
    expect(verifyDraw(ticket, pool).differences.map((d) => d.field)).toEqual(['reserves[0].ticket']);
    const fewer = verifyDraw(record, pool.slice(1));
    expect(fewer.ok).toBe(false);
    expect(fewer.differences.map((d) => d.field)).toContain('poolCommitment');
  });

  it('reports a pool that cannot reproduce the record as a difference, not an exception', () => {
    const result = verifyDraw(record, pool.filter((p) => p.riskClass !== 'D'));
    expect(result.ok).toBe(false);
    expect(result.differences.at(-1)).toMatchObject({ field: 'pool', recomputed: expect.stringContaining('SAMPLE_TOO_LARGE') });
  });

  it('throws INVALID_RECORD only for a malformed record', () => {
    expect(() => verifyDraw({ ...record, scheme: 'other' } as never, pool)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', path: ['scheme'] }));
    expect(() => verifyDraw({ ...record, seed: '' }, pool)).toThrow(expect.objectContaining({ code: 'EMPTY_SEED' }));
  });
});

describe('verifyInspectorDraw', () => {
  const inspectors = Array.from({ length: 6 }, (_, i) => ({ id: `I${i}`, name: `人员${i}`, department: i < 3 ? '一所' : '特种设备科' }));
  const visits = [
    { id: 'V1', subjectId: 'S1', departments: ['一所', '特种设备科'] },
    { id: 'V2', subjectId: 'S2', departments: ['一所'] },
  ];
  const drawn = drawInspectors({ seed: '7', visits, inspectors });

  it('accepts the honest record and detects a swapped inspector', () => {
    expect(verifyInspectorDraw(drawn.record, inspectors)).toMatchObject({ ok: true, differences: [], fairness: 'not-checked' });
    const tampered = structuredClone(drawn.record);
    const other = inspectors.find((i) => !tampered.assignments[1]!.inspectors.some((x) => x.id === i.id) && i.department === '一所')!;
    tampered.assignments[1]!.inspectors[0]!.id = other.id;
    // the claims check sees the ticket that is not the new id's; the replay the id
    expect(verifyInspectorDraw(tampered, inspectors).differences.map((d) => d.field)).toEqual(['assignments[1].inspectors[0].ticket', 'assignments[1].inspectors[0].id']);
  });

  it('reports a directory that can no longer staff the visits as a difference', () => {
    const result = verifyInspectorDraw(drawn.record, inspectors.slice(0, 3));
    expect(result.ok).toBe(false);
    expect(result.differences.map((d) => d.field)).toEqual(['assignments[0].inspectors[1].id', 'assignments[0].complete', 'inspectors']);
  });
});

describe('verifyDraw — malformed pool', () => {
  it('throws INVALID_INPUT for a pool that is not iterable or holds a bad item', () => {
    expect(() => verifyDraw(record, 5 as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['pool'] }));
    expect(() => verifyDraw(record, [{ id: '', riskClass: 'A' }])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['pool', 0, 'id'] }));
  });
});
