import { parseInput } from '../core/parse-input.js';
import type { Inspector } from '../directory/inspector.js';
import type { Subject } from '../directory/subject.js';
import { summarizeDirectory, type DirectorySummary } from './directory-summary.js';
import { GenerateDirectoryOptionsSchema, type GenerateDirectoryOptionsInput } from './generate-options.js';
import { generateInspectors } from './generate-inspectors.js';
import { generateSubjects } from './generate-subjects.js';
import { defaultInspectorCount } from './inspector-allocation.js';
import { SYNTHETIC_DEPARTMENTS } from './synthetic-departments.js';

/**
 * A synthetic directory: both 名录库 and their counts (合成名录库).
 *
 * @example
 * ```ts
 * const { subjects, inspectors, summary } = generateDirectory({ seed: 'demo', size: 100 });
 * summary.subjects === subjects.length; //=> true
 * ```
 */
export interface SyntheticDirectory {
  /** The subject directory (检查对象名录库). */
  subjects: Subject[];
  /** The inspector directory (执法检查人员名录库). */
  inspectors: Inspector[];
  /** Counts by kind, class, tag, status and department. */
  summary: DirectorySummary;
}

/**
 * Generates a synthetic district's two directories (合成名录库, for 推演, examples and
 * benchmarks): the subjects of {@link generateSubjects} and an inspector directory shared among
 * {@link SYNTHETIC_DEPARTMENTS} — qualifications by department (`food-safety`,
 * `special-equipment`, `measurement`, `drugs`), certificate dates around `asOf` (a few expired or
 * expiring), a few 回避 conflicts with generated subjects, about 3 % inactive.
 *
 * Deterministic: the same options give the same directory in every environment; subjects and
 * inspectors use separate streams, so changing `inspectors` or `asOf` leaves the subjects alone.
 *
 * @param options - `{ seed, size, mix?, region?, inspectors?, asOf? }`, see {@link GenerateDirectoryOptionsSchema}
 * @returns `{ subjects, inspectors, summary }`
 * @throws {ShuangsuijiError} `EMPTY_SEED` (path `['seed']`); `INVALID_INPUT` for a bad size
 *   (path `['size']`), mix (`['mix']`), region (`['region']`) or inspector count (`['inspectors']`);
 *   `INVALID_DATE` for a bad `asOf`
 *
 * @example
 * ```ts
 * const directory = generateDirectory({ seed: 'demo', size: 2_000 });
 * directory.subjects.length; //=> 2000
 * directory.inspectors.length; //=> 132 (six for each of 22 departments)
 * directory.summary.byKind; //=> { enterprise: 619, individual: 1344, cooperative: 37, other: 0 }
 * generateDirectory({ seed: '', size: 1 }); // throws EMPTY_SEED
 * ```
 */
export function generateDirectory(options: GenerateDirectoryOptionsInput): SyntheticDirectory {
  const { inspectors: inspectorCount, asOf, ...subjectOptions } = parseInput(
    GenerateDirectoryOptionsSchema,
    options,
    'INVALID_INPUT',
    '合成名录参数',
  );
  const subjects = [...generateSubjects(subjectOptions)];
  const total = inspectorCount ?? defaultInspectorCount(subjects.length, SYNTHETIC_DEPARTMENTS.length);
  const inspectors = generateInspectors(
    subjectOptions.seed,
    total,
    asOf,
    subjects.map((subject) => subject.id),
  );
  return { subjects, inspectors, summary: summarizeDirectory(subjects, inspectors) };
}
