import { z } from 'zod';
import { RiskClassSchema, type RiskClass } from '../core/risk-class.js';
import { SamplingSchema } from './sampling.js';
import { isRiskClass } from './effective-risk-class.js';

const subjectCount = /* @__PURE__ */ (() => z.number().int().min(0))();

/**
 * A record keyed by risk class whose keys are checked by hand, so an unknown class fails with
 * `UNKNOWN_STRATUM` (and a bad count with `INVALID_INPUT`); missing classes become 0.
 */
const perClassCounts = (description: string) =>
  z
    .record(z.string(), subjectCount)
    .superRefine((record, ctx) => {
      for (const key of Object.keys(record)) {
        if (!isRiskClass(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `风险类别 ${key} 不存在，应为 A、B、C、D 之一`,
            params: { code: 'UNKNOWN_STRATUM' },
          });
        }
      }
    })
    .transform((record): Record<RiskClass, number> => ({ A: record.A ?? 0, B: record.B ?? 0, C: record.C ?? 0, D: record.D ?? 0 }))
    .meta({ description });

/**
 * Schema of the subjects of a pool per effective risk class (各风险类别的可抽取对象数), e.g.
 * `{ A: 1000, B: 500, C: 100, D: 10 }`. Missing classes count 0; an unknown class fails with
 * `UNKNOWN_STRATUM`, a negative or fractional count with `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * PoolCountsSchema.parse({ A: 3, D: 1 }); //=> { A: 3, B: 0, C: 0, D: 1 }
 * ```
 */
export const PoolCountsSchema = /* @__PURE__ */ perClassCounts('各风险类别的可抽取对象数');

/**
 * Subjects of a pool per risk class (各风险类别对象数), all four classes present.
 *
 * @example
 * ```ts
 * const counts: PoolCounts = PoolCountsSchema.parse({ A: 1000, D: 10 });
 * counts; //=> { A: 1000, B: 0, C: 0, D: 10 }
 * ```
 */
export type PoolCounts = z.infer<typeof PoolCountsSchema>;

/**
 * Schema of a request to {@link allocateSample} (样本分配请求).
 *
 * - `poolCounts`: eligible subjects per effective risk class (from {@link eligibleSubjects} or
 *   {@link countByClass});
 * - `sampling`: the task's sampling (`ratio` or `count`, and `riskAllocation`), as in the plan;
 * - `minimums`: least number drawn from a class (最低抽取数), e.g. `{ D: 5 }`; capped at the
 *   class size;
 * - `fullCoverage`: classes drawn in full (全部抽取), e.g. `['D']`.
 *
 * @example
 * ```ts
 * AllocationRequestSchema.parse({ poolCounts: { A: 10, D: 2 }, sampling: { count: 3 }, fullCoverage: ['D'] }).minimums;
 * //=> { A: 0, B: 0, C: 0, D: 0 }
 * ```
 */
export const AllocationRequestSchema = /* @__PURE__ */ (() => z
  .strictObject({
    poolCounts: PoolCountsSchema,
    sampling: SamplingSchema,
    minimums: perClassCounts('各风险类别最低抽取数').default({ A: 0, B: 0, C: 0, D: 0 }),
    fullCoverage: z
      .array(
        z
          .string()
          .refine(isRiskClass, { message: '风险类别不存在，应为 A、B、C、D 之一', params: { code: 'UNKNOWN_STRATUM' } })
          .transform((value) => value as RiskClass),
      )
      .default([]),
  })
  .meta({ description: '样本分配请求' }))();

/**
 * A request to {@link allocateSample}, as parsed.
 *
 * @example
 * ```ts
 * const request: AllocationRequest = AllocationRequestSchema.parse({ poolCounts: { A: 10, D: 2 }, sampling: { count: 3 }, fullCoverage: ['D'] });
 * [request.poolCounts, request.sampling.riskAllocation, request.fullCoverage]; //=> [{ A: 10, B: 0, C: 0, D: 2 }, true, ['D']]
 * ```
 */
