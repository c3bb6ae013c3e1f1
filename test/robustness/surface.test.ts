/**
 * The fuzz suite enumerates the public surface from the module; these tests keep its tables of
 * valid calls complete, so every export — and every method of every object the library returns or
 * exports — is fuzzed with broken valid calls as well as garbage.
 */
import { describe, expect, it } from 'vitest';
import { exportedFunctions, exportedObjectsWithMethods, isClass, methodsOf } from './support/surface.js';
import { METHOD_TABLES, VALID_CALLS } from './support/valid-calls.js';

function call(name: string, fn: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  return isClass(fn) ? new fn(...args) : fn(...args);
}

async function settle(value: unknown): Promise<unknown> {
  return value instanceof Promise ? await value : value;
}

describe('the fuzz tables cover the public surface', () => {
  const functions = exportedFunctions();

  it('every exported function and class has a valid call, and the table names nothing else', () => {
    const names = functions.map(([name]) => name);
    expect(names.filter((name) => VALID_CALLS[name] === undefined)).toEqual([]);
    expect(Object.keys(VALID_CALLS).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(functions.map(([name, fn]) => [name, fn] as const))('the valid call of %s succeeds', async (name, fn) => {
    await settle(call(name, fn, VALID_CALLS[name]!()));
  });

  it('every function that returns an object with methods is a factory in METHOD_TABLES, with exactly its methods', async () => {
    const missing: string[] = [];
    for (const [name, fn] of functions) {
      if (isClass(fn)) continue; // instances of ShuangsuijiError have only Error's methods
      const result = await settle(call(name, fn, VALID_CALLS[name]!()));
      const methods = methodsOf(result).filter((method) => method !== 'next' && method !== 'return' && method !== 'throw');
      if (methods.length === 0) continue;
      const table = METHOD_TABLES[name];
      if (table === undefined) missing.push(`${name} returns an object with methods ${methods.join(', ')} but has no METHOD_TABLES entry`);
      else expect([name, [...Object.keys(table.methods), ...(table.internal ?? [])].sort()]).toEqual([name, methods]);
    }
    expect(missing).toEqual([]);
  });

  it('every exported object with methods is in METHOD_TABLES, with exactly its methods', () => {
    for (const name of exportedObjectsWithMethods()) {
      const table = METHOD_TABLES[name];
      expect(table, `${name} has methods but no METHOD_TABLES entry`).toBeDefined();
      expect([name, [...Object.keys(table!.methods), ...(table!.internal ?? [])].sort()]).toEqual([name, methodsOf(table!.make())]);
    }
  });

  it.each(Object.entries(METHOD_TABLES).flatMap(([owner, table]) => Object.entries(table.methods).map(([method, args]) => [`${owner}#${method}`, table, method, args] as const)))(
    'the valid call of %s succeeds',
    async (_name, table, method, args) => {
      const receiver = table.make() as Record<string, (...a: unknown[]) => unknown>;
      await settle(receiver[method]!(...args()));
    },
  );
});
