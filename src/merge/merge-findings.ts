import { sortFindings, type Finding } from '../core/finding.js';
import { RepeatVisitReasonSchema, type RepeatVisit, type RepeatVisitReason } from './repeat-visit.js';
import type { MergeSummary } from './merge-result.js';

const REASONS: readonly RepeatVisitReason[] = RepeatVisitReasonSchema.options;

const RULES: Readonly<Record<RepeatVisitReason, { severity: Finding['severity']; clause: string; message: (n: number) => string }>> = {
  'disjoint-windows': {
    severity: 'warning',
    clause: '通知·一',
    message: (n) => `${n} 个检查对象的可合并任务实施时段不重叠，无法一次上门完成（配对要求、尽可能合并实施）`,
  },
  'merge-group-only-policy': {
    severity: 'warning',
    clause: '通知·四',
    message: (n) => `${n} 个检查对象在同一月份被多次上门：政策只合并计划配对（同一合并组）的任务（杜绝虚假重复检查）`,
  },
  'different-merge-group': {
    severity: 'warning',
    clause: '通知·四',
    message: (n) => `${n} 个检查对象在同一月份被不同合并组的任务多次上门（杜绝虚假重复检查）`,
  },
  'different-month': {
    severity: 'info',
    clause: '通知·四',
    message: (n) => `${n} 个检查对象因任务月份不同、未配对，年内被多次上门检查（杜绝虚假重复检查）`,
  },
};

/**
 * Reports a merge as findings (合并实施发现): one `info` finding `merge.visits-saved` with the counts
 * (尽可能合并实施, 通知·一), and for each reason of repeat visits that occurs one finding
 * `merge.repeat-visit.<reason>` listing the subjects (杜绝虚假重复检查, 通知·四; `disjoint-windows` cites
 * 通知·一). Repeats in different months are `info`; repeats in the same month and paired tasks that
 * cannot meet are `warning`.
 *
 * @param summary - the merge's counts
 * @param repeatVisits - the subjects visited more than once, in subject order
 * @returns the findings, sorted with `sortFindings`
 *
 * @example
 * ```ts
 * mergeFindings({ pairs: 3, subjects: 2, visits: 2, saved: 1, jointVisits: 1 }, []).map((f) => f.ruleId);
 * //=> ['merge.visits-saved']
 * ```
 */
export function mergeFindings(summary: MergeSummary, repeatVisits: readonly RepeatVisit[]): Finding[] {
  const subjects = REASONS.map((): string[] => []);
  const visits = REASONS.map(() => 0);
  for (const repeat of repeatVisits) {
    const reason = REASONS.indexOf(repeat.reason);
    subjects[reason]!.push(repeat.subjectId);
    visits[reason] = visits[reason]! + repeat.visitIds.length;
  }
  return mergeFindingsByReason(summary, subjects, visits);
}

/**
 * {@link mergeFindings} from repeat visits already grouped by reason (internal: `mergeTasks` groups
 * them while it builds them, issue 18).
 *
 * @param summary - the merge's counts
 * @param subjects - per reason, in the order of `RepeatVisitReasonSchema.options`, the subjects in subject order
 * @param visits - per reason, in the same order, the number of their visits
 * @returns the findings, sorted with `sortFindings`
 *
 * @example
 * ```ts
 * mergeFindingsByReason({ pairs: 3, subjects: 2, visits: 2, saved: 1, jointVisits: 1 }, [[], [], [], []], [0, 0, 0, 0]).length;
 * //=> 1
 * ```
 */
export function mergeFindingsByReason(summary: MergeSummary, subjects: readonly string[][], visits: readonly number[]): Finding[] {
  const findings: Finding[] = [
    {
      ruleId: 'merge.visits-saved',
      severity: 'info',
      message: `${summary.pairs} 个任务—对象配对合并为 ${summary.visits} 次上门检查，减少 ${summary.saved} 次（进一次门、查多项事）`,
      clause: '通知·一',
      data: { ...summary },
    },
  ];
  REASONS.forEach((reason, index) => {
    const concerned = subjects[index]!;
    if (concerned.length === 0) return;
    const rule = RULES[reason];
    findings.push({
      ruleId: `merge.repeat-visit.${reason}`,
      severity: rule.severity,
      message: rule.message(concerned.length),
      clause: rule.clause,
      subjects: concerned,
      data: { reason, subjects: concerned.length, visits: visits[index]! },
    });
  });
  return sortFindings(findings);
}
