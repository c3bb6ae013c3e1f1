import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InspectorSchema, type Inspector } from '../../src/directory/index.js';
import { drawInspectors, ticketNumber } from '../../src/draw/index.js';
import { isShuangsuijiError } from '../../src/core/index.js';

const DEPARTMENTS = ['一所', '二所', '特种设备科'];
const QUALIFICATIONS = ['special-equipment', 'food'];
const SUBJECTS = ['S1', 'S2', 'S3'];
const DATES = ['2023-06-30', '2023-12-31'];

const inspectorArb = fc.record({
  name: fc.constant('某人'),
  department: fc.constantFrom(...DEPARTMENTS),
  unit: fc.option(fc.constantFrom('U1', 'U2'), { nil: undefined }),
  active: fc.constantFrom(true, true, true, true, true, false),
  certificateValidUntil: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  qualifications: fc.subarray(QUALIFICATIONS),
  conflicts: fc.subarray(SUBJECTS, { maxLength: 1 }),
  regions: fc.subarray(['R1', 'R2'], { maxLength: 1 }),
});
const visitArb = fc.record({
  subjectId: fc.constantFrom(...SUBJECTS),
  departments: fc.subarray(DEPARTMENTS, { minLength: 1, maxLength: 2 }),
  requiredQualifications: fc.subarray(QUALIFICATIONS, { maxLength: 1 }),
  region: fc.option(fc.constantFrom('R1', 'R2'), { nil: undefined }),
});
const caseArb = fc.record({
  seed: fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8'),
  inspectors: fc.array(inspectorArb, { maxLength: 12 }).map((list) => list.map((x, i) => ({ ...x, id: `I${i}` }))),
  visits: fc.array(visitArb, { minLength: 1, maxLength: 4 }).map((list) => list.map((x, i) => ({ ...x, id: `V${i}` }))),
  rules: fc.record(
    {
      perSubject: fc.integer({ min: 1, max: 3 }),
      maxLoad: fc.integer({ min: 1, max: 3 }),
      barredUnits: fc.subarray(['U1', 'U2'], { maxLength: 1 }),
      asOf: fc.constantFrom('2023-07-01', '2023-01-01'),
    },
    { requiredKeys: ['perSubject'] },
  ),
});

type Visit = { id: string; subjectId: string; departments: string[]; requiredQualifications: string[]; region?: string | undefined };

/** The eligibility rules restated independently of the implementation. */
function eligible(inspector: Inspector, visit: Visit, rules: { barredUnits?: string[]; asOf?: string }): boolean {
  return (
    inspector.active &&
    !(rules.asOf !== undefined && inspector.certificateValidUntil !== undefined && inspector.certificateValidUntil < rules.asOf) &&
    !inspector.conflicts.includes(visit.subjectId) &&
    !(inspector.unit !== undefined && (rules.barredUnits ?? []).includes(inspector.unit)) &&
    visit.departments.includes(inspector.department) &&
    !(visit.region !== undefined && inspector.regions.length > 0 && !inspector.regions.includes(visit.region))
  );
}

