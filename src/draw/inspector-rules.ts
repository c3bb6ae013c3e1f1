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
export const InspectorRulesSchema = z
  .object({
    /** Inspectors per visit, at least (执法人员不得少于两人; policy.inspectorsPerSubject). */
    perSubject: z.number().int().min(1).default(2),
    /** Most visits one inspector may be given in this call (policy.inspectorMaxLoad). */
    maxLoad: z.number().int().min(1).optional(),
    /** Units whose inspectors may not be drawn (回避单位). */
    barredUnits: z.array(z.string().min(1)).default([]),
    /** Day of the draw: inspectors whose certificate ended before it are ineligible (执法证有效期). */
    asOf: CivilDateSchema.optional(),
  })
  .meta({ description: '执法检查人员选派规则' });

/** Rules of an inspector draw, as parsed. */
export type InspectorRules = z.infer<typeof InspectorRulesSchema>;
/** Rules of an inspector draw, as accepted on input. */
export type InspectorRulesInput = z.input<typeof InspectorRulesSchema>;
