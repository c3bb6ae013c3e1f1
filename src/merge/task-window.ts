import type { CivilDate } from '../core/civil-date.js';
import type { PlannedTask } from '../plan/plan-schema.js';
import type { VisitWindow } from './visit.js';

/**
 * The period in which a task's checks may take place (任务实施时段), both days included:
 * - `from` — the task's `issuedOn` (下发日期) if given, else the first day of its month;
 * - `to` — the task's `dueOn` (完成日期) if given, else the completion deadline of the year
 *   (10月底前完成各项指标, 通知·四), or 31 December when the task starts after that deadline.
 *
 * A merged visit's window is the overlap of its tasks' windows: the latest `from`, the earliest `to`.
 * The result may be empty (`from > to`) when `dueOn` is before the start; {@link mergeTasks} rejects that.
 *
 * @param task - the task's `month`, `issuedOn` and `dueOn`
 * @param year - the plan's year
 * @param deadline - the completion deadline of the year, a civil date
 * @returns `{ from, to }`
 *
 * @example
 * ```ts
 * taskWindow({ month: 3 }, 2023, '2023-10-31'); //=> { from: '2023-03-01', to: '2023-10-31' }
 * taskWindow({ month: 3, issuedOn: '2023-03-06', dueOn: '2023-06-30' }, 2023, '2023-10-31'); //=> { from: '2023-03-06', to: '2023-06-30' }
 * taskWindow({ month: 11 }, 2023, '2023-10-31'); //=> { from: '2023-11-01', to: '2023-12-31' }
 * ```
 */
export function taskWindow(
  task: Pick<PlannedTask, 'month'> & Partial<Pick<PlannedTask, 'issuedOn' | 'dueOn'>>,
  year: number,
  deadline: CivilDate,
): VisitWindow {
  const yyyy = String(year).padStart(4, '0');
  const from = task.issuedOn ?? `${yyyy}-${String(task.month).padStart(2, '0')}-01`;
  const to = task.dueOn ?? (deadline >= from ? deadline : `${yyyy}-12-31`);
  return { from, to };
}
