import { z } from 'zod';
import { parseInput } from '../core/parse-input.js';
import { SeedSchema } from './seed-schema.js';
import { isWellFormedText } from './utf8.js';

const TaskSeedInputSchema = /* @__PURE__ */ (() => z.strictObject({
  seed: SeedSchema,
  taskId: z.string().min(1).refine(isWellFormedText, '任务编号不是有效的 Unicode'),
}))();

/**
 * The seed of one task derived from the master seed (任务种子): the string `${seed}/${taskId}`.
 *
 * Two tasks drawn with one master seed therefore get unrelated ticket orders, and an auditor
 * replays a task with the Python package alone: `first_fraction(id, seed + '/' + task_id)`.
 * The derived seed is written into every record next to the master seed.
 *
 * @param seed - the master seed (from the draw ceremony)
 * @param taskId - the task's id
 * @returns the task seed
 * @throws {ShuangsuijiError} `EMPTY_SEED` for an empty seed; `INVALID_INPUT` for an empty task id
 *
 * @example
 * ```ts
 * deriveTaskSeed('01382438112797316654', '2023-07'); //=> '01382438112797316654/2023-07'
 * ```
 */
export function deriveTaskSeed(seed: string, taskId: string): string {
  const parsed = parseInput(TaskSeedInputSchema, { seed, taskId }, 'INVALID_INPUT', '任务种子');
  return `${parsed.seed}/${parsed.taskId}`;
}
