import { isCatalogue } from '../catalogue/is-catalogue.js';
import { z } from 'zod';
import { CivilDateSchema } from '../core/civil-date.js';
import type { Catalogue } from '../catalogue/define-catalogue.js';
import { InspectorSchema, type InspectorInput } from '../directory/inspector.js';
import { InspectorRulesSchema, type InspectorRulesInput } from '../draw/inspector-rules.js';
import { PolicySchema, type PolicyInput } from '../policy/policy-schema.js';
import { CalendarOptionSchema } from '../publication/publication-deadline.js';
import type { Calendar } from '../calendar/index.js';
import { ResultModelSchema, type ResultModelInput } from './result-model.js';

/**
 * Most runs one call of `simulatePlan` may ask for (推演次数上限).
 *
 * @example
 * ```ts
 * MAX_SIMULATION_RUNS; //=> 10000
 * ```
 */
export const MAX_SIMULATION_RUNS = 10_000;

/**
 * Schema of the options of `simulatePlan` (年度计划推演参数):
 *
 * - `runs` — number of simulated years, 1 … 10 000 (`INVALID_INPUT` for 0 or less);
 * - `seed` — master seed of the simulation, non-empty (`EMPTY_SEED`); run `i` (1-based) draws with
 *   the seed `${seed}/run-${i}`;
 * - `catalogue` — the random-inspection list (`defineCatalogue`, e.g. `zhejiang2023Catalogue`);
 * - `policy` — targets, ratios and caps (e.g. `zhejiang2023`);
 * - `asOf` — day of the KPI report, default the plan year's `policy.completionDeadline` (10-31);
 * - `results` — the model of simulated results (see `ResultModelSchema`);
 * - `inspectors`, `inspectorRules` — when inspectors are given each run also staffs its visits with
 *   `drawInspectors` (`perSubject` defaults to `policy.inspectorsPerSubject`, `maxLoad` to
 *   `policy.inspectorMaxLoad`, `balance` to `policy.inspectorBalance`); otherwise staffing is skipped, which is faster;
 * - `calendar` — working-day calendar, default the official China calendar.
 *
 * @example
 * ```ts
 * SimulatePlanOptionsSchema.safeParse({ runs: 0, seed: 's', catalogue: zhejiang2023Catalogue, policy: zhejiang2023 }).success; //=> false
 * ```
 */
export const SimulatePlanOptionsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    runs: z.number().int().min(1).max(MAX_SIMULATION_RUNS),
    seed: z.string().refine((seed) => seed.length > 0, { message: '随机种子不能为空', params: { code: 'EMPTY_SEED' } }),
    catalogue: z.custom<Catalogue>(
      (value) => isCatalogue(value),
      { message: '应为 defineCatalogue 返回的抽查事项清单', params: { code: 'INVALID_CATALOGUE' } },
    ),
    policy: PolicySchema,
    asOf: CivilDateSchema.optional(),
    results: ResultModelSchema.default(ResultModelSchema.parse({})),
    inspectors: z.array(InspectorSchema).optional(),
    inspectorRules: InspectorRulesSchema.partial().optional(),
    calendar: CalendarOptionSchema.optional(),
  })
  .meta({ description: '年度计划推演参数' }))();

/**
 * Options of `simulatePlan`, as accepted on input (年度计划推演参数).
 *
 * @example
 * ```ts
 * const { subjects } = generateDirectory({ seed: 'demo', size: 2_000 });
 * const options: SimulatePlanOptions = { runs: 5, seed: 'what-if', catalogue: zhejiang2023Catalogue, policy: definePolicy({ jointShare: 0.35 }, zhejiang2023) };
 * simulatePlan(longwan2023SamplePlan, subjects, options).indicators.find((i) => i.id === 'jointShare')?.target; //=> 0.35
 * ```
 */
export interface SimulatePlanOptions {
  /** Number of simulated years (推演次数). */
  readonly runs: number;
  /** Master seed; run `i` uses `${seed}/run-${i}`. */
  readonly seed: string;
  readonly catalogue: Catalogue;
  readonly policy: PolicyInput;
  /** Day of the KPI report; default the completion deadline of the plan year. */
  readonly asOf?: string;
  /** Model of the simulated results. */
  readonly results?: ResultModelInput;
  /** Inspector directory; when given, each run staffs its visits with `drawInspectors`. */
  readonly inspectors?: readonly InspectorInput[];
  /** Rules of the inspector draw (default from the policy). */
  readonly inspectorRules?: Partial<InspectorRulesInput>;
  readonly calendar?: Calendar;
}
