import { parseInput } from '../core/parse-input.js';
import { PoolFilterSchema, type PoolFilter, type PoolFilterInput } from '../directory/pool-filter.js';
import { SUBJECT_KIND_LABELS } from '../directory/subject.js';

const STATUS_LABELS: Readonly<Record<string, string>> = { operating: '存续（在业）', suspended: '歇业', deregistered: '注销', revoked: '吊销' };

/**
 * Describes a task's pool in Chinese for publication (抽查范围说明), criterion by criterion in a
 * fixed order; an unrestricted pool reads `全部市场主体`.
 *
 * @param input - a pool filter (validated with `PoolFilterSchema`)
 * @returns the description, criteria joined by `；`
 * @throws {ShuangsuijiError} `INVALID_INPUT` for a bad filter
 *
 * @example
 * ```ts
 * describePool(PoolFilterSchema.parse({ kinds: ['enterprise'], tags: ['food'] }));
 * //=> '主体类型：企业；分类监管标签（任一）：food；登记状态：存续（在业）'
 * describePool(PoolFilterSchema.parse({})); //=> '全部市场主体；登记状态：存续（在业）'
 * ```
 */
export function describePool(input: PoolFilterInput): string {
  const filter: PoolFilter = parseInput(PoolFilterSchema, input, 'INVALID_INPUT', '抽查范围');
  const parts: string[] = [];
  const add = (label: string, values: readonly string[] | undefined): void => {
    if (values !== undefined) parts.push(`${label}：${values.join('、')}`);
  };
  add('主体类型', filter.kinds?.map((kind) => SUBJECT_KIND_LABELS[kind]));
  add('分类监管标签（任一）', filter.tags);
  add('分类监管标签（全部）', filter.allTags);
  add('排除标签', filter.excludeTags);
  add('区域', filter.regions);
  add('网格', filter.grids);
  add('管辖单位', filter.units);
  add('信用风险分类', filter.riskClasses);
  if (parts.length === 0) parts.push('全部市场主体');
  add('登记状态', filter.statuses.map((status) => STATUS_LABELS[status] ?? status));
  return parts.join('；');
}
