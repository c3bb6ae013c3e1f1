import { sha256Hex } from '../draw/sha256.js';
import type { ResolvedKpiContext } from './kpi-context.js';

/**
 * The portable fingerprint of a KPI context (统计口径指纹，内部): the SHA-256 hex of everything the
 * counts depend on — enterprises, catalogue, plan, policy, asOf and task publications (the
 * context's `fingerprint`), plus the content of the working-day calendar and of the result-category
 * table. Two processes that build the same context get the same digest, so an accumulator state
 * can be checked against the accumulator it is merged into.
 *
 * @param context - the resolved context
 * @returns 64 lowercase hex digits
 *
 * @example
 * ```ts
 * kpiContextDigest(resolveKpiContext(context)) === kpiContextDigest(resolveKpiContext({ ...context })); //=> true
 * kpiContextDigest(resolveKpiContext(context)) === kpiContextDigest(resolveKpiContext({ ...context, asOf: '2023-10-30' })); //=> false
 * ```
 */
export function kpiContextDigest(context: ResolvedKpiContext): string {
  const { calendar, registry } = context;
  return sha256Hex(
    JSON.stringify({
      context: context.fingerprint,
      calendar: { from: calendar.years.from, to: calendar.years.to, holidays: calendar.holidays, workdays: calendar.workdays },
      resultCategories: registry.categories.map((category) => [category.id, category.text, category.problemFound, category.followUpNeeded]),
    }),
  );
}
