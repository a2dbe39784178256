import { BigIntType, Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { DateScalar } from '../../graphql/scalars.js';
import { User } from '../auth/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { ServiceArea } from '../pricing/pricing.enums.js';
import { PricingRun } from '../pricing/pricing-run.entity.js';
import { AuthorityBasis, SigningChannel } from './contract.enums.js';

/** One side's details for the preamble and the «Реквизиты сторон» block (contracts-poa.md §1.3). */
@ObjectType({ description: "A party's details: names, registration numbers, address, bank, signer and the basis of their authority" })
export class PartyDetails {
  @Field(() => String, { nullable: true, description: 'Полное наименование' }) fullName?: string | null;
  @Field(() => String, { nullable: true }) inn?: string | null;
  @Field(() => String, { nullable: true }) kpp?: string | null;
  @Field(() => String, { nullable: true, description: 'ОГРН or ОГРНИП' }) ogrn?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'Расчётный счёт' }) bankAccount?: string | null;
  @Field(() => String, { nullable: true }) bankName?: string | null;
  @Field(() => String, { nullable: true }) bik?: string | null;
  @Field(() => String, { nullable: true, description: 'Корреспондентский счёт' }) correspondentAccount?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true, description: '«Генеральный директор»' }) signerPosition?: string | null;
  @Field(() => String, { nullable: true, description: 'Nominative: «Иванов Иван Иванович»' }) signerName?: string | null;
  @Field(() => String, { nullable: true, description: 'For the preamble «в лице …»: «генерального директора Иванова Ивана Ивановича»' }) signerInPreamble?: string | null;
  @Field(() => AuthorityBasis, { nullable: true }) authorityBasis?: AuthorityBasis | null;
  @Field(() => String, { nullable: true, description: 'With a power of attorney: «№ 12 от 10.01.2026»' }) authorityDocument?: string | null;
}

/** The signature fields a contract and an amendment share. */
@ObjectType()
export abstract class Signable extends FirmOwned {
  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  number!: string;

  @Field(() => DateScalar, { description: 'The date in the header' })
  @Property({ type: 'date' })
  date!: string;

  /** Empty for a client the firm took on without a lead: the price is then given directly. */
  @ManyToOne(() => PricingRun, { ref: true, nullable: true, deleteRule: 'restrict' })
  pricingRun?: Ref<PricingRun> | null;

  /** Kopecks per month, copied from the pricing run (or given where there is none). */
  @Property({ type: new BigIntType('number') })
  price!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Sent to the client for signing' })
  @Property({ type: 'date', nullable: true })
  sentOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  firmSignedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  firmSigner?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  clientSignedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  clientSigner?: string | null;

  @Field(() => SigningChannel, { nullable: true, description: 'Paper or ЭДО, as the last signature came' })
  @Enum({ items: () => SigningChannel, nativeEnumName: 'signing_channel', nullable: true })
  channel?: SigningChannel | null;

  @Field(() => DateScalar, { nullable: true, description: "The firm's paper original came back (signed by both is not the same)" })
  @Property({ type: 'date', nullable: true })
  originalReceivedOn?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

/** A service contract (договор на бухгалтерское обслуживание) with a lead that is becoming a client, or with a client. */
@ObjectType({ description: 'A service contract (договор на бухгалтерское обслуживание)' })
@Entity({ tableName: 'contract' })
@FirmScoped()
@Unique({ properties: ['firm', 'number'] })
@Index({ properties: ['firm', 'createdAt'] })
@Index({ properties: ['lead'] })
@Index({ properties: ['customer'] })
export class Contract extends Signable {
  /** The lead it was drafted for; empty for a client taken on directly. */
  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'restrict' })
  lead?: Ref<Lead> | null;

  /** The client it is with (`client` is the details written into it); a lead's contract gets it once the lead is accepted. */
  @ManyToOne(() => Client, { ref: true, nullable: true, deleteRule: 'restrict', fieldName: 'client_id' })
  customer?: Ref<Client> | null;

  /** The year and place in it that the number was taken for (never reused). */
  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => String, { nullable: true, description: "The client's own number for the same contract, if it has one" })
  @Property({ type: 'string', length: 60, nullable: true })
  counterpartyNumber?: string | null;

  @Field(() => DateScalar, { description: 'Start of service' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => [ServiceArea])
  @Property({ type: 'json' })
  serviceAreas!: ServiceArea[];

  @Field(() => String, { nullable: true, description: 'Payment terms in words, e.g. «предоплата до 5 числа текущего месяца»' })
  @Property({ type: 'text', nullable: true })
  paymentTerms?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  manager?: Ref<User> | null;

  @Field(() => PartyDetails, { description: "The client's details as written into the contract" })
  @Property({ type: 'json' })
  client!: PartyDetails;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  terminatedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  terminationReason?: string | null;
}

