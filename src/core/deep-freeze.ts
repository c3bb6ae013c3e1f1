/**
 * Freezes an object and everything reachable from it (深度冻结), so presets and shared
 * reference data cannot be changed by a caller. Walks any depth without recursion; values behind
 * getters are not read (no caller code runs but a Proxy's traps); typed arrays cannot be frozen
 * and are left as they are.
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
  // An explicit stack, not recursion: any depth is fine, and a cycle ends at a frozen object.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object' || Object.isFrozen(current) || ArrayBuffer.isView(current)) continue;
    Object.freeze(current);
    for (const key of Reflect.ownKeys(current)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(current, key);
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
    }
  }
  return value;
}
