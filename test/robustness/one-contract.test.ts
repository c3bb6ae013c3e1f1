/**
 * One contract per shape (一个结构，一份契约): the function that applies a plan (validatePlan), the
 * exported zod schema (AnnualPlanSchema), its parse function and the JSON Schema shipped to other
 * systems (schemas/AnnualPlan.json, checked with ajv) accept and reject exactly the same documents —
 * on a corpus of plans with random extra, missing and mistyped fields.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  AnnualPlanSchema,
  PUBLIC_SCHEMAS,
  ShuangsuijiError,
  jsonSchemaOf,
  longwan2023SamplePlan,
  parseAnnualPlan,
  validatePlan,
  zhejiang2023,
  zhejiang2023Catalogue,
  type PublicSchemaName,
} from '../../src/index.js';
import * as lib from '../../src/index.js';
import { VALID_CALLS } from './support/valid-calls.js';

const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats.default(ajv);
const jsonValidate = ajv.compile(jsonSchemaOf('AnnualPlan'));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON document (arrays: each element), the root excluded. */
function pathsOf(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const paths = path.length === 0 ? [] : [path];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) paths.push(...pathsOf(value[key]!, [...path, key]));
  return paths;
}

const EXTRA_KEYS = ['partnerDepartment', 'mergegroup', 'remark', '__proto__', 'constructor', 'toString'];
/** Values of every JSON type, some of them almost right (a fraction, 13 months, an unreal date, a 2^53 count). */
const WRONG_VALUES: Json[] = [null, true, 0, -1, 1.5, 13, 2 ** 53, 1e21, '', 'x', '3', '2023-02-30', '2023-3-1', [], ['x'], [1], {}, { ratio: 0.1 }];

type Edit = { readonly kind: 'extra' | 'delete' | 'mistype'; readonly pick: number; readonly key: number; readonly value: number };

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('extra' as const, 'delete' as const, 'mistype' as const),
  pick: fc.nat(),
  key: fc.nat(),
  value: fc.nat(),
});

function applyEdit(document: Json, edit: Edit): Json {
  const paths = pathsOf(document);
  const path = paths[edit.pick % paths.length]!;
  const parentPath = path.slice(0, -1);
  let parent = document as Record<string | number, Json>;
  for (const key of parentPath) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const value = WRONG_VALUES[edit.value % WRONG_VALUES.length]!;
  if (edit.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (edit.kind === 'mistype') {
    parent[last] = structuredClone(value);
  } else {
    const target = parent[last];
    const holder = target !== null && typeof target === 'object' && !Array.isArray(target) ? target : parent;
    if (!Array.isArray(holder)) {
      Object.defineProperty(holder, EXTRA_KEYS[edit.key % EXTRA_KEYS.length]!, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
    }
  }
  return document;
}

/** A small plan: three tasks of the sample plan (one joint, one with a merge group). */
function basePlan(): Json {
  const plan = JSON.parse(JSON.stringify(longwan2023SamplePlan)) as { tasks: Json[] } & Record<string, Json>;
  return { ...plan, tasks: plan.tasks.slice(0, 3) };
}

function validatePlanAccepts(document: unknown): boolean {
  try {
    validatePlan(document, { catalogue: zhejiang2023Catalogue, policy: zhejiang2023 });
    return true;
  } catch (error) {
    if (error instanceof ShuangsuijiError) return false;
    throw error;
  }
}

function parseAccepts(document: unknown): boolean {
  try {
    parseAnnualPlan(document);
    return true;
  } catch (error) {
    if (error instanceof ShuangsuijiError) return false;
    throw error;
  }
}

describe('validatePlan, AnnualPlanSchema, parseAnnualPlan and schemas/AnnualPlan.json agree', () => {
  it('on plans with random extra, missing and mistyped fields (fixed seed)', () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 0, maxLength: 3 }), (edits) => {
        const document = edits.reduce(applyEdit, basePlan());
        const zod = AnnualPlanSchema.safeParse(document).success;
        const verdicts = { zod, json: jsonValidate(document) as boolean, validatePlan: validatePlanAccepts(document), parseAnnualPlan: parseAccepts(document) };
        seen[zod ? 'accepted' : 'rejected'] += 1;
        expect(verdicts, JSON.stringify(edits)).toEqual({ zod, json: zod, validatePlan: zod, parseAnnualPlan: zod });
      }),
      { seed: 20_230_224, numRuns: 600 },
    );
    // The corpus must hold both kinds, or the agreement proves nothing.
    expect(seen.accepted).toBeGreaterThan(50);
    expect(seen.rejected).toBeGreaterThan(300);
  });

  it('on the edits that matter most, named', () => {
    const cases: [string, (plan: Record<string, Json> & { tasks: Record<string, Json>[] }) => void, boolean][] = [
      ['the plan as it is', () => undefined, true],
      ['a misspelt partnerDepartment', (plan) => void (plan.tasks[0]!['partnerDepartment'] = ['区卫生健康局']), false],
      ['an own __proto__ key', (plan) => void Object.defineProperty(plan, '__proto__', { value: {}, enumerable: true }), false],
      ['sampling with both ratio and count', (plan) => void (plan.tasks[0]!['sampling'] = { ratio: 0.1, count: 3 }), false],
      ['sampling with neither', (plan) => void (plan.tasks[0]!['sampling'] = { riskAllocation: true }), false],
      ['month 1.5', (plan) => void (plan.tasks[0]!['month'] = 1.5), false],
      ['issuedOn 2023-02-30', (plan) => void (plan.tasks[0]!['issuedOn'] = '2023-02-30'), false],
      ['a count of 2^53', (plan) => void (plan.tasks[0]!['sampling'] = { count: 2 ** 53 }), false],
      ['an unknown field in the pool', (plan) => void (plan.tasks[0]!['pool'] = { tag: ['catering'] }), false],
    ];
    for (const [name, edit, expected] of cases) {
      const document = basePlan() as Record<string, Json> & { tasks: Record<string, Json>[] };
      edit(document);
      expect([name, AnnualPlanSchema.safeParse(document).success, jsonValidate(document), validatePlanAccepts(document), parseAccepts(document)]).toEqual([
        name,
        expected,
        expected,
        expected,
        expected,
      ]);
    }
  });
});

