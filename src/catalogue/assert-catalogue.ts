import { ShuangsuijiError, type ErrorPath } from '../core/errors.js';
import type { Catalogue } from './define-catalogue.js';
import { describeValue } from '../core/_internal/boundary.js';
import { isRegisteredCatalogue } from './_internal/catalogue-registry.js';

/**
 * Checks that a value is a catalogue made by {@link defineCatalogue} (internal; 清单校验).
 * O(1) and runs none of the caller's code: the catalogue must be one `defineCatalogue` returned
 * (frozen, so it is still what was validated); a copy or a look-alike is rejected.
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
  if (!isRegisteredCatalogue(value)) {
    throw new ShuangsuijiError('INVALID_CATALOGUE', `抽查事项清单无效：应使用 defineCatalogue 创建，收到 ${describeValue(value)}`, { path });
  }
}
