/**
 * Every public export's TSDoc `@example`, run as written: each `//=> value` claim is compared with
 * what the code returns, each `// throws CODE` claim with the error it throws. Examples run with the
 * whole public API in scope (as `import { … } from 'shuangsuiji'` would give) and the few sample
 * values the docs use (support/example-scope.ts).
 */
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { exampleScope } from './support/example-scope.js';
import { prepareExample, publicExamples, publicExports, type Claim } from './support/tsdoc-examples.js';

const exports = publicExports();
const examples = publicExamples();

type AsyncFunctionConstructor = new (...args: string[]) => (...values: unknown[]) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as AsyncFunctionConstructor;

/** Runs one example; resolves to the number of claims checked. */
async function run(code: string): Promise<{ checked: number; prose: number }> {
  const prepared = prepareExample(code);
  // Wrapped in an async function so that examples may `await`; `with` gives them the scope.
  const js = transformSync(`async function __example() {\n${prepared.source}\n}`, { loader: 'ts', target: 'es2022' }).code;
  const claimAt = (index: number): Claim => prepared.claims[index]!;
  let checked = 0;
  const value = async (index: number, actual: () => Promise<unknown>, expected: () => unknown): Promise<void> => {
    const claim = claimAt(index) as Extract<Claim, { kind: 'value' }>;
    const message = `line ${claim.line}: ${claim.expression} //=> ${claim.expected}`;
    const got = await actual();
    const want = expected();
    if (claim.partial && typeof got === 'string') expect(got.startsWith(want as string), `${message}: got ${got}`).toBe(true);
    else if (claim.partial && typeof got === 'object' && got !== null) expect(got, message).toMatchObject(want as object);
    else expect(got, message).toEqual(want);
    checked += 1;
  };
  const throws = async (index: number, statement: () => Promise<void>): Promise<void> => {
    const claim = claimAt(index) as Extract<Claim, { kind: 'throws' }>;
    const message = `line ${claim.line}: ${claim.statement} // throws ${claim.code}`;
    let error: unknown;
    try {
      await statement();
    } catch (caught) {
      error = caught;
    }
    expect(lib.isShuangsuijiError(error), `${message}: threw ${String(error)}`).toBe(true);
    expect((error as lib.ShuangsuijiError).code, message).toBe(claim.code);
    if (claim.path !== undefined) expect((error as lib.ShuangsuijiError).path, message).toEqual(JSON.parse(claim.path.replace(/'/g, '"')));
    checked += 1;
  };
  await new AsyncFunction('__scope', '__value', '__throws', `with (__scope) {\n${js}\nreturn __example();\n}`)(exampleScope(), value, throws);
  return { checked, prose: prepared.prose };
}

const totals = { examples: 0, checked: 0, prose: 0 };

describe('the example checker', () => {
  it('fails a wrong value, a wrong error code and a wrong path', async () => {
    await expect(run('1 + 1; //=> 3')).rejects.toThrow(/1 \+ 1 \/\/=> 3/);
    await expect(run("parseAnnualPlan({}); // throws INVALID_INPUT")).rejects.toThrow(/throws INVALID_INPUT/);
    await expect(run("parsePlannedTask({ id: 'T01' });\n// throws INVALID_PLAN, path ['month']")).rejects.toThrow(/throws INVALID_PLAN/);
    await expect(run("[1, 2]; //=> [1, 2, 3]")).rejects.toThrow();
    await expect(run("'abc'; //=> 'abd…'")).rejects.toThrow();
  });

  it('passes right claims, partial ones and remarks after the value', async () => {
    expect(await run("({ a: 1, b: 2 }); //=> { a: 1, … }\n'abc'; //=> 'ab…'\n[1]; //=> [1] (one item)\nparseAnnualPlan({}); // throws INVALID_PLAN")).toEqual({ checked: 4, prose: 0 });
    expect(await run('1; //=> one, as prose')).toEqual({ checked: 0, prose: 1 });
  });
});

describe('TSDoc examples of the public API', () => {
  afterAll(() => {
    console.log(`TSDoc examples: ${totals.examples} run, ${totals.checked} claims checked, ${totals.prose} prose-only claims not checked`);
  });

  it('every exported function, class and value has an @example', () => {
    const missing = exports.filter((exported) => exported.kind !== 'type' && exported.examples.length === 0).map((exported) => `${exported.name} (${exported.where})`);
    expect(missing).toEqual([]);
  });

  it('every exported function and class has a summary with its Chinese term', () => {
    const missing = exports
      .filter((exported) => (exported.kind === 'function' || exported.kind === 'class') && !/\p{Script=Han}/u.test(exported.summary))
      .map((exported) => `${exported.name} (${exported.where})`);
    expect(missing).toEqual([]);
  });

  it('every exported type has an @example', () => {
    const missing = exports.filter((exported) => exported.kind === 'type' && exported.examples.length === 0).map((exported) => `${exported.name} (${exported.where})`);
    expect(missing).toEqual([]);
  });

  it.each(examples.map((example) => [`${example.name}#${example.index} (${example.where})`, example] as const))('%s runs as written', async (_, example) => {
    const { checked, prose } = await run(example.code);
    totals.examples += 1;
    totals.checked += checked;
    totals.prose += prose;
  });
});
