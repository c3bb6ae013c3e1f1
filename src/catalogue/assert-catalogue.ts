import { ShuangsuijiError, type ErrorPath } from '../core/errors.js';
import type { Catalogue } from './define-catalogue.js';

/**
 * Checks that a value is a catalogue made by {@link defineCatalogue} (internal; 清单校验).
 * Cheap structural check: the lookups the functions rely on must be there.
 *
 * @param value - the value passed as a catalogue
 * @param path - where the value sits in the caller's input
 * @returns nothing; narrows `value` to {@link Catalogue}
 * @throws {ShuangsuijiError} `INVALID_CATALOGUE` when it is not one
 *
 * @example
 * ```ts
 * assertCatalogue(zhejiang2023Catalogue); // passes
 * assertCatalogue({ items: [] }); // throws INVALID_CATALOGUE
 * ```
 */
export function assertCatalogue(value: unknown, path: ErrorPath = []): asserts value is Catalogue {
  const candidate = value as Partial<Catalogue> | null | undefined;
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    !(candidate.byCode instanceof Map) ||
    !Array.isArray(candidate.items) ||
    !Array.isArray(candidate.generalCodes)
  ) {
    throw new ShuangsuijiError('INVALID_CATALOGUE', '抽查事项清单无效：应使用 defineCatalogue 创建', { path });
  }
}
