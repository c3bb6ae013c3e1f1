import { ShuangsuijiError } from '../core/errors.js';
import { resultPublicationRecord, type ResultPublicationOptions, type ResultPublicationRecord } from './result-publication-record.js';
import { taskPublicationRecord, type TaskPublicationInput, type TaskPublicationRecord } from './task-publication-record.js';

/**
 * Input of {@link publicationRecord}: a plan task (`kind: 'task'`) or the result of one check (`kind: 'result'`).
 *
 * @example
 * ```ts
 * const input: PublicationInput = { kind: 'task', task: longwan2023SamplePlan.tasks[0]!, sampleSize: 12 };
 * publicationRecord(input).kind; //=> 'task'
 * ```
 */
export type PublicationInput =
  | ({ readonly kind: 'task' } & TaskPublicationInput)
  | ({ readonly kind: 'result'; readonly record: unknown } & ResultPublicationOptions);

/**
 * What is published (公示内容): a plan task or a result.
 *
 * @example
 * ```ts
 * const published: PublicationRecord = publicationRecord({ kind: 'result', record: { ...record, resultCategory: 'no-problem' }, policy: zhejiang2023 });
 * published.kind === 'result' ? published.result : published.name; //=> '未发现问题'
 * ```
 */
export type PublicationRecord = TaskPublicationRecord | ResultPublicationRecord;

/**
 * Builds what is published (一公开) for a plan task or for the result of one check, as a plain
 * JSON-ready object; dispatches to {@link taskPublicationRecord} or {@link resultPublicationRecord}.
 *
 * @param input - `{ kind: 'task', task, … }` or `{ kind: 'result', record, … }`
 * @returns the publication record, with the same `kind`
 * @throws {ShuangsuijiError} `INVALID_INPUT` for an unknown `kind` (path `['kind']`) and the codes of
 *   the function dispatched to
 *
 * @example
 * ```ts
 * publicationRecord({ kind: 'result', record: { ...record, resultCategory: 'no-problem' }, policy: zhejiang2023 }).result; //=> '未发现问题'
 * publicationRecord({ kind: 'task', task }).kind; //=> 'task'
 * ```
 */
export function publicationRecord(input: PublicationInput): PublicationRecord {
  const kind = (input as { kind?: unknown } | null)?.kind;
  if (kind === 'task') {
    const { kind: _kind, ...rest } = input as { kind: 'task' } & TaskPublicationInput;
    return taskPublicationRecord(rest);
  }
  if (kind === 'result') {
    const { kind: _kind, record, ...options } = input as { kind: 'result'; record: unknown } & ResultPublicationOptions;
    return resultPublicationRecord(record, options);
  }
  throw new ShuangsuijiError('INVALID_INPUT', '公示输入无效（字段 kind）：应为 task 或 result', { path: ['kind'], details: { kind } });
}
