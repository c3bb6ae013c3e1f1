import { describe, expect, it } from 'vitest';
import { drawInspectors, verifyInspectorDraw, type InspectorDrawRecord } from '../../src/draw/index.js';

// Issue 16: verifyInspectorDraw checks the record's claims (constraints, loads, cap) and replays
// the draw, so a record that is self-consistent but not the draw is still caught.

const inspectors = [
  { id: 'I1', name: '甲', department: '一所', qualifications: ['special-equipment'] },
  { id: 'I2', name: '乙', department: '一所', qualifications: ['special-equipment'] },
  { id: 'I3', name: '丙', department: '一所', conflicts: ['S3'] },
  { id: 'I4', name: '丁', department: '一所' },
  { id: 'I5', name: '戊', department: '一所' },
];
const visits = [
  { id: 'V1', subjectId: 'S1', departments: ['一所'] },
  { id: 'V2', subjectId: 'S2', departments: ['一所'], requiredQualifications: ['special-equipment'] },
  { id: 'V3', subjectId: 'S3', departments: ['一所'] },
  { id: 'V4', subjectId: 'S4', departments: ['一所'] },
  { id: 'V5', subjectId: 'S5', departments: ['一所'] },
];
const drawn = drawInspectors({ seed: '2024-05', visits, inspectors, rules: { balance: 'min-max-load' } });
const fields = (record: InspectorDrawRecord) => verifyInspectorDraw(record, inspectors).differences.map((d) => d.field);

describe('verifyInspectorDraw — claims and replay (issue 16)', () => {
  it('accepts the honest balanced record', () => {
    expect(drawn.balance).toMatchObject({ mode: 'min-max-load', cap: 2, lowerBound: 2, optimal: true, maxLoad: 2, histogram: [0, 0, 5] });
    expect(verifyInspectorDraw(drawn.record, inspectors)).toMatchObject({ ok: true, differences: [], fairness: 'not-checked' });
  });

  it('reports a member with a declared conflict (回避) and a team left incomplete', () => {
    const tampered = structuredClone(drawn.record);
    const v3 = tampered.assignments.find((a) => a.visitId === 'V3')!;
    v3.inspectors[0] = { id: 'I3', ticket: v3.inspectors[0]!.ticket, reason: v3.inspectors[0]!.reason };
    v3.inspectors.length = 1;
    const found = fields(tampered);
    expect(found).toContain('assignments[2].inspectors[0].eligible');
    expect(found).toContain('assignments[2].complete');
  });

  it('reports a claimed cap below the loads, and a cap claimed smaller than the draw reaches', () => {
    const tampered = structuredClone(drawn.record);
    tampered.balance = { ...tampered.balance!, cap: 1, lowerBound: 1 };
    expect(fields(tampered)).toEqual(['balance.cap', 'balance.cap', 'balance.cap', 'balance.cap', 'balance.cap', 'balance.cap', 'balance.lowerBound']);
  });

  it('reports an unbalanced record passed off as balanced: the replay staffs within the smallest cap', () => {
    const unbalanced = drawInspectors({ seed: '2024-05', visits, inspectors }).record;
    const claimed = { ...unbalanced, rules: { ...unbalanced.rules, balance: 'min-max-load' as const } };
    const result = verifyInspectorDraw(claimed, inspectors);
    expect(result.ok).toBe(false);
    expect(result.differences.some((d) => d.field === 'balance.mode')).toBe(true);
  });

  it('reports the rules changed after the draw (maxLoad tightened below the recorded loads)', () => {
    const tampered = structuredClone(drawn.record);
    tampered.rules = { ...tampered.rules, maxLoad: 1 };
    const result = verifyInspectorDraw(tampered, inspectors);
    expect(result.differences[0]).toMatchObject({ field: 'rules.maxLoad', recorded: 1 });
    expect(result.differences.at(-1)).toMatchObject({ field: 'inspectors' });
  });
});
