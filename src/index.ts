/**
 * shuangsuiji — a pure rules engine for China's market-supervision 双随机、一公开 regime.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './directory/index.js';
export * from './catalogue/index.js';
export * from './calendar/index.js';
export * from './policy/index.js';
export * from './risk/index.js';
export * from './plan/index.js';
export * from './merge/index.js';
export * from './publication/index.js';
export * from './kpi/index.js';
export * from './simulate/index.js';
