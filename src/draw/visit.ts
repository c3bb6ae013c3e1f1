import { z } from 'zod';

/**
 * Schema of a visit to staff (检查走访): one subject visited once, by one or more departments
 * (部门联合抽查 when more than one), with the qualifications its items need. Extra fields (e.g.
 * from the merge module) are kept.
 *
 * @example
 * ```ts
 * DrawVisitSchema.parse({ id: 'V1', subjectId: 'S1', departments: ['市场监管科', '特种设备科'], requiredQualifications: ['special-equipment'] }).id;
 * //=> 'V1'
 * ```
 */
export const DrawVisitSchema = /* @__PURE__ */ (() => z
  .object({
    id: z.string().min(1),
    subjectId: z.string().min(1),
    /** Participating departments (参与科室); inspectors come from these (any department when empty). */
    departments: z.array(z.string().min(1)),
    /** Qualifications each of which at least one assigned inspector must hold (专业资格). */
    requiredQualifications: z.array(z.string().min(1)).optional(),
    /** Region or grid of the subject; inspectors with a non-empty `regions` must cover it. */
    region: z.string().min(1).optional(),
  })
  .loose()
  .meta({ description: '需选派执法检查人员的检查走访' }))();

/**
 * A visit to staff (检查走访).
 *
 * @example
 * ```ts
 * const visit: DrawVisit = DrawVisitSchema.parse({ id: 'V1', subjectId: 'S1', departments: ['一所'], note: '合并检查' });
 * visit['note']; //=> '合并检查' (extra fields are kept)
 * ```
 */
export type DrawVisit = z.infer<typeof DrawVisitSchema>;
/**
 * A visit as accepted on input.
 *
 * @example
 * ```ts
 * // inspectors: as in the drawInspectors example
 * const visit: DrawVisitInput = { id: 'V1', subjectId: 'S1', departments: ['一所'] };
 * drawInspectors({ seed: '31', visits: [visit], inspectors }).assignments[0]?.visitSeed; //=> '31/V1'
 * ```
 */
export type DrawVisitInput = z.input<typeof DrawVisitSchema>;
