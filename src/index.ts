/**
 * shuangsuiji — a pure rules engine for China's market-supervision 双随机、一公开 regime.
 *
 * Each module's `index.ts` names its public API; this file gathers them in the order of
 * the design (lower modules first; a lower module never imports a higher one).
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './calendar/index.js';
export * from './catalogue/index.js';
export * from './directory/index.js';
export * from './policy/index.js';
export * from './presets/index.js';
export * from './plan/index.js';
export * from './risk/index.js';
export * from './draw/index.js';
export * from './merge/index.js';
export * from './publication/index.js';
export * from './kpi/index.js';
export * from './simulate/index.js';
export * from './json-schema/index.js';
export * from './warehouse/index.js';
