import type { Assignment } from './assignment.js';
import { groupAssignments } from './group-assignments.js';
import { mergeFindingsByReason } from './merge-findings.js';
import { parseMergeOptions, type MergeOptions } from './merge-options.js';
import type { MergeResult } from './merge-result.js';
import { RepeatVisitReasonSchema, type RepeatVisit } from './repeat-visit.js';
import { buildMergeContext } from './task-profile.js';
import { taskSetPlans } from './task-set-plans.js';
import type { Visit } from './visit.js';
import { escapeVisitIdPart } from './visit-id.js';
import { visitTemplates, type VisitTemplate } from './visit-template.js';

/**
 * Merges the drawn tasks that reach one subject into visits (合并实施：进一次门、查多项事, 通知·一、通知·三),
 * so the subject is disturbed once.
 *
 * Rules:
 * - Two tasks on one subject may be merged when the plan pairs them (same `mergeGroup`, 配对要求) or the
 *   policy says `mergeDefault: 'same-month'` and they are in the same month; with `'merge-group-only'`
 *   only paired tasks merge. Mergeability is closed transitively: linked tasks form one merge component.
 * - A component is one visit when its task windows (`taskWindow`) overlap; the visit's window is
 *   the latest task start to the earliest task end. Otherwise it is split into the fewest visits with
 *   non-empty windows, each still linked by `mayMerge` (tasks by window end join the first visit they
 *   may merge with and whose end point they start by), and reported as `disjoint-windows`.
 * - Each visit's items, departments, lead and qualifications are described at {@link VisitSchema};
 *   the lead department is the lead of the visit's first task by month, then position in the plan.
 * - The result does not depend on the order of `draws`; visits are ordered by subject id, window start,
 *   window end and id (UTF-16 code units); ids come from {@link visitId}.
 *
 * Error paths start with the argument: `['draws', i, 'taskId']`, `['plan', 'tasks', i, …]`, `['policy', …]`.
 *
 * @param draws - drawn `{ taskId, subjectId }` pairs, any iterable (see {@link assignmentsFromDraws})
 * @param options - `{ plan, catalogue, policy }`
 * @returns `{ visits, summary, repeatVisits, findings }`
 * @throws {ShuangsuijiError} `INVALID_PLAN`, `INVALID_POLICY`, `INVALID_CATALOGUE` for bad options (and the
 *   schemas' own codes such as `INVALID_DATE` for an impossible date in the plan);
 *   `DUPLICATE_ID` for a repeated task id in the plan or a repeated (task, subject) pair in `draws`;
 *   `UNKNOWN_ITEM` for a task item not in the catalogue; `UNKNOWN_TASK` for a drawn task not in the plan;
 *   `INVALID_INPUT` for a malformed pair
 *
 * @example
 * ```ts
 * const plan = { year: 2023, unit: '某区市场监督管理局', tasks: [
 *   { id: 'T1', name: '餐饮服务检查', month: 3, leadDepartment: '餐饮科', itemCodes: ['A99', 'B01'], sampling: { count: 10 }, mergeGroup: 'food' },
 *   { id: 'T2', name: '价格检查', month: 3, leadDepartment: '价竞分局', itemCodes: ['A99', 'A100'], sampling: { count: 10 }, mergeGroup: 'food' },
 * ] };
 * const catalogue = zhejiang2023Catalogue;
 * const result = mergeTasks(
 *   [{ taskId: 'T2', subjectId: 's1' }, { taskId: 'T1', subjectId: 's1' }],
 *   { plan, catalogue, policy: zhejiang2023 },
 * );
 * result.visits[0].id; //=> 's1:T1+T2'
 * result.visits[0].items; //=> ['A99', 'A100', 'B01']
 * result.visits[0].departments; //=> ['餐饮科', '价竞分局']
 * result.summary; //=> { pairs: 2, subjects: 1, visits: 1, saved: 1, jointVisits: 1 }
 * ```
 */
export function mergeTasks(draws: Iterable<Assignment>, options: MergeOptions): MergeResult {
  const context = buildMergeContext(parseMergeOptions(options));
  const { subjectIds, numberOf, words, masks, pairs } = groupAssignments(draws, context.rankOf, context.tasks.length);
  const plans = taskSetPlans(context, visitTemplates(context), words);
  // subjectIds is our own array (first-appearance order): sort it in place; numbers stay in numberOf
  subjectIds.sort();
  const visits: Visit[] = [];
  const repeatVisits: RepeatVisit[] = [];
  let jointVisits = 0;
  // repeat visits grouped by reason as they are made, for the findings (one pass, no map per entry)
  const subjectsByReason = RepeatVisitReasonSchema.options.map((): string[] => []);
  const visitsByReason = RepeatVisitReasonSchema.options.map(() => 0);

  for (let i = 0; i < subjectIds.length; i += 1) {
    const subjectId = subjectIds[i]!;
    const own = plans.get(masks, numberOf.get(subjectId)! * words);
    const templates = own.templates;
    const prefix = escapeVisitIdPart(subjectId);
    const count = templates.length;
    if (count === 1) {
      const template = templates[0]!;
      if (template.joint) jointVisits += 1;
      visits.push(makeVisit(prefix + template.idSuffix, subjectId, template));
      continue;
    }
    const visitIds = new Array<string>(count);
    for (let t = 0; t < count; t += 1) {
      const template = templates[t]!;
      const id = prefix + template.idSuffix;
      if (template.joint) jointVisits += 1;
      visits.push(makeVisit(id, subjectId, template));
      visitIds[t] = id;
    }
    repeatVisits.push({ subjectId, visitIds, reason: own.reason! });
    subjectsByReason[own.reasonIndex]!.push(subjectId);
    visitsByReason[own.reasonIndex] = visitsByReason[own.reasonIndex]! + count;
  }

  const summary = { pairs, subjects: subjectIds.length, visits: visits.length, saved: pairs - visits.length, jointVisits };
  return { visits, summary, repeatVisits, findings: mergeFindingsByReason(summary, subjectsByReason, visitsByReason) };
}

function makeVisit(id: string, subjectId: string, template: VisitTemplate): Visit {
  return {
    id,
    subjectId,
    tasks: template.tasks,
    items: template.items,
    departments: template.departments,
    leadDepartment: template.leadDepartment,
    joint: template.joint,
    window: template.window,
    requiredQualifications: template.requiredQualifications,
  };
}
