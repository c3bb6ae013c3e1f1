import { z } from 'zod';

/**
 * Stable English ids of the official result categories of a random check (抽查检查结果类别),
 * as used on 国家企业信用信息公示系统 (list to be confirmed against the platform before release).
 *
 * @example
 * ```ts
 * ResultCategoryIdSchema.parse('no-problem'); //=> 'no-problem'
 * ResultCategoryIdSchema.safeParse('ok').success; //=> false
 * ```
 */
export const ResultCategoryIdSchema = z
  .enum([
    'no-problem',
    'info-not-published',
    'info-falsified',
    'unreachable-at-address',
    'obstruction',
    'ordered-to-correct',
    'pending-follow-up',
    'activity-not-found',
    'deregistered',
    'revoked',
    'transferred',
  ])
  .meta({ description: '抽查检查结果类别（官方类别的英文标识）' });

/**
 * Id of one of the built-in result categories (检查结果类别标识).
 *
 * @example
 * ```ts
 * const id: ResultCategoryId = 'ordered-to-correct';
 * defaultResultCategories.byId.get(id)?.text; //=> '发现问题已责令改正'
 * ```
 */
export type ResultCategoryId = z.infer<typeof ResultCategoryIdSchema>;

/**
 * Schema of one result category (检查结果类别): its stable id, the Chinese text published, whether
 * the category means a problem was found (发现问题) and whether it needs a later follow-up
 * (需要后续处置). A bureau may add its own categories with {@link defineResultCategories}.
 *
 * @example
 * ```ts
 * ResultCategorySchema.parse({ id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false }).id; //=> 'warned'
 * ```
 */
export const ResultCategorySchema = z
  .strictObject({
    /** Stable id (ASCII, kebab-case), e.g. `no-problem`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '应为小写字母、数字和连字符组成的标识'),
    /** The Chinese text published (公示文字), e.g. `未发现问题`. */
    text: z.string().min(1),
    /** Whether a record of this category found a problem (发现问题). */
    problemFound: z.boolean(),
    /** Whether a problem of this category needs a later follow-up (需要后续处置). */
    followUpNeeded: z.boolean(),
  })
  .meta({ description: '抽查检查结果类别' });

/**
 * One result category (检查结果类别).
 *
 * @example
 * ```ts
 * const warned: ResultCategory = { id: 'warned', text: '发现问题已予警告', problemFound: true, followUpNeeded: false };
 * defineResultCategories([warned]).byId.get('warned')?.text; //=> '发现问题已予警告'
 * ```
 */
export type ResultCategory = z.infer<typeof ResultCategorySchema>;

/**
 * The official result categories of a random check (抽查检查结果类别), in the platform's order,
 * with their Chinese text and what each implies. `transferred` (已移送其他部门处理) found a problem
 * that is already disposed of by the transfer, so it needs no further follow-up.
 *
 * @example
 * ```ts
 * RESULT_CATEGORIES.length; //=> 11
 * RESULT_CATEGORIES[0]; //=> { id: 'no-problem', text: '未发现问题', problemFound: false, followUpNeeded: false }
 * RESULT_CATEGORIES.find((c) => c.id === 'unreachable-at-address')?.text; //=> '通过登记的住所（经营场所）无法联系'
 * ```
 */
export const RESULT_CATEGORIES: readonly Readonly<ResultCategory>[] = Object.freeze(
  (
    [
      { id: 'no-problem', text: '未发现问题', problemFound: false, followUpNeeded: false },
      { id: 'info-not-published', text: '未按规定公示应当公示的信息', problemFound: true, followUpNeeded: true },
      { id: 'info-falsified', text: '公示信息隐瞒真实情况、弄虚作假', problemFound: true, followUpNeeded: true },
      { id: 'unreachable-at-address', text: '通过登记的住所（经营场所）无法联系', problemFound: true, followUpNeeded: true },
      { id: 'obstruction', text: '不配合检查情节严重', problemFound: true, followUpNeeded: true },
      { id: 'ordered-to-correct', text: '发现问题已责令改正', problemFound: true, followUpNeeded: true },
      { id: 'pending-follow-up', text: '发现问题待后续处理', problemFound: true, followUpNeeded: true },
      { id: 'activity-not-found', text: '未发现开展本次抽查涉及的经营活动', problemFound: false, followUpNeeded: false },
      { id: 'deregistered', text: '检查对象已注销', problemFound: false, followUpNeeded: false },
      { id: 'revoked', text: '检查对象已吊销', problemFound: false, followUpNeeded: false },
      { id: 'transferred', text: '已移送其他部门处理', problemFound: true, followUpNeeded: false },
    ] satisfies ResultCategory[]
  ).map((category) => Object.freeze(category)),
);