/** An amendment (дополнительное соглашение): a new pricing run and price from a date. */
@ObjectType({ description: 'An amendment (дополнительное соглашение) with a new price from a date' })
@Entity({ tableName: 'contract_amendment' })
@FirmScoped()
@Unique({ properties: ['contract', 'ordinal'] })
export class ContractAmendment extends Signable {
  @ManyToOne(() => Contract, { ref: true, deleteRule: 'cascade' })
  contract!: Ref<Contract>;

  /** 1, 2, … within the contract; `number` is its text («1»). */
  @Field(() => Int)
  @Property({ type: 'integer' })
  ordinal!: number;

  @Field(() => DateScalar, { description: 'The new price applies from this day' })
  @Property({ type: 'date' })
  effectiveFrom!: string;
}

/** The firm's own settings for contracts: number patterns, warning days, the city and the VAT clause (its details are the firm's requisites). */
@ObjectType({ description: "The firm's contract settings" })
@Entity({ tableName: 'contract_settings' })
@FirmScoped()
@Unique({ properties: ['firm'] })
export class ContractSettings extends FirmOwned {
  @Field(() => String, { description: 'e.g. «{YYYY}-{NNN}»: {YYYY}, {YY}, and the sequence {N…} within the year' })
  @Property({ type: 'string', length: 60, default: '{YYYY}-{NNN}' })
  contractNumberPattern: string & Opt = '{YYYY}-{NNN}';

  @Field(() => String)
  @Property({ type: 'string', length: 60, default: 'Д-{YYYY}-{NNN}' })
  poaNumberPattern: string & Opt = 'Д-{YYYY}-{NNN}';

  // ⚠️ practice, not law: 30 days is the usual warning (contracts-poa.md §7)
  @Field(() => Int, { description: 'A power of attorney is EXPIRING this many days before its end' })
  @Property({ type: 'integer', default: 30 })
  poaWarningDays: number & Opt = 30;

  // ⚠️ practice: a contract sent and still unsigned after 7 days is chased (contracts-poa.md §7)
  @Field(() => Int, { description: 'Its manager is told once when the client has not signed a sent contract for this many days' })
  @Property({ type: 'integer', default: 7 })
  unsignedReminderDays: number & Opt = 7;

  @Field(() => String, { nullable: true, description: 'City in the header: «г. Москва»' })
  @Property({ type: 'string', length: 100, nullable: true })
  city?: string | null;

  // ⚠️ the wording depends on the firm's VAT status (contracts-poa.md §4): the firm writes it
  @Field(() => String, { description: 'The VAT clause after the price' })
  @Property({ type: 'string', length: 300, default: 'Без налога (НДС)' })
  vatClause: string & Opt = 'Без налога (НДС)';

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

/**
 * The last number taken per firm, kind of document and year. Taking the next one updates this row
 * in the creating transaction, so a rollback gives the number back and concurrent creations queue
 * on the row: numbers are gap-free and never repeat.
 */
@Entity({ tableName: 'document_counter' })
export class DocumentCounter {
  @PrimaryKey({ type: 'uuid' })
  firmId!: string;

  @PrimaryKey({ type: 'string', length: 20 })
  kind!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