describe('drawInspectors — constraints as properties', () => {
  it('every returned visit satisfies every constraint, or the call throws INSUFFICIENT_INSPECTORS with a true reason', () => {
    fc.assert(
      fc.property(caseArb, ({ seed, inspectors, visits, rules }) => {
        const directory = inspectors.map((x) => InspectorSchema.parse(x));
        const byId = new Map(directory.map((x) => [x.id, x]));
        try {
          const { assignments, loads } = drawInspectors({ seed, visits, inspectors, rules });
          expect(assignments.map((a) => a.visitId)).toEqual(visits.map((v) => v.id).sort());
          const counted = new Map<string, number>();
          for (const assignment of assignments) {
            const visit = visits.find((v) => v.id === assignment.visitId)!;
            const chosen = assignment.inspectors.map((x) => byId.get(x.id)!);
            expect(new Set(chosen.map((x) => x.id)).size).toBe(chosen.length);
            expect(chosen.length).toBeGreaterThanOrEqual(rules.perSubject);
            for (const x of chosen) expect(eligible(x, visit, rules)).toBe(true);
            for (const d of visit.departments) expect(chosen.some((x) => x.department === d)).toBe(true);
            for (const q of visit.requiredQualifications) expect(chosen.some((x) => x.qualifications.includes(q))).toBe(true);
            for (const x of assignment.inspectors) {
              expect(x.ticket).toBe(ticketNumber(`${seed}/${visit.id}`, x.id));
              counted.set(x.id, (counted.get(x.id) ?? 0) + 1);
            }
          }
          for (const [id, load] of counted) {
            expect(loads[id]).toBe(load);
            if (rules.maxLoad !== undefined) expect(load).toBeLessThanOrEqual(rules.maxLoad);
          }
        } catch (error) {
          if (!isShuangsuijiError(error, 'INSUFFICIENT_INSPECTORS')) throw error;
          const details = error.details as { visitId: string; constraint: string; eligible: number };
          const index = visits.findIndex((v) => v.id === details.visitId);
          expect(error.path).toEqual(['visits', index]);
          const visit = visits[index]!;
          const pool = directory.filter((x) => eligible(x, visit, rules));
          if (details.constraint.startsWith('department:')) {
            expect(pool.some((x) => x.department === details.constraint.slice(11))).toBe(false);
          } else if (details.constraint.startsWith('qualification:')) {
            expect(pool.some((x) => x.qualifications.includes(details.constraint.slice(14)))).toBe(false);
          } else if (details.constraint === 'count') {
            expect(pool.length).toBeLessThan(rules.perSubject);
          } else {
            expect(details.constraint).toBe('maxLoad');
            expect(rules.maxLoad).toBeDefined();
          }
          expect(error.message).toContain(details.visitId);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic and independent of the order of visits and inspectors', () => {
    fc.assert(
      fc.property(caseArb, ({ seed, inspectors, visits, rules }) => {
        const run = (v: typeof visits, i: typeof inspectors) => {
          try {
            return drawInspectors({ seed, visits: v, inspectors: i, rules }).record.assignments;
          } catch (error) {
            return (error as { code: string }).code;
          }
        };
        expect(run([...visits].reverse(), [...inspectors].reverse())).toEqual(run(visits, inspectors));
      }),
      { numRuns: 150 },
    );
  });
});

describe('drawInspectors — examples and errors', () => {
  const inspectors = [
    { id: 'I1', name: '甲', department: '一所' },
    { id: 'I2', name: '乙', department: '一所', conflicts: ['S1'] },
    { id: 'I3', name: '丙', department: '一所', unit: '东区分局' },
    { id: 'I4', name: '丁', department: '特种设备科', qualifications: ['special-equipment'], certificateValidUntil: '2023-03-31' },
    { id: 'I5', name: '戊', department: '特种设备科', active: false, qualifications: ['special-equipment'] },
  ];

  it('applies 回避, barred units, certificates and activity; defaults to two per visit', () => {
    const { assignments } = drawInspectors({ seed: '31', visits: [{ id: 'V1', subjectId: 'S1', departments: ['一所'] }], inspectors });
    expect(assignments[0]!.inspectors.map((i) => i.id).sort()).toEqual(['I1', 'I3']);
    expect(() =>
      drawInspectors({ seed: '31', visits: [{ id: 'V1', subjectId: 'S1', departments: ['一所'] }], inspectors, rules: { barredUnits: ['东区分局'] } }),
    ).toThrow(expect.objectContaining({ code: 'INSUFFICIENT_INSPECTORS', path: ['visits', 0], details: { visitId: 'V1', constraint: 'count', eligible: 1, available: 1 } }));
  });

  it('names the department of a joint visit that has nobody eligible', () => {
    const visits = [{ id: 'V9', subjectId: 'S2', departments: ['一所', '特种设备科'] }];
    expect(drawInspectors({ seed: '1', visits, inspectors, rules: { asOf: '2023-03-01' } }).assignments[0]!.inspectors.some((i) => i.id === 'I4')).toBe(true);
    try {
      drawInspectors({ seed: '1', visits, inspectors, rules: { asOf: '2023-04-01' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INSUFFICIENT_INSPECTORS', details: { visitId: 'V9', constraint: 'department:特种设备科', eligible: 0 } });
      expect((error as Error).message).toMatch(/特种设备科/);
    }
  });

  it('reports qualification and maxLoad failures', () => {
    const visits = [{ id: 'V1', subjectId: 'S3', departments: ['一所'], requiredQualifications: ['food'] }];
    expect(() => drawInspectors({ seed: '1', visits, inspectors })).toThrow(
      expect.objectContaining({ code: 'INSUFFICIENT_INSPECTORS', details: expect.objectContaining({ constraint: 'qualification:food' }) }),
    );
    const two = [
      { id: 'V1', subjectId: 'S3', departments: ['一所'] },
      { id: 'V2', subjectId: 'S3', departments: ['一所'] },
    ];
    // three eligible (I1 I2 I3) for S3, two per visit, each at most once: the second visit fails on load
    expect(() => drawInspectors({ seed: '1', visits: two, inspectors, rules: { maxLoad: 1 } })).toThrow(
      expect.objectContaining({ code: 'INSUFFICIENT_INSPECTORS', path: ['visits', 1], details: expect.objectContaining({ visitId: 'V2', constraint: 'maxLoad' }) }),
    );
  });

  it('rejects bad input with its code', () => {
    const visit = { id: 'V1', subjectId: 'S1', departments: ['一所'] };
    expect(() => drawInspectors({ seed: '', visits: [visit], inspectors })).toThrow(expect.objectContaining({ code: 'EMPTY_SEED' }));
    expect(() => drawInspectors({ seed: '1', visits: [visit, visit], inspectors })).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', path: ['visits', 1, 'id'] }));
    expect(() => drawInspectors({ seed: '1', visits: [visit], inspectors: [...inspectors, inspectors[0]!] })).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID', path: ['inspectors', 5, 'id'] }),
    );
    expect(() => drawInspectors({ seed: '1', visits: [visit], inspectors, rules: { perSubject: 0 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['rules', 'perSubject'] }),
    );
    expect(() => drawInspectors({ seed: '1', visits: [visit], inspectors, rules: { asOf: '2023-02-30' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', path: ['rules', 'asOf'] }),
    );
    expect(() => drawInspectors({ seed: '1', visits: [{ ...visit, subjectId: '' }], inspectors })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['visits', 0, 'subjectId'] }),
    );
  });
});
