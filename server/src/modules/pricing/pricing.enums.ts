import { registerEnumType } from 'type-graphql';
import { ServiceArea } from '../schedule/engine/types.js';

// one enum for every area that speaks of service areas (prices, schedules, assignments)
export { ServiceArea };

export enum TariffVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  /** A published version replaced by a newer one; runs keep pointing at it. */
  SUPERSEDED = 'SUPERSEDED',
}

export enum TariffParameterType {
  NUMBER = 'NUMBER',
  FLAG = 'FLAG',
  CHOICE = 'CHOICE',
}

registerEnumType(TariffVersionStatus, { name: 'TariffVersionStatus' });
registerEnumType(ServiceArea, { name: 'ServiceArea', description: 'taxes and reporting, payroll, primary documents' });
registerEnumType(TariffParameterType, { name: 'TariffParameterType' });
