import { ShuangsuijiError } from '../core/errors.js';
import type { Subject, SubjectInput } from '../directory/subject.js';

const KINDS = /* @__PURE__ */ new Set(['enterprise', 'individual', 'cooperative', 'other']);
const STATUSES = /* @__PURE__ */ new Set(['operating', 'suspended', 'deregistered', 'revoked']);
const CLASSES = /* @__PURE__ */ new Set(['A', 'B', 'C', 'D']);

/**
 * Checks a subject directory by hand, without zod, and returns it as parsed subjects (名录库快速校验，
 * 内部): a subject that already has `status`, `tags` and `domainRiskClasses` is returned as is, one
 * that leaves them out is copied with the defaults (`operating`, `[]`, `{}`). Inputs are not mutated.
 *
 * @param directory - subjects, any iterable
 * @returns the subjects, in input order
 * @throws {ShuangsuijiError} `INVALID_INPUT` with path `['directory']` or `['directory', index, field]`
 *   (id, kind, status, tags, riskClass, domainRiskClasses); `DUPLICATE_ID` with path
 *   `['directory', index, 'id']`
 *
 * @example
 * ```ts
 * checkDirectory([{ id: 's1', name: '甲', kind: 'enterprise' }])[0]?.status; //=> 'operating'
 * checkDirectory([{ id: 's1', name: '甲', kind: 'firm' }]); // throws INVALID_INPUT, path ['directory', 0, 'kind']
 * ```
 */
export function checkDirectory(directory: Iterable<SubjectInput>): Subject[] {
  if (directory === null || typeof (directory as { [Symbol.iterator]?: unknown } | undefined)?.[Symbol.iterator] !== 'function') {
    throw new ShuangsuijiError('INVALID_INPUT', '检查对象名录库应为数组或可迭代对象', { path: ['directory'] });
  }
  const subjects: Subject[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (const subject of directory) {
    const bad = (field: string, what: string): never => {
      throw new ShuangsuijiError('INVALID_INPUT', `名录库第 ${index + 1} 个对象无效（字段 ${field}）：${what}`, { path: ['directory', index, field] });
    };
    if (subject === null || typeof subject !== 'object') {
      throw new ShuangsuijiError('INVALID_INPUT', `名录库第 ${index + 1} 个对象应为对象`, { path: ['directory', index] });
    }
    const { id, kind, status, tags, riskClass, domainRiskClasses } = subject;
    if (typeof id !== 'string' || id.length === 0) bad('id', '应为非空字符串');
    if (!KINDS.has(kind)) bad('kind', `主体类型无效：${String(kind)}`);
    if (status !== undefined && !STATUSES.has(status)) bad('status', `登记状态无效：${String(status)}`);
    if (tags !== undefined && !Array.isArray(tags)) bad('tags', '应为字符串数组');
    if (riskClass !== undefined && !CLASSES.has(riskClass)) bad('riskClass', `应为 A、B、C、D 之一：${String(riskClass)}`);
    if (domainRiskClasses !== undefined && (domainRiskClasses === null || typeof domainRiskClasses !== 'object')) {
      bad('domainRiskClasses', '应为以领域为键的对象');
    }
    if (seen.has(id)) {
      throw new ShuangsuijiError('DUPLICATE_ID', `名录库中的主体标识 ${id} 重复`, { path: ['directory', index, 'id'], details: { id } });
    }
    seen.add(id);
    subjects.push(
      status !== undefined && tags !== undefined && domainRiskClasses !== undefined
        ? (subject as Subject)
        : { ...subject, status: status ?? 'operating', tags: tags ?? [], domainRiskClasses: domainRiskClasses ?? {} },
    );
    index += 1;
  }
  return subjects;
}