export type AllocationRequest = z.infer<typeof AllocationRequestSchema>;
/**
 * A request to {@link allocateSample}, as accepted on input.
 *
 * @example
 * ```ts
 * const request: AllocationRequestInput = { poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { count: 40 } };
 * allocateSample(request, zhejiang2023).sizes; //=> { A: 16, B: 16, C: 7, D: 1 }
 * ```
 */
export type AllocationRequestInput = z.input<typeof AllocationRequestSchema>;

/**
 * Why a class got its size (分配依据):
 * `ratio` ⌈class count × base ratio × multiplier⌉ (× 1 when the policy sets no multiplier);
 * `policy-ratio` ⌈class count × the policy's fixed class ratio⌉; `task-ratio` ⌈class count × the
 * task's own class ratio (`sampling.classRatios`)⌉; `proportional` largest-remainder share of a fixed total; `class-size` the share
 * exceeded the class, so all of it is drawn and the excess goes to the other classes;
 * `minimum` raised to the class minimum; `full-coverage` the whole class; `zero-rate` multiplier or
 * ratio 0; `empty` no subject in the class.
 *
 * @example
 * ```ts
 * AllocationReasonSchema.parse('full-coverage'); //=> 'full-coverage'
 * ```
 */
export const AllocationReasonSchema = /* @__PURE__ */ z.enum([
  'ratio',
  'policy-ratio',
  'task-ratio',
  'proportional',
  'class-size',
  'minimum',
  'full-coverage',
  'zero-rate',
  'empty',
]);

/**
 * Why a class got its size (分配依据).
 *
 * @example
 * ```ts
 * const allocation = allocateSample({ poolCounts: { A: 10, D: 2 }, sampling: { count: 3 }, fullCoverage: ['D'] }, zhejiang2023);
 * const reasons: AllocationReason[] = allocation.mode === 'unstratified' ? [] : Object.values(allocation.steps.classes).map((step) => step.reason);
 * reasons; //=> ['proportional', 'empty', 'empty', 'full-coverage']
 * ```
 */
export type AllocationReason = z.infer<typeof AllocationReasonSchema>;

/**
 * Schema of how one class's sample size was reached (分层抽取计算过程), for the publication record.
 *
 * @example
 * ```ts
 * AllocationClassStepSchema.parse({
 *   riskClass: 'D', count: 10, multiplier: 4, ratio: 0.12, quota: 1.2, rounded: 2, size: 2, reason: 'ratio',
 *   message: 'D类（信用风险高）：10户 × 12%（基础比例 3% × 倍数 4）= 1.2，向上取整为 2户',
 * });
 * ```
 */
export const AllocationClassStepSchema = /* @__PURE__ */ (() => z
  .strictObject({
    riskClass: RiskClassSchema,
    /** Eligible subjects of the class (可抽取对象数). */
    count: subjectCount,
    /** The policy's multiplier for the class (倍数); 1 when the policy sets none (no differentiation). */
    multiplier: z.number().min(0),
    /** Ratio mode: the class ratio applied, base × multiplier capped at 1 or the policy's fixed ratio (抽查比例). */
    ratio: z.number().min(0).max(1).optional(),
    /** Total mode: the class weight, count × multiplier (权重). */
    weight: z.number().min(0).optional(),
    /** The exact quota before rounding (应抽数，未取整); for a class fixed at a bound in total mode, the share it had when fixed. */
    quota: z.number().min(0),
    /** The quota rounded by the mode's rule: ceiling (ratio mode) or largest remainder (total mode). */
    rounded: subjectCount,
    /** Final sample size of the class (抽取数). */
    size: subjectCount,
    reason: AllocationReasonSchema,
    /** The step in Chinese (计算说明). */
    message: z.string().min(1),
  })
  .meta({ description: '分层抽取计算过程' }))();

