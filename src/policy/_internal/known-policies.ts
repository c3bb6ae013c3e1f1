/**
 * Policies the library built and froze (已校验的政策参数，内部): `definePolicy` registers each
 * result here, so helpers that are handed one of them skip re-validating it. A policy built any other
 * way is validated in full where it is used.
 */
const known = /* @__PURE__ */ new WeakSet<object>();

/** Records a policy that `definePolicy` validated and deep-froze. */
export function rememberPolicy<P extends object>(policy: P): P {
  known.add(policy);
  return policy;
}

/** Whether `value` is a policy `definePolicy` validated and deep-froze. */
export function isKnownPolicy(value: unknown): boolean {
  return typeof value === 'object' && value !== null && known.has(value);
}
