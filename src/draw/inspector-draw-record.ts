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
 * Schema of an inspector-draw record (执法检查人员选派记录): seed and commitment, rules, the
 * digest of the inspector ids, the visits as staffed, and per visit the chosen inspectors with
 * their tickets under the visit seed `${seed}/${visitId}`.
 *
 * @example
 * ```ts
 * InspectorDrawRecordSchema.shape.scheme.value; //=> 'consistent-sampler/1'
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