/**
 * How one class's sample size was reached (分层抽取计算过程).
 *
 * @example
 * ```ts
 * const allocation = allocateSample({ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { ratio: 0.03 } }, zhejiang2023);
 * const step: AllocationClassStep | undefined = allocation.mode === 'unstratified' ? undefined : allocation.steps.classes.D;
 * [step?.ratio, step?.quota, step?.rounded, step?.reason]; //=> [0.12, 1.2, 2, 'ratio'] (10 × 3% × 4 = 1.2, rounded up)
 * ```
 */
export type AllocationClassStep = z.infer<typeof AllocationClassStepSchema>;

const perClassSizes = /* @__PURE__ */ z.strictObject({ A: subjectCount, B: subjectCount, C: subjectCount, D: subjectCount });

const allocationCommon = {
  /** Total number of subjects to draw (抽取总数). */
  total: subjectCount,
  /** Eligible subjects per class (各类别可抽取对象数). */
  poolCounts: perClassSizes,
  /** Eligible subjects in all (可抽取对象总数). */
  poolSize: subjectCount,
  /** The task's sampling as parsed (抽取方式). */
  sampling: SamplingSchema,
  /** Id of the policy applied (政策参数). */
  policyId: z.string().min(1),
};

/**
 * Schema of an allocation (样本分配结果): per-class sample sizes and how they were reached, for the
 * publication record (一公开). Three modes:
 *
 * - `ratio`: the task gives a base ratio; each class draws ⌈count × class ratio⌉;
 * - `total`: the task gives a count; it is spread over the classes by weight (count × multiplier)
 *   with largest-remainder rounding, so the sizes add up exactly to the count;
 * - `unstratified`: the task does not apply the risk classes (`sampling.riskAllocation: false`);
 *   there is one total and no `sizes`.
 *
 * `steps.lines` explain the computation in Chinese; `steps.classes` give it per class, machine
 * readable.
 *
 * @example
 * ```ts
 * const allocation = allocateSample({ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { ratio: 0.03 } }, zhejiang2023);
 * AllocationSchema.parse(allocation).mode; //=> 'ratio'
 * ```
 */
export const AllocationSchema = /* @__PURE__ */ (() => z
  .discriminatedUnion('mode', [
    z.strictObject({
      mode: z.enum(['ratio', 'total']),
      /** Sample size per class (各类别抽取数). */
      sizes: perClassSizes,
      ...allocationCommon,
      /** Least number per class and classes drawn in full, as applied. */
      minimums: perClassSizes,
      fullCoverage: z.array(RiskClassSchema),
      steps: z.strictObject({
        lines: z.array(z.string()),
        classes: z.strictObject({
          A: AllocationClassStepSchema,
          B: AllocationClassStepSchema,
          C: AllocationClassStepSchema,
          D: AllocationClassStepSchema,
        }),
      }),
    }),
    z.strictObject({
      mode: z.literal('unstratified'),
      /** No per-class sizes: the risk classes do not drive this task. */
      sizes: z.undefined().optional(),
      ...allocationCommon,
      steps: z.strictObject({ lines: z.array(z.string()) }),
    }),
  ])
  .meta({ description: '样本分配结果' }))();

/**
 * An allocation (样本分配结果).
 *
 * @example
 * ```ts
 * const allocation: Allocation = allocateSample({ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { ratio: 0.03 } }, zhejiang2023);
 * [allocation.mode, allocation.total, allocation.sizes]; //=> ['ratio', 38, { A: 15, B: 15, C: 6, D: 2 }]
 * ```
 */
export type Allocation = z.infer<typeof AllocationSchema>;
/**
 * An allocation that applies the risk classes (`ratio` or `total` mode).
 *
 * @example
 * ```ts
 * const allocation = allocateSample({ poolCounts: { A: 1000, B: 500, C: 100, D: 10 }, sampling: { count: 40 } }, zhejiang2023);
 * const stratified: StratifiedAllocation | undefined = allocation.mode === 'unstratified' ? undefined : allocation;
 * [stratified?.mode, stratified?.sizes.C, stratified?.steps.classes.C.reason]; //=> ['total', 7, 'proportional']
 * ```
 */
export type StratifiedAllocation = Extract<Allocation, { mode: 'ratio' | 'total' }>;
