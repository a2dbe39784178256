import { registerEnumType } from 'type-graphql';

export enum TariffVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  /** A published version replaced by a newer one; runs keep pointing at it. */
  SUPERSEDED = 'SUPERSEDED',
}

export enum ServiceArea {
  TAXES = 'TAXES',
  PAYROLL = 'PAYROLL',
  PRIMARY_DOCUMENTS = 'PRIMARY_DOCUMENTS',
}

export enum TariffParameterType {
  NUMBER = 'NUMBER',
  FLAG = 'FLAG',
  CHOICE = 'CHOICE',
}

registerEnumType(TariffVersionStatus, { name: 'TariffVersionStatus' });
registerEnumType(ServiceArea, { name: 'ServiceArea', description: 'taxes and reporting, payroll, primary documents' });
registerEnumType(TariffParameterType, { name: 'TariffParameterType' });
