import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { DateScalar } from '../../graphql/scalars.js';
import { User } from '../auth/user.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { LegalForm, TaxRegime } from '../leads/lead.enums.js';
import { ClientContact } from '../projects/project.entity.js';
import { ClientStatus } from './client.enums.js';
import { ProfitAdvanceMethod, ServiceArea } from './schedule-link.js';

@ObjectType({ description: 'A patent (ПСН) the client holds for a period' })
export class ClientPatent {
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => String, { nullable: true, description: 'Where the patent is issued, if not the client’s region (subject code)' }) region?: string | null;
}

/** A client the firm serves (or is about to): its tax profile drives the compliance schedule. */
@ObjectType({ description: 'A client of the firm (клиент на обслуживании)' })
@Entity({ tableName: 'client' })
@FirmScoped()
@Index({ properties: ['firm', 'status'] })
@Index({ properties: ['firm', 'shortName'] })
@Unique({ properties: ['firm', 'lead'] })
export class Client extends FirmOwned {
  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'set null' })
  lead?: Ref<Lead> | null;

  @Field(() => LegalForm)
  @Enum({ items: () => LegalForm, nativeEnumName: 'legal_form' })
  legalForm!: LegalForm;

  @Field(() => String, { description: 'Full name, e.g. «Общество с ограниченной ответственностью «Ромашка»»' })
  @Property({ type: 'string', length: 500 })
  fullName!: string;

  @Field(() => String, { description: 'Short name, e.g. «ООО «Ромашка»»' })
  @Property({ type: 'string', length: 300 })
  shortName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 12, nullable: true })
  inn?: string | null;

  @Field(() => String, { nullable: true, description: 'Organizations only' })
  @Property({ type: 'string', length: 9, nullable: true })
  kpp?: string | null;

  @Field(() => String, { nullable: true, description: 'ОГРН (13 digits) or ОГРНИП (15 digits)' })
  @Property({ type: 'string', length: 15, nullable: true })
  ogrn?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the subject of the Russian Federation' })
  @Property({ type: 'string', length: 2, nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Main ОКВЭД 2 code' })
  @Property({ type: 'string', length: 8, nullable: true })
  okvedCode?: string | null;

  @Field(() => TaxRegime)
  @Enum({ items: () => TaxRegime, nativeEnumName: 'tax_regime' })
  taxRegime!: TaxRegime;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  vatPayer: boolean & Opt = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  hasEmployees: boolean & Opt = false;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  headcount?: number | null;

  @Field(() => ProfitAdvanceMethod, { nullable: true, description: 'Organizations on ОСНО only' })
  @Property({ type: 'string', length: 20, nullable: true })
  profitAdvances?: ProfitAdvanceMethod | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  hasProperty: boolean & Opt = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  hasTransport: boolean & Opt = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  hasLand: boolean & Opt = false;

  @Field(() => [ClientPatent])
  @Property({ type: 'json', default: '[]' })
  patents: ClientPatent[] & Opt = [];

  @Field(() => [ServiceArea], { description: 'The areas the firm serves for this client; each needs an accountant before acceptance' })
  @Property({ type: 'json', default: '["TAXES","PAYROLL","PRIMARY_DOCUMENTS"]' })
  serviceAreas: ServiceArea[] & Opt = [ServiceArea.TAXES, ServiceArea.PAYROLL, ServiceArea.PRIMARY_DOCUMENTS];

  @Field(() => DateScalar, { nullable: true, description: 'From when the firm answers for the client’s filings and payments' })
  @Property({ type: 'date', nullable: true })
  serviceStartDate?: string | null;

  @Field(() => ClientStatus)
  @Enum({ items: () => ClientStatus, nativeEnumName: 'client_status', default: ClientStatus.ONBOARDING })
  status: ClientStatus & Opt = ClientStatus.ONBOARDING;

  @Field(() => DateScalar, { nullable: true, description: 'The day the current status began' })
  @Property({ type: 'date', nullable: true })
  statusSince?: string | null;

  @Field(() => [ClientContact])
  @Property({ type: 'json', default: '[]' })
  contacts: ClientContact[] & Opt = [];

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

/**
 * Who answers for one service area of a client over a period. Rows are never rewritten except
 * to close them (`toDate`), so the table is the history that cost and efficiency reports read.
 */
@ObjectType({ description: 'An accountant responsible for a service area of a client over a period' })
@Entity({ tableName: 'client_assignment' })
@FirmScoped()
@Index({ properties: ['client', 'area', 'fromDate'] })
@Index({ properties: ['firm', 'accountant'] })
export class ClientAssignment extends FirmOwned {
  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  client!: Ref<Client>;

  @Field(() => ServiceArea)
  @Property({ type: 'string', length: 20 })
  area!: ServiceArea;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  accountant!: Ref<User>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, included; none while it lasts' })
  @Property({ type: 'date', nullable: true })
  toDate?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  assignedBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
