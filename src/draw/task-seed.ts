import { z } from 'zod';
import { parseInput } from '../core/parse-input.js';
import { SeedSchema } from './seed-schema.js';
import { isWellFormedText } from './_internal/utf8.js';

const TaskSeedInputSchema = z.strictObject({
  seed: SeedSchema.refine((seed) => !seed.includes('/'), '随机种子不能含有 /：任务种子须能按第一个 / 唯一拆分回 (种子, 任务编号)'),
  taskId: z.string().min(1).refine(isWellFormedText, '任务编号不是有效的 Unicode'),
});

/**
 * The seed of one task derived from the master seed (任务种子): the string `${seed}/${taskId}`.
 *
 * Two tasks drawn with one master seed therefore get unrelated ticket orders, and an auditor
 * replays a task with the Python package alone: `first_fraction(id, seed + '/' + task_id)`. The
 * master seed may not hold `/`, so the task seed splits back into (seed, task id) at its first `/`
 * and two different pairs never share a task seed (`deriveTaskSeed('A/B', 'C')` would equal
 * `deriveTaskSeed('A', 'B/C')`).
 * The derived seed is written into every record next to the master seed.
 *
 * @param seed - the master seed (from the draw ceremony)
 * @param taskId - the task's id
 * @returns the task seed
 * @throws {ShuangsuijiError} `EMPTY_SEED` for an empty seed; `INVALID_INPUT` for an empty task id
 *   or a seed holding `/`
 *
 * @example
 * ```ts
 * deriveTaskSeed('01382438112797316654', '2023-07'); //=> '01382438112797316654/2023-07'
 * deriveTaskSeed('A/B', 'C'); // throws INVALID_INPUT, path ['seed']
 * ```
 */
export function deriveTaskSeed(seed: string, taskId: string): string {
  const parsed = parseInput(TaskSeedInputSchema, { seed, taskId }, 'INVALID_INPUT', '任务种子');
  return `${parsed.seed}/${parsed.taskId}`;
}
