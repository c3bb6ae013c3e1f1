export { PUBLIC_SCHEMAS } from './public-schemas.js';
export type { PublicSchemaName } from './public-schemas.js';
export { jsonSchemaOf, jsonSchemas } from './to-json-schema.js';
export type { JsonSchemaDocument } from './to-json-schema.js';
