/**
 * Minimum staff of each department when the size of the inspector directory is left to default (每科室最少人数).
 *
 * @example
 * ```ts
 * MIN_INSPECTORS_PER_DEPARTMENT; //=> 6
 * ```
 */
export const MIN_INSPECTORS_PER_DEPARTMENT = 6;

/**
 * Subjects per inspector when the size of the inspector directory is left to default (每名执法人员对应主体数).
 *
 * @example
 * ```ts
 * SUBJECTS_PER_INSPECTOR; //=> 400
 * ```
 */
export const SUBJECTS_PER_INSPECTOR = 400;

/**
 * The default size of a synthetic inspector directory (默认执法人员数): one per 400 subjects,
 * but at least six per department.
 *
 * @param subjects - number of subjects
 * @param departments - number of departments
 * @returns `max(ceil(subjects / 400), 6 × departments)`
 *
 * @example
 * ```ts
 * defaultInspectorCount(2_000, 22); //=> 132 (max(5, 6 × 22))
 * defaultInspectorCount(100_000, 22); //=> 250 (max(250, 132))
 * ```
 */
export function defaultInspectorCount(subjects: number, departments: number): number {
  return Math.max(Math.ceil(subjects / SUBJECTS_PER_INSPECTOR), MIN_INSPECTORS_PER_DEPARTMENT * departments);
}

/**
 * Shares a number of inspectors among departments (人员分配): each department first gets
 * `min(6, floor(total / departments))`, the rest goes by weight with the largest-remainder
 * method, ties to the earlier department.
 *
 * @param total - number of inspectors, an integer ≥ 0
 * @param weights - relative weight of each department (positive)
 * @returns the count of each department, summing to `total`
 *
 * @example
 * ```ts
 * allocateInspectors(23, [1, 1, 3]); //=> [7, 7, 9] (6 each, then 5 left: quotas 1, 1, 3)
 * allocateInspectors(20, [1, 1, 3]); //=> [7, 6, 7] (6 each, then 2 left: quotas 0.4, 0.4, 1.2; floors 0, 0, 1, the last to the first 0.4)
 * allocateInspectors(4, [1, 1, 3]); //=> [1, 1, 2] (1 each, then 1 left: quotas 0.2, 0.2, 0.6)
 * ```
 */
export function allocateInspectors(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const base = Math.min(MIN_INSPECTORS_PER_DEPARTMENT, Math.floor(total / weights.length));
  const rest = total - base * weights.length;
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const quotas = weights.map((w) => (rest * w) / weightSum);
  const counts = quotas.map((q) => base + Math.floor(q));
  let left = total - counts.reduce((sum, c) => sum + c, 0);
  const order = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] as number) + 1;
    left -= 1;
  }
  return counts;
}