describe('every public shape has one contract', () => {
  const names = Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[];
  const parseOf = (name: PublicSchemaName) => (lib as Record<string, unknown>)[`parse${name}`] as (value: unknown) => unknown;
  /** A valid example of each shape: the valid call of its parse function, from the fuzz tables. */
  const exampleOf = (name: PublicSchemaName): Record<string, unknown> => JSON.parse(JSON.stringify(VALID_CALLS[`parse${name}`]!()[0])) as Record<string, unknown>;
  /** The other arguments of the valid call (e.g. the registry of parseInspectionRecord). */
  const restOf = (name: PublicSchemaName): unknown[] => VALID_CALLS[`parse${name}`]!().slice(1);

  it.each(names.filter((name) => name !== 'DrawVisit'))('%s: the schema, its parse function and its JSON Schema all reject an unknown field', (name) => {
    const example = exampleOf(name);
    const withExtra = { ...example, remark: '备注' };
    const validate = name === 'AnnualPlan' ? jsonValidate : ajv.compile(jsonSchemaOf(name));
    expect([PUBLIC_SCHEMAS[name].safeParse(example).success, validate(example)]).toEqual([true, true]);
    expect([PUBLIC_SCHEMAS[name].safeParse(withExtra).success, validate(withExtra)]).toEqual([false, false]);
    expect(jsonSchemaOf(name).additionalProperties).toBe(false);
    let error: unknown;
    try {
      (parseOf(name) as (...args: unknown[]) => unknown)(withExtra, ...restOf(name));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ShuangsuijiError);
    expect((error as ShuangsuijiError).path).toEqual(['remark']);
  });

  it('DrawVisit, a view of a merge visit, keeps extra fields in all three contracts', () => {
    const visit = { ...exampleOf('DrawVisit'), tasks: ['T1'], window: { from: '2023-03-01', to: '2023-03-31' } };
    expect(PUBLIC_SCHEMAS.DrawVisit.safeParse(visit).success).toBe(true);
    expect(ajv.compile(jsonSchemaOf('DrawVisit'))(visit)).toBe(true);
    expect(parseOf('DrawVisit')(visit)).toMatchObject({ tasks: ['T1'] });
  });
});
