import type { FieldSourceInput } from '../../policy/policy-source.js';

/**
 * The source notice of the zhejiang2023 preset (出处): 龙湾区市场监督管理局《关于做好2023年度“双随机、
 * 一公开”监管工作的通知》, 2023-02-24, which applies the province's 2023 notice to the district. Its
 * four sections are cited 通知·一 … 通知·四. No public address of it was found in the stored pages;
 * the project holds its text.
 */
export const NOTICE = {
  document: '龙湾区市场监督管理局《关于做好2023年度“双随机、一公开”监管工作的通知》（2023年2月24日）',
  date: '2023-02-24',
} as const;

/**
 * A source in the notice (通知条款).
 *
 * @param section - 一, 二, 三 or 四
 * @param quote - the words of the notice
 * @param note - how the words were read, when that needs saying
 * @returns the source
 *
 * @example
 * ```ts
 * notice('三', '确保部门联合随机抽查率达到30%以上').ref; //=> '通知·三'
 * ```
 */
export function notice(section: '一' | '二' | '三' | '四', quote: string, note?: string): FieldSourceInput & { ref: string } {
  return {
    status: 'sourced',
    ref: `通知·${section}`,
    document: NOTICE.document,
    clause: section,
    date: NOTICE.date,
    quote,
    ...(note === undefined ? {} : { note }),
  };
}
