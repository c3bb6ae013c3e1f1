import { z } from 'zod';
import { parseInput } from './parse-input.js';

/**
 * Severity of a {@link Finding} (严重程度): `error` breaks a rule of the notice, `warning`
 * needs attention, `info` is for the record.
 *
 * @example
 * ```ts
 * SeveritySchema.parse('error'); //=> 'error'
 * ```
 */
export const SeveritySchema = /* @__PURE__ */ z.enum(['error', 'warning', 'info']);

/**
 * Severity of a {@link Finding}.
 *
 * @example
 * ```ts
 * const severity: Severity = 'warning';
 * SeveritySchema.options; //=> ['error', 'warning', 'info']
 * ```
 */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Schema of a {@link Finding}: the one shape every rule of the library reports with (检查发现).
 *
 * @example
 * ```ts
 * FindingSchema.parse({ ruleId: 'plan.coverage', severity: 'error', message: '抽查事项未全覆盖', clause: '通知·一' });
 * ```
 */
export const FindingSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Stable id of the rule, e.g. `plan.general-items`. */
    ruleId: z.string().min(1),
    severity: SeveritySchema,
    /** What is wrong, in Chinese. */
    message: z.string().min(1),
    /** The clause of the source document the rule comes from, e.g. `通知·一`. */
    clause: z.string(),
    /** Subject ids concerned. */
    subjects: z.array(z.string()).optional(),
    /** Task ids concerned. */
    tasks: z.array(z.string()).optional(),
    /** Machine-readable data (numbers, targets). */
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ description: '检查发现' }))();

/**
 * A finding of a rule (检查发现): rule checks return findings and never throw on a violation.
 *
 * @example
 * ```ts
 * const finding: Finding = {
 *   ruleId: 'plan.joint-share',
 *   severity: 'error',
 *   message: '部门联合抽查任务占比 20.0%，低于 30%',
 *   clause: '通知·三',
 *   data: { value: 0.2, target: 0.3 },
 * };
 * ```
 */
export type Finding = z.infer<typeof FindingSchema>;

/**
 * Orders findings deterministically: by rule id, then the first task, then the first subject,
 * then the message (发现排序).
 *
 * @param findings - findings in any order (not mutated)
 * @returns a new sorted array
 * @throws {ShuangsuijiError} `INVALID_INPUT` when an element is not a {@link Finding}
 *
 * @example
 * ```ts
 * sortFindings([{ ruleId: 'b', severity: 'info', message: 'x', clause: '' }, { ruleId: 'a', severity: 'info', message: 'y', clause: '' }])
 *   .map((f) => f.ruleId); //=> ['a', 'b']
 * ```
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...parseInput(FindingListSchema, findings, 'INVALID_INPUT', '检查发现列表')].sort(
    (a, b) =>
      compare(a.ruleId, b.ruleId) ||
      compare(a.tasks?.[0] ?? '', b.tasks?.[0] ?? '') ||
      compare(a.subjects?.[0] ?? '', b.subjects?.[0] ?? '') ||
      compare(a.message, b.message),
  );
}

const FindingListSchema = /* @__PURE__ */ z.array(FindingSchema);

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
