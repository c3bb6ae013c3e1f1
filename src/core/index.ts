export { ERROR_CODES, ShuangsuijiError, isShuangsuijiError } from './errors.js';
export type { ErrorCode, ErrorPath, ShuangsuijiErrorOptions } from './errors.js';
export { parseInput } from './parse-input.js';
export { chineseErrorMap } from './chinese-error-map.js';
export { MAX_INPUT_DEPTH } from './input-limits.js';
export { FindingSchema, SeveritySchema, sortFindings } from './finding.js';
export type { Finding, Severity } from './finding.js';
export { CivilDateSchema, isValidCivilDate, parseCivilDate, civilYear } from './civil-date.js';
export type { CivilDate } from './civil-date.js';
export {
  UsccSchema,
  UsccOrRegistrationNumberSchema,
  isValidUscc,
  usccCheckCharacter,
  isValidRegistrationNumber,
  registrationNumberCheckDigit,
} from './uscc.js';
export { RiskClassSchema, RISK_CLASSES, RISK_CLASS_LABELS } from './risk-class.js';
export type { RiskClass } from './risk-class.js';
export { SubjectKindSchema, SUBJECT_KIND_LABELS } from './subject-kind.js';
export type { SubjectKind } from './subject-kind.js';
export { deepFreeze } from './deep-freeze.js';
export { parseFinding } from './parse-shapes.js';
