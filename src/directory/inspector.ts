import { z } from 'zod';
import { CivilDateSchema } from '../core/civil-date.js';

/**
 * Schema of one entry of the inspector directory (执法检查人员名录库).
 *
 * @example
 * ```ts
 * InspectorSchema.parse({ id: 'I001', name: '张三', department: '特种设备科', qualifications: ['special-equipment'] });
 * ```
 */
export const InspectorSchema = /* @__PURE__ */ (() => z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    /** Department (科室 / 市监所 / 分局) the inspector belongs to. */
    department: z.string().min(1),
    /** Unit (单位), e.g. the district bureau; used to bar whole units. */
    unit: z.string().min(1).optional(),
    /** Whether the inspector is in service and may be drawn (在岗). */
    active: z.boolean().default(true),
    /** Last day of validity of the enforcement certificate (执法证有效期至). */
    certificateValidUntil: CivilDateSchema.optional(),
    /** Specialist qualifications, e.g. `special-equipment`. */
    qualifications: z.array(z.string().min(1)).default([]),
    /** Subject ids the inspector must not inspect (回避). */
    conflicts: z.array(z.string().min(1)).default([]),
    /** Regions or grids the inspector covers; empty means all. */
    regions: z.array(z.string().min(1)).default([]),
  })
  .meta({ description: '执法检查人员名录库条目' }))();

/**
 * One law-enforcement officer of the inspector directory (执法检查人员).
 *
 * @example
 * ```ts
 * const inspector: Inspector = InspectorSchema.parse({ id: 'I001', name: '张三', department: '特种设备科' });
 * [inspector.active, inspector.qualifications, inspector.conflicts]; //=> [true, [], []]
 * ```
 */
export type Inspector = z.infer<typeof InspectorSchema>;
/**
 * An inspector as accepted on input.
 *
 * @example
 * ```ts
 * const input: InspectorInput = { id: 'I002', name: '李四', department: '餐饮科', certificateValidUntil: '2025-12-31', conflicts: ['s1'] };
 * InspectorSchema.parse(input).active; //=> true
 * ```
 */
export type InspectorInput = z.input<typeof InspectorSchema>;
