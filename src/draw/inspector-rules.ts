import { z } from 'zod';
import { CivilDateSchema } from '../core/civil-date.js';

/**
 * Schema of the rules of an inspector draw (选派规则).
 *
 * @example
 * ```ts
 * InspectorRulesSchema.parse({}); //=> { perSubject: 2, barredUnits: [] }
 * ```
 */
export const InspectorRulesSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Inspectors per visit, at least (执法人员不得少于两人; policy.inspectorsPerSubject). */
    perSubject: z.number().int().min(1).default(2),
    /** Most visits one inspector may be given in this call (policy.inspectorMaxLoad). */
    maxLoad: z.number().int().min(1).optional(),
    /** Units whose inspectors may not be drawn (回避单位). */
    barredUnits: z.array(z.string().min(1)).default([]),
    /**
     * Load balancing (工作量均衡): `none` (default) staffs within `maxLoad` only; `min-max-load`
     * first finds the smallest cap on visits per inspector (at most `maxLoad`) at which every visit
     * can be staffed, and staffs within it.
     */
    balance: z.enum(['none', 'min-max-load']).optional(),
    /** Day of the draw: inspectors whose certificate ended before it are ineligible (执法证有效期). */
    asOf: CivilDateSchema.optional(),
  })
  .meta({ description: '执法检查人员选派规则' }))();

/**
 * Rules of an inspector draw, as parsed.
 *
 * @example
 * ```ts
 * const rules: InspectorRules = InspectorRulesSchema.parse({ maxLoad: 3 });
 * rules; //=> { perSubject: 2, maxLoad: 3, barredUnits: [] }
 * ```
 */
export type InspectorRules = z.infer<typeof InspectorRulesSchema>;
/**
 * Rules of an inspector draw, as accepted on input.
 *
 * @example
 * ```ts
 * // inspectors: as in the drawInspectors example (I2 must avoid S1)
 * const rules: InspectorRulesInput = { perSubject: 1 };
 * const { assignments } = drawInspectors({ seed: '31', visits: [{ id: 'V1', subjectId: 'S1', departments: ['一所'] }], inspectors, rules });
 * assignments[0]?.inspectors.map((i) => i.id); //=> ['I1']
 * ```
 */
export type InspectorRulesInput = z.input<typeof InspectorRulesSchema>;
