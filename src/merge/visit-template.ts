import type { CivilDate } from '../core/civil-date.js';
import type { MergeContext } from './task-profile.js';
import type { VisitWindow } from './visit.js';

/**
 * Everything of a visit that depends only on its set of tasks (检查批次模板, internal), computed once
 * per distinct set and shared, frozen, by every visit with that set.
 *
 * @example
 * ```ts
 * // ranks 0 and 1: tasks of 餐饮科 and 价竞分局
 * const template = visitTemplates(context).get([0, 1]);
 * template.joint; //=> true
 * ```
 */
export interface VisitTemplate {
  /** `:` then the escaped task ids sorted by UTF-16 code units, joined with `+`: the id after the subject part. */
  readonly idSuffix: string;
  readonly tasks: readonly string[];
  readonly items: readonly string[];
  readonly departments: readonly string[];
  readonly leadDepartment: string;
  readonly joint: boolean;
  readonly window: VisitWindow;
  readonly requiredQualifications: readonly string[];
}

/**
 * Builds the template of a visit from its tasks (合并检查内容): the union of items (general items
 * first), of departments (lead first) and of qualifications, the lead of the first task in schedule
 * order and the overlap of the task windows.
 *
 * @param ranks - schedule ranks of the tasks, ascending, at least one
 * @param context - the merge context
 * @returns the frozen template
 *
 * @example
 * ```ts
 * // the plan's first task by month is T01
 * buildVisitTemplate([0], context).tasks; //=> ['T01']
 * ```
 */
export function buildVisitTemplate(ranks: readonly number[], context: MergeContext): VisitTemplate {
  const profiles = ranks.map((rank) => context.tasks[rank]!);
  const first = profiles[0]!;
  let from: CivilDate = first.from;
  let to: CivilDate = first.to;
  const itemRanks = new Set<number>();
  const others = new Set<string>();
  for (const profile of profiles) {
    if (profile.from > from) from = profile.from;
    if (profile.to < to) to = profile.to;
    for (const rank of profile.itemRanks) itemRanks.add(rank);
    for (const department of profile.departments) others.add(department);
  }
  const leadDepartment = first.leadDepartment;
  others.delete(leadDepartment);
  const sortedItemRanks = [...itemRanks].sort((a, b) => a - b);
  const qualifications = new Set<string>();
  for (const rank of sortedItemRanks) for (const qualification of context.itemQualifications[rank]!) qualifications.add(qualification);
  const departments = [leadDepartment, ...[...others].sort()];
  const idSuffix = ':' + profiles
    .map((profile) => profile.id)
    .sort()
    .map((id) => context.tasks[context.rankOf.get(id)!]!.escapedId)
    .join('+');
  return Object.freeze({
    idSuffix,
    tasks: Object.freeze(profiles.map((profile) => profile.id)),
    items: Object.freeze(sortedItemRanks.map((rank) => context.itemCodes[rank]!)),
    departments: Object.freeze(departments),
    leadDepartment,
    joint: departments.length > 1,
    window: Object.freeze({ from, to }),
    requiredQualifications: Object.freeze([...qualifications].sort()),
  });
}

/**
 * A cache of visit templates keyed by the set of task ranks (检查批次模板缓存, internal).
 *
 * @example
 * ```ts
 * const templates = visitTemplates(context);
 * templates.get([0, 2]) === templates.get([0, 2]); //=> true
 * ```
 */
export interface VisitTemplates {
  /** The template of the tasks with these schedule ranks (ascending, not mutated). */
  get(ranks: readonly number[]): VisitTemplate;
  /** The template of the single task with this schedule rank. */
  single(rank: number): VisitTemplate;
}

/**
 * Creates a {@link VisitTemplates} cache for one merge (检查批次模板缓存).
 *
 * @param context - the merge context
 * @returns the cache
 *
 * @example
 * ```ts
 * // the plan's first task by month is T01
 * visitTemplates(context).single(0).tasks; //=> ['T01']
 * ```
 */
export function visitTemplates(context: MergeContext): VisitTemplates {
  const singles: (VisitTemplate | undefined)[] = new Array<VisitTemplate | undefined>(context.tasks.length);
  const many = new Map<string, VisitTemplate>();
  const single = (rank: number): VisitTemplate => (singles[rank] ??= buildVisitTemplate([rank], context));
  return {
    single,
    get(ranks) {
      if (ranks.length === 1) return single(ranks[0]!);
      const key = ranks.join(',');
      let template = many.get(key);
      if (template === undefined) {
        template = buildVisitTemplate(ranks, context);
        many.set(key, template);
      }
      return template;
    },
  };
}
