export { CheckItemSchema, CheckItemCategorySchema, CheckMethodSchema } from './check-item.js';
export type { CheckItem, CheckItemInput, CheckItemCategory, CheckMethod } from './check-item.js';
export { defineCatalogue, CatalogueDefinitionSchema } from './define-catalogue.js';
export type { Catalogue, CatalogueDefinition } from './define-catalogue.js';
