export { computeKpis, computeKpisAsync } from './compute-kpis.js';
export { createKpiAccumulator } from './kpi-accumulator.js';
export type { KpiAccumulator } from './kpi-accumulator.js';
export { KpiAccumulatorStateSchema, KPI_ACCUMULATOR_STATE_FORMAT } from './kpi-accumulator-state.js';
export type { KpiAccumulatorState } from './kpi-accumulator-state.js';
export { KpiContextSchema } from './kpi-context.js';
export type { KpiContext } from './kpi-context.js';
export { KPI_INDICATOR_IDS } from './kpi-report.js';
export type {
  KpiReport,
  KpiIndicator,
  KpiIndicatorId,
  KpiProjection,
  KpiCounts,
  KpiDepartment,
  KpiRiskClassRow,
  LowRiskOverCap,
} from './kpi-report.js';
export { parseKpiAccumulatorState } from './parse-shapes.js';
