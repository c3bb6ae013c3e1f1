/**
 * Deep snapshots of call arguments, to prove a call mutated nothing it was given. A snapshot
 * records, for every object reachable from the arguments, its prototype, extensibility, own
 * property descriptors (values by identity; getters are not run) and Map/Set entries. Objects whose
 * inspection runs throwing caller code (hostile Proxies) are left out.
 */
import { SHARED_IMMUTABLE } from './hostile.js';

const MAX_NODES = 50_000;

interface NodeShot {
  readonly node: object;
  readonly prototype: object | null;
  readonly extensible: boolean;
  readonly props: readonly (readonly [PropertyKey, unknown, unknown, unknown, boolean])[];
  readonly entries: readonly unknown[] | undefined;
}

export type Snapshot = readonly NodeShot[];

function isRealMap(value: object): value is Map<unknown, unknown> {
  try {
    Map.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

function isRealSet(value: object): value is Set<unknown> {
  try {
    Set.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

function shoot(node: object): NodeShot | undefined {
  try {
    if (ArrayBuffer.isView(node)) {
      return { node, prototype: Object.getPrototypeOf(node), extensible: Object.isExtensible(node), props: [], entries: Array.from(node as unknown as ArrayLike<number>) };
    }
    const props: (readonly [PropertyKey, unknown, unknown, unknown, boolean])[] = [];
    for (const key of Reflect.ownKeys(node)) {
      const d = Reflect.getOwnPropertyDescriptor(node, key);
      if (d === undefined) continue;
      props.push([key, d.value, d.get, d.set, d.writable === true]);
    }
    let entries: unknown[] | undefined;
    const prototype: unknown = Object.getPrototypeOf(node);
    const plain = prototype === Object.prototype || prototype === Array.prototype || prototype === null;
    if (plain) {
      // no Map or Set: skip the brand checks, whose exceptions are slow
    } else if (isRealMap(node)) {
      entries = [];
      Map.prototype.forEach.call(node, (v: unknown, k: unknown) => entries!.push(k, v));
    } else if (isRealSet(node)) {
      entries = [];
      Set.prototype.forEach.call(node, (v: unknown) => entries!.push(v));
    }
    return { node, prototype: prototype as object | null, extensible: Object.isExtensible(node), props, entries };
  } catch {
    return undefined; // a hostile Proxy: its state is the caller's business
  }
}

/**
 * Takes a deep snapshot of the values.
 *
 * @param values - the call's arguments
 */
export function snapshot(values: readonly unknown[]): Snapshot {
  const shots: NodeShot[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [...values];
  while (stack.length > 0 && seen.size < MAX_NODES) {
    const value = stack.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value) || SHARED_IMMUTABLE.has(value)) continue;
    seen.add(value);
    if (typeof value === 'function') continue;
    const shot = shoot(value);
    if (shot === undefined) continue;
    shots.push(shot);
    for (const [, v, get, set] of shot.props) stack.push(v, get, set);
    if (shot.entries !== undefined && !ArrayBuffer.isView(value)) stack.push(...shot.entries);
  }
  return shots;
}

/**
 * What changed since the snapshot, or `undefined` when nothing did.
 *
 * @param before - the snapshot taken before the call
 */
export function changedSince(before: Snapshot): string | undefined {
  for (const old of before) {
    const now = shoot(old.node);
    if (now === undefined) continue;
    if (now.prototype !== old.prototype) return 'prototype replaced';
    if (now.extensible !== old.extensible) return 'extensibility changed (frozen or sealed by the library)';
    if (now.props.length !== old.props.length) return `own keys changed: ${old.props.length} → ${now.props.length}`;
    for (let i = 0; i < old.props.length; i += 1) {
      const [key, value, get, set, writable] = old.props[i]!;
      const [nowKey, nowValue, nowGet, nowSet, nowWritable] = now.props[i]!;
      if (key !== nowKey || !Object.is(value, nowValue) || get !== nowGet || set !== nowSet || writable !== nowWritable) {
        return `property ${String(key)} changed`;
      }
    }
    if ((old.entries === undefined) !== (now.entries === undefined)) return 'entries changed';
    if (old.entries !== undefined && now.entries !== undefined) {
      if (old.entries.length !== now.entries.length) return 'Map/Set/typed-array entries changed';
      for (let i = 0; i < old.entries.length; i += 1) if (!Object.is(old.entries[i], now.entries[i])) return 'Map/Set/typed-array entries changed';
    }
  }
  return undefined;
}
