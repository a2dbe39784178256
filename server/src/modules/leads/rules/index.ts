export { validateInn, hasValidInnChecksum, innControlDigit, type InnResult, type LegalForm } from './inn.js';
export { normalisePhone, normaliseEmail, type PhoneResult, type EmailResult } from './phone.js';
export { validateOkvedCode, searchOkvedCommon, OKVED_COMMON, type OkvedEntry, type OkvedResult } from './okved.js';
export { RUSSIAN_REGIONS, findRegion, type RussianRegion } from './regions.js';
