import { canonicalSubjectId, isCanonicalSubjectId } from '../canonical-subject-id.js';

/**
 * The key under which a subject id is compared (主体比对键，内部): its canonical form
 * ({@link canonicalSubjectId}), or the id itself when it has none (it holds a control character,
 * a lone surrogate, or nothing but blanks — such ids are left for the caller's own checks). Canonical
 * ASCII ids return at once, without allocation.
 *
 * @param id - a string id
 * @returns the comparison key
 *
 * @example
 * ```ts
 * subjectKey('X '); //=> 'X'
 * subjectKey('s1'); //=> 's1'
 * ```
 */
export function subjectKey(id: string): string {
  if (isCanonicalSubjectId(id)) return id;
  try {
    return canonicalSubjectId(id);
  } catch {
    return id;
  }
}
