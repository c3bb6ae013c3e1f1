import { z } from 'zod';
import { ShuangsuijiError } from '../core/errors.js';
import { describeValue } from '../core/_internal/boundary.js';
import { PUBLIC_SCHEMAS, type PublicSchemaName } from './public-schemas.js';

/**
 * A JSON Schema document (draft 2020-12), as plain data.
 *
 * @example
 * ```ts
 * const schema: JsonSchemaDocument = jsonSchemaOf('Subject');
 * [schema.title, schema.type]; //=> ['Subject', 'object']
 * ```
 */
export type JsonSchemaDocument = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a public data shape, for systems not written in TypeScript
 * (JSON Schema 导出). It describes what the library accepts on input: fields with defaults are
 * optional. Checks zod cannot express in JSON Schema (real calendar dates, USCC check characters)
 * appear as `pattern`/`format` and are enforced by the library itself.
 *
 * @param name - a key of {@link PUBLIC_SCHEMAS}
 * @returns the JSON Schema document, with `$id` `shuangsuiji/schemas/<name>.json`
 * @throws {ShuangsuijiError} `INVALID_INPUT` for an unknown name
 *
 * @example
 * ```ts
 * const schema = jsonSchemaOf('PlannedTask');
 * schema.type; //=> 'object'
 * (schema.required as string[]).includes('month'); //=> true
 * ```
 */
export function jsonSchemaOf(name: PublicSchemaName): JsonSchemaDocument {
  // An own key only: 'toString' and '__proto__' are not shape names.
  const schema = typeof name === 'string' && Object.hasOwn(PUBLIC_SCHEMAS, name) ? (PUBLIC_SCHEMAS as Record<string, z.ZodType>)[name] : undefined;
  if (schema === undefined) {
    throw new ShuangsuijiError('INVALID_INPUT', `没有名为 ${describeValue(name)} 的公开数据结构`, { path: ['name'], details: { known: Object.keys(PUBLIC_SCHEMAS) } });
  }
  const document = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchemaDocument;
  return { $id: `shuangsuiji/schemas/${name}.json`, title: name, ...document };
}

/**
 * Every public data shape as JSON Schema, by name (全部 JSON Schema).
 *
 * @returns a record from name to JSON Schema document
 *
 * @example
 * ```ts
 * Object.keys(jsonSchemas()).length === Object.keys(PUBLIC_SCHEMAS).length; //=> true
 * ```
 */
export function jsonSchemas(): Record<PublicSchemaName, JsonSchemaDocument> {
  const result = {} as Record<PublicSchemaName, JsonSchemaDocument>;
  for (const name of Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[]) result[name] = jsonSchemaOf(name);
  return result;
}
