/**
 * 预设 — policy presets as data: one folder per preset (policy, sources, README, and a catalogue and
 * sample plan where its source gives them), composed national → province → district with
 * `definePolicy`, every number cited. Nothing outside this folder imports a preset: the engine's
 * functions take the policy they apply as an argument.
 *
 * @module presets
 */
export { national } from './national/policy.js';
export { nationalResultCategories } from './national/result-categories.js';
export { zhejiang2023 } from './zhejiang2023/policy.js';
export { zhejiang2023Catalogue } from './zhejiang2023/catalogue.js';
export { longwan2023SamplePlan } from './zhejiang2023/sample-plan.js';
export { henan2021 } from './henan2021/policy.js';
export { lindian2024 } from './lindian2024/policy.js';
export { PRESETS } from './list.js';
export type { Preset } from './preset.js';
