/**
 * Freezes an object and everything reachable from it (深度冻结), so presets and shared
 * reference data cannot be changed by a caller.
 *
 * @param value - the object to freeze (frozen in place)
 * @returns the same object, typed as read-only
 *
 * @example
 * ```ts
 * const policy = deepFreeze({ targets: { rate: 0.03 } });
 * Object.isFrozen(policy.targets); //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
