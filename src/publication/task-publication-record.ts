import { isCatalogue } from '../catalogue/is-catalogue.js';
import { z } from 'zod';
import { parseInput } from '../core/parse-input.js';
import { RiskClassSchema, type RiskClass } from '../core/risk-class.js';
import type { Catalogue } from '../catalogue/define-catalogue.js';
import { PlannedTaskSchema } from '../plan/plan-schema.js';
import { describePool } from './describe-pool.js';

/** Schema of a catalogue passed in (抽查事项清单), checked only for its lookup. */
const CatalogueOptionSchema = /* @__PURE__ */ z.custom<Catalogue>((value) => isCatalogue(value), {
  message: '应为 defineCatalogue 返回的抽查事项清单',
});

/**
 * Schema of the input of {@link taskPublicationRecord} (计划任务公示输入): the task, optionally the
 * catalogue for item names, and what the draw produced.
 *
 * @example
 * ```ts
 * TaskPublicationInputSchema.parse({ task, seedCommitment: 'ab12…' }).task.id; //=> 'T01'
 * ```
 */
export const TaskPublicationInputSchema = /* @__PURE__ */ (() => z
  .strictObject({
    task: PlannedTaskSchema,
    /** Catalogue giving item names (default: codes only). */
    catalogue: CatalogueOptionSchema.optional(),
    /** Year of the plan (年度). */
    year: z.number().int().min(2000).max(2100).optional(),
    /** Subjects in the pool when drawn (抽查范围内主体数). */
    poolSize: z.number().int().min(0).optional(),
    /** Subjects drawn (抽取数量). */
    sampleSize: z.number().int().min(0).optional(),
    /** Subjects drawn per credit-risk class (分类抽取数量). */
    sampleSizesByRiskClass: z.partialRecord(RiskClassSchema, z.number().int().min(0)).optional(),
    /** Published commitment to the seed, e.g. its SHA-256 (随机种子承诺值). */
    seedCommitment: z.string().min(1).optional(),
  })
  .meta({ description: '计划任务公示输入' }))();

/**
 * Input of {@link taskPublicationRecord}.
 *
 * @example
 * ```ts
 * const input: TaskPublicationInput = { task: longwan2023SamplePlan.tasks[2]!, year: 2023, poolSize: 400, sampleSize: 12, seedCommitment: 'ab12…' };
 * [taskPublicationRecord(input).joint, taskPublicationRecord(input).sampleSize]; //=> [true, 12]
 * ```
 */
export type TaskPublicationInput = z.input<typeof TaskPublicationInputSchema>;

/**
 * What is published for a plan task (计划任务公示内容), a plain JSON-ready object.
 *
 * @example
 * ```ts
 * const published: TaskPublicationRecord = taskPublicationRecord({ task: longwan2023SamplePlan.tasks[2]!, catalogue: zhejiang2023Catalogue });
 * [published.departments, published.taskKind, published.items[7]?.code]; //=> [['餐饮科', '区卫生健康局'], '定向抽查', 'B03']
 * ```
 */
export interface TaskPublicationRecord {
  readonly kind: 'task';
  readonly taskId: string;
  /** 任务名称. */
  readonly name: string;
  readonly year?: number;
  /** Month of issue (下发月份). */
  readonly month: number;
  /** Lead department first, then the partners (实施部门). */
  readonly departments: readonly string[];
  /** Whether several departments take part (部门联合). */
  readonly joint: boolean;
  /** `定向抽查` or `不定向抽查`. */
  readonly taskKind: '定向抽查' | '不定向抽查';
  /** Items checked, with names when the catalogue is given (抽查事项). */
  readonly items: readonly { readonly code: string; readonly name?: string }[];
  /** Pool in words (抽查范围). */
  readonly pool: string;
  /** Sampling as planned (抽取比例或数量). */
  readonly sampling: { readonly ratio?: number; readonly count?: number; readonly riskAllocation: boolean };
  readonly poolSize?: number;
  readonly sampleSize?: number;
  readonly sampleSizesByRiskClass?: Readonly<Partial<Record<RiskClass, number>>>;
  readonly seedCommitment?: string;
}

/**
 * Builds what is published for a plan task (计划任务公示): id, name, departments, items, pool,
 * sample sizes and the seed commitment — a plain object ready for `JSON.stringify`.
 *
 * @param input - `{ task, catalogue?, year?, poolSize?, sampleSize?, sampleSizesByRiskClass?, seedCommitment? }`
 * @returns the publication record
 * @throws {ShuangsuijiError} `INVALID_INPUT` (path of the bad field)
 *
 * @example
 * ```ts
 * const published = taskPublicationRecord({
 *   task: { id: 'T01', name: '餐饮食品安全检查', month: 3, leadDepartment: '餐饮科', partnerDepartments: ['标准科'],
 *           itemCodes: ['A99'], pool: { tags: ['catering'] }, sampling: { ratio: 0.05 } },
 *   sampleSize: 12,
 * });
 * published.departments; //=> ['餐饮科', '标准科']
 * published.joint; //=> true
 * published.pool; //=> '分类监管标签（任一）：catering；登记状态：存续（在业）'
 * ```
 */
export function taskPublicationRecord(input: TaskPublicationInput): TaskPublicationRecord {
  const parsed = parseInput(TaskPublicationInputSchema, input, 'INVALID_INPUT', '计划任务公示输入');
  const { task, catalogue } = parsed;
  const items = task.itemCodes.map((code) => {
    const name = catalogue?.byCode.get(code)?.name;
    return name === undefined ? { code } : { code, name };
  });
  const sampling = {
    ...(task.sampling.ratio === undefined ? {} : { ratio: task.sampling.ratio }),
    ...(task.sampling.count === undefined ? {} : { count: task.sampling.count }),
    riskAllocation: task.sampling.riskAllocation,
  };
  return {
    kind: 'task',
    taskId: task.id,
    name: task.name,
    ...(parsed.year === undefined ? {} : { year: parsed.year }),
    month: task.month,
    departments: [task.leadDepartment, ...task.partnerDepartments.filter((d) => d !== task.leadDepartment)],
    joint: task.partnerDepartments.some((d) => d !== task.leadDepartment),
    taskKind: task.kind === 'directed' ? '定向抽查' : '不定向抽查',
    items,
    pool: describePool(task.pool),
    sampling,
    ...(parsed.poolSize === undefined ? {} : { poolSize: parsed.poolSize }),
    ...(parsed.sampleSize === undefined ? {} : { sampleSize: parsed.sampleSize }),
    ...(parsed.sampleSizesByRiskClass === undefined ? {} : { sampleSizesByRiskClass: { ...parsed.sampleSizesByRiskClass } }),
    ...(parsed.seedCommitment === undefined ? {} : { seedCommitment: parsed.seedCommitment }),
  };
}
