export { SqlDialectSchema } from './dialect.js';
export type { SqlDialect } from './dialect.js';
export type { WarehouseSql } from './warehouse-sql.js';
export { drawSql, drawSqlFromRecord, DrawSqlOptionsSchema, DrawSqlFromRecordOptionsSchema } from './draw-sql.js';
export type { DrawSqlOptions, DrawSqlFromRecordOptions } from './draw-sql.js';
export { partitionStateSql, mergeStateSql, samplerStateFromRows, PartitionStateSqlOptionsSchema } from './partition-state-sql.js';
export type { PartitionStateSqlOptions } from './partition-state-sql.js';
export { poolCommitmentSql, PoolCommitmentSqlOptionsSchema } from './pool-commitment-sql.js';
export type { PoolCommitmentSqlOptions } from './pool-commitment-sql.js';
