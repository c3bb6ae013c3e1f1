import { z } from 'zod';
import { HexDigestSchema } from './pool-digest.js';
import { InspectorRulesSchema } from './inspector-rules.js';
import { DRAW_SCHEME } from './sampler.js';
import { SeedSchema } from './seed-schema.js';

/**
 * Why an inspector was chosen for a visit (选派理由): to cover a department of a joint visit, to
 * cover a qualification, or to reach the head count.
 *
 * @example
 * ```ts
 * AssignmentReasonSchema.parse('department:特种设备科'); //=> 'department:特种设备科'
 * ```
 */
export const AssignmentReasonSchema = /* @__PURE__ */ (() => z.string().regex(/^(department:.+|qualification:.+|count)$/))();

/**
 * Schema of the load summary of an inspector draw (工作量均衡情况): the balancing asked for, the
 * cap the draw staffed within (`null`: none), the counting lower bound on any cap, whether the cap
 * is proven the smallest possible (`null` without balancing), and the loads of the inspectors
 * eligible for at least one visit (在岗可派人员): most, least, mean, and whether all lie within
 * ±1 of the mean.
 *
 * @example
 * ```ts
 * StaffingBalanceSchema.shape.mode.options; //=> ['none', 'min-max-load']
 * ```
 */
export const StaffingBalanceSchema = z
  .strictObject({
    mode: z.enum(['none', 'min-max-load']),
    cap: z.number().int().min(1).nullable(),
    lowerBound: z.number().int().min(0),
    optimal: z.boolean().nullable(),
    /** Inspectors eligible for at least one visit. */
    inspectors: z.number().int().min(0),
    maxLoad: z.number().int().min(0),
    minLoad: z.number().int().min(0),
    /** Mean load, rounded to 3 decimals. */
    meanLoad: z.number().min(0),
    withinOneOfMean: z.boolean(),
    /** `histogram[k]`: inspectors with exactly k visits. */
    histogram: z.array(z.number().int().min(0)),
  })
  .meta({ description: '执法检查人员工作量均衡情况' });

/**
 * The load summary of an inspector draw.
 *
 * @example
 * ```ts
 * // input: as in the DrawInspectorsInput example
 * const balance: StaffingBalance = drawInspectors(input).balance;
 * [balance.maxLoad, balance.histogram]; //=> [1, [0, 2]]
 * ```
 */
export type StaffingBalance = z.infer<typeof StaffingBalanceSchema>;

/**
 * Schema of an inspector-draw record (执法检查人员选派记录): seed and commitment, rules, the
 * digest of the inspector ids, the visits as staffed, and per visit the chosen inspectors with
 * their tickets under the visit seed `${seed}/${visitId}`.
 *
 * @example
 * ```ts
 * InspectorDrawRecordSchema.shape.scheme.value; //=> 'consistent-sampler/2'
 * ```
 */
export const InspectorDrawRecordSchema = /* @__PURE__ */ (() => z
  .strictObject({
    scheme: z.literal(DRAW_SCHEME),
    kind: z.literal('inspectors'),
    seed: SeedSchema,
    seedCommitment: HexDigestSchema,
    rules: InspectorRulesSchema,
    /** Pool digest of the inspector ids of the directory given. */
    inspectorsDigest: HexDigestSchema,
    /** The visits, in processing order (by id, code point order). */
    visits: z.array(
      z.strictObject({
        id: z.string().min(1),
        subjectId: z.string().min(1),
        departments: z.array(z.string().min(1)),
        requiredQualifications: z.array(z.string().min(1)).optional(),
        region: z.string().min(1).optional(),
      }),
    ),
    assignments: z.array(
      z.strictObject({
        visitId: z.string().min(1),
        visitSeed: SeedSchema,
        inspectors: z.array(z.strictObject({ id: z.string().min(1), ticket: z.string(), reason: AssignmentReasonSchema })),
      }),
    ),
    /** The load summary; records made before balancing existed have none. */
    balance: StaffingBalanceSchema.optional(),
    /** Digest of the announcement the draw was made under (inspectorAnnouncementDigest), when one was given. */
    announcementDigest: HexDigestSchema.optional(),
  })
  .meta({ description: '执法检查人员随机选派记录（可复核）' }))();

/**
 * An inspector-draw record.
 *
 * @example
 * ```ts
 * // input: as in the DrawInspectorsInput example
 * const record: InspectorDrawRecord = drawInspectors(input).record;
 * [record.kind, record.rules, verifyInspectorDraw(record, input.inspectors).ok]; //=> ['inspectors', { perSubject: 2, barredUnits: [] }, true]
 * ```
 */
export type InspectorDrawRecord = z.infer<typeof InspectorDrawRecordSchema>;
