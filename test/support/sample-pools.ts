import { generateDirectory } from '../../src/simulate/index.js';
import { countPlanPools, type PlanPools } from '../../src/plan/index.js';
import { longwan2023SamplePlan, zhejiang2023, zhejiang2023Catalogue } from '../../src/presets/index.js';
import type { Subject } from '../../src/directory/index.js';

let directory: Subject[] | undefined;
let pools: PlanPools | undefined;

/**
 * The synthetic district of the docs and the demo (seed `longwan-2023-demo`, 20 000 subjects), built
 * once per test file.
 */
export function sampleDirectory(): Subject[] {
  directory ??= generateDirectory({ seed: 'longwan-2023-demo', size: 20_000 }).subjects;
  return directory;
}

/**
 * The pool sizes of the sample plan's tasks in that district (countPlanPools): what validatePlan
 * needs to estimate the indicators counted in checks.
 */
export function samplePools(): PlanPools {
  pools ??= countPlanPools(longwan2023SamplePlan, sampleDirectory(), { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
  return pools;
}
