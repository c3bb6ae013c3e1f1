import { deepFreeze } from '../../core/deep-freeze.js';
import type { HolidaySchedule } from '../holiday-schedule.js';
import { schedule2019 } from './2019.js';
import { schedule2020 } from './2020.js';
import { schedule2021 } from './2021.js';
import { schedule2022 } from './2022.js';
import { schedule2023 } from './2023.js';
import { schedule2024 } from './2024.js';
import { schedule2025 } from './2025.js';
import { schedule2026 } from './2026.js';

/**
 * The State Council's holiday schedules 2019–2026 (国务院办公厅部分节假日安排), one entry a year in
 * year order, each citing its notice. `chinaCalendar` is built from these.
 *
 * @example
 * ```ts
 * CHINA_HOLIDAY_SCHEDULES.map((s) => s.year); //=> [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * CHINA_HOLIDAY_SCHEDULES[4]?.source.documentNumber; //=> '国办发明电〔2022〕16号'
 * ```
 */
export const CHINA_HOLIDAY_SCHEDULES: readonly HolidaySchedule[] = /* @__PURE__ */ deepFreeze([
  schedule2019,
  schedule2020,
  schedule2021,
  schedule2022,
  schedule2023,
  schedule2024,
  schedule2025,
  schedule2026,
]);
