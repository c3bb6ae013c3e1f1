export { CheckItemSchema, CheckItemCategorySchema, CheckMethodSchema } from './check-item.js';
export type { CheckItem, CheckItemInput, CheckItemCategory, CheckMethod } from './check-item.js';
