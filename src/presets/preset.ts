import type { Catalogue } from '../catalogue/define-catalogue.js';
import type { AnnualPlan } from '../plan/plan-schema.js';
import type { Policy } from '../policy/policy-schema.js';

/**
 * One preset of the library (预设): a folder of `src/presets` with its policy and, where the source
 * gives one, a catalogue and a sample plan. Listed in {@link PRESETS}.
 *
 * @example
 * ```ts
 * const preset: Preset | undefined = PRESETS.find((p) => p.policy.id === 'zhejiang2023');
 * [preset?.folder, preset?.catalogue?.year, preset?.samplePlan?.tasks.length]; //=> ['zhejiang2023', 2023, 20]
 * ```
 */
export interface Preset {
  /** The folder under `src/presets`. */
  readonly folder: string;
  readonly policy: Policy;
  readonly catalogue?: Catalogue;
  readonly samplePlan?: AnnualPlan;
}
