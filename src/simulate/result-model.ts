import { z } from 'zod';

const probability = /* @__PURE__ */ (() => z.number().min(0).max(1))();

/**
 * Schema of the model of simulated inspection results (检查结果模拟参数). Every field has a default;
 * illustrative figures, not statistics — a bureau sets its own from last year's results.
 *
 * - `problemRates` — chance that a check finds a problem, by the subject's risk class at the check
 *   (发现问题概率): default A 2 %, B 5 %, C 12 %, D 25 %; a partial object keeps the other defaults;
 * - `problemCategories` — relative weights of the policy's result categories used for a problem
 *   (default 发现问题经责令已改正 70, 未按规定公示应当公示的信息 20, 通过登记的住所（经营场所）无法联系 10);
 *   each must be a category of the policy that means a problem (checked when simulating);
 * - `publishedOnTime` — chance a result is published within `policy.publicationWorkingDays` working
 *   days (按时公示), default 0.98; otherwise it is published 1–15 working days after the deadline;
 * - `publicationDelayWorkingDays` — only for a policy that sets no publication limit: results are
 *   published 1 to this many working days after the limit's start, default 20 (a simulation
 *   assumption, not a policy);
 * - `followUp` — chance a problem is followed up (后续处置), default 0.97; otherwise it stays `pending`;
 *   a follow-up is dated 1–30 days after the result;
 * - `mobile` — chance a check is recorded through mobile enforcement (掌上执法), default 0.995;
 * - `resultWorkingDays` — the result is formed 0 to this many working days after the check, default 3.
 *
 * @example
 * ```ts
 * ResultModelSchema.parse({ problemRates: { D: 0.4 } }).problemRates; //=> { A: 0.02, B: 0.05, C: 0.12, D: 0.4 }
 * ResultModelSchema.parse({}).publishedOnTime; //=> 0.98
 * ```
 */
export const ResultModelSchema = /* @__PURE__ */ (() => z
  .strictObject({
    problemRates: z
      .strictObject({ A: probability.default(0.02), B: probability.default(0.05), C: probability.default(0.12), D: probability.default(0.25) })
      .default({ A: 0.02, B: 0.05, C: 0.12, D: 0.25 }),
    problemCategories: z
      .record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '应为检查结果类别标识（如 ordered-to-correct）'), z.number().min(0))
      .refine((weights) => Object.values(weights).some((weight) => weight > 0), '至少一个类别的权重应大于 0')
      .default({ 'ordered-to-correct': 70, 'info-not-published': 20, 'unreachable-at-address': 10 }),
    publishedOnTime: probability.default(0.98),
    publicationDelayWorkingDays: z.number().int().min(1).max(250).default(20),
    followUp: probability.default(0.97),
    mobile: probability.default(0.995),
    resultWorkingDays: z.number().int().min(0).max(60).default(3),
  })
  .meta({ description: '检查结果模拟参数' }))();

/**
 * The model of simulated inspection results, as parsed (检查结果模拟参数).
 *
 * @example
 * ```ts
 * const model: ResultModel = ResultModelSchema.parse({});
 * [model.problemRates.D, model.followUp, model.resultWorkingDays]; //=> [0.25, 0.97, 3]
 * ```
 */
export type ResultModel = z.infer<typeof ResultModelSchema>;
/**
 * The model of simulated inspection results, as accepted on input; every field may be left out.
 *
 * @example
 * ```ts
 * const model: ResultModelInput = { problemRates: { C: 0.2, D: 0.4 }, publishedOnTime: 0.9 };
 * ResultModelSchema.parse(model).problemRates; //=> { A: 0.02, B: 0.05, C: 0.2, D: 0.4 }
 * ```
 */
export type ResultModelInput = z.input<typeof ResultModelSchema>;
