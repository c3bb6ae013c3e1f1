import { isCatalogue } from '../catalogue/is-catalogue.js';
import { ShuangsuijiError, type ErrorCode } from '../core/errors.js';
import type { CivilDate } from '../core/civil-date.js';
import { parseInput } from '../core/parse-input.js';
import type { Catalogue } from '../catalogue/define-catalogue.js';
import { AnnualPlanSchema, type AnnualPlan, type AnnualPlanInput } from '../plan/plan-schema.js';
import { PolicySchema, type Policy, type PolicyInput } from '../policy/policy-schema.js';
import { completionDeadlineFor } from '../policy/completion-deadline-for.js';
import type { z } from 'zod';

/**
 * Options of {@link mergeTasks} (合并实施参数): the annual plan whose tasks were drawn, the catalogue
 * its item codes refer to (built with `defineCatalogue`) and the policy (`mergeDefault`,
 * `completionDeadline`).
 *
 * @example
 * ```ts
 * const options: MergeOptions = { plan, catalogue, policy: zhejiang2023 };
 * ```
 */
export interface MergeOptions {
  readonly plan: AnnualPlanInput;
  readonly catalogue: Catalogue;
  readonly policy: PolicyInput;
}

/**
 * The parsed options of {@link mergeTasks} (internal): plan and policy parsed, the completion
 * deadline of the plan's year as a civil date (`completionDeadlineFor`, as the plan rule and the KPI read it).
 *
 * @example
 * ```ts
 * parseMergeOptions({ plan, catalogue, policy: zhejiang2023 }).deadline; //=> '2023-10-31'
 * ```
 */
export interface ParsedMergeOptions {
  readonly plan: AnnualPlan;
  readonly catalogue: Catalogue;
  readonly policy: Policy;
  /** `${plan.year}-${policy.completionDeadline}` (e.g. zhejiang2023 通知·四 10月底前完成各项指标); the year's end when unset. */
  readonly deadline: CivilDate;
}

/**
 * Parses the options of {@link mergeTasks} (合并实施参数校验). Error paths start with the option's name,
 * e.g. `['plan', 'tasks', 0, 'month']`.
 *
 * @param options - `{ plan, catalogue, policy }`
 * @returns the parsed options
 * @throws {ShuangsuijiError} `INVALID_INPUT` when `options` is not an object, `INVALID_PLAN`,
 *   `INVALID_POLICY`, `INVALID_CATALOGUE` when `catalogue` is not a catalogue built by `defineCatalogue`
 *
 * @example
 * ```ts
 * parseMergeOptions({ plan: { year: 2023, unit: '龙湾区市场监督管理局', tasks: [] }, catalogue, policy: zhejiang2023 }).deadline;
 * //=> '2023-10-31'
 * ```
 */
export function parseMergeOptions(options: MergeOptions): ParsedMergeOptions {
  if (options === null || typeof options !== 'object') {
    throw new ShuangsuijiError('INVALID_INPUT', '合并实施参数应为对象 { plan, catalogue, policy }', { path: [] });
  }
  const plan = parseOption(AnnualPlanSchema, options.plan, 'INVALID_PLAN', '年度计划', 'plan');
  if (options.policy === undefined || options.policy === null) {
    throw new ShuangsuijiError('MISSING_ARGUMENT', '缺少参数 policy：合并实施需要政策参数（合并范围、完成期限）', { path: ['policy'] });
  }
  const policy = parseOption(PolicySchema, options.policy, 'INVALID_POLICY', '政策参数', 'policy');
  const catalogue = options.catalogue;
  if (!isCatalogue(catalogue)) {
    throw new ShuangsuijiError('INVALID_CATALOGUE', '抽查事项清单无效：应为 defineCatalogue 的结果', { path: ['catalogue'] });
  }
  // One definition with the plan rule and the KPI: completionDeadlineFor (02-29 is the 28th in a common year).
  return { plan, catalogue: catalogue as Catalogue, policy, deadline: completionDeadlineFor(policy, plan.year) };
}

function parseOption<S extends z.ZodType>(schema: S, value: unknown, code: ErrorCode, label: string, key: string): z.output<S> {
  try {
    return parseInput(schema, value, code, label);
  } catch (error) {
    if (error instanceof ShuangsuijiError) {
      throw new ShuangsuijiError(error.code, error.message, { path: [key, ...error.path], details: error.details, cause: error.cause });
    }
    throw error;
  }
}
