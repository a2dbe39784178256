import { Entity, Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DEFAULT_TIME_ZONE } from '../../clock.js';
import { TaxRegime } from '../leads/lead.enums.js';

@ObjectType({ description: 'An accounting firm: the tenant that owns its data' })
@Entity({ tableName: 'firm' })
export class Firm {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: "IANA time zone of the firm's working day (today, overdue, due dates)" })
  @Property({ type: 'string', length: 64, default: DEFAULT_TIME_ZONE })
  timeZone: string & Opt = DEFAULT_TIME_ZONE;

  @Field(() => String, { nullable: true, description: '10 digits for an organization, 12 for an individual entrepreneur' })
  @Property({ type: 'string', length: 12, nullable: true })
  inn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 9, nullable: true })
  kpp?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +74951234567' })
  @Property({ type: 'string', length: 16, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  website?: string | null;

  @Field(() => TaxRegime, { nullable: true, description: "The firm's own tax regime, named on its quotes" })
  @Enum({ items: () => TaxRegime, nativeEnumName: 'tax_regime', nullable: true })
  taxRegime?: TaxRegime | null;

  @Field(() => Int, { nullable: true, description: 'VAT rate in percent included in its prices; null when the firm pays no VAT' })
  @Property({ type: 'smallint', nullable: true })
  vatRate?: number | null;

  @Field(() => Int, { description: 'Days a quote stays valid from its date' })
  @Property({ type: 'smallint', default: 30 })
  quoteValidDays: number & Opt = 30;

  @Field(() => String, { nullable: true, description: 'Full name for documents: «Общество с ограниченной ответственностью «Баланс»»; the name where empty' })
  @Property({ type: 'string', length: 500, nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'ОГРН (13 digits) or ОГРНИП (15 digits)' })
  @Property({ type: 'string', length: 15, nullable: true })
  ogrn?: string | null;

  @Field(() => String, { nullable: true, description: 'Расчётный счёт, 20 digits' })
  @Property({ type: 'string', length: 20, nullable: true })
  bankAccount?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  bankName?: string | null;

  @Field(() => String, { nullable: true, description: 'БИК, 9 digits' })
  @Property({ type: 'string', length: 9, nullable: true })
  bik?: string | null;

  @Field(() => String, { nullable: true, description: 'Корреспондентский счёт, 20 digits' })
  @Property({ type: 'string', length: 20, nullable: true })
  correspondentAccount?: string | null;

  @Field(() => String, { nullable: true, description: 'Who signs the firm\'s documents: «Генеральный директор»' })
  @Property({ type: 'string', length: 200, nullable: true })
  signerPosition?: string | null;

  @Field(() => String, { nullable: true, description: 'Nominative: «Соколова Анна Викторовна»' })
  @Property({ type: 'string', length: 200, nullable: true })
  signerName?: string | null;

  @Field(() => String, { nullable: true, description: 'For the preamble «в лице …»: «генерального директора Соколовой Анны Викторовны»' })
  @Property({ type: 'string', length: 400, nullable: true })
  signerInPreamble?: string | null;

  @Field(() => String, { nullable: true, description: 'After «действующего на основании»: «Устава» (the default) or «доверенности № 5 от 10.01.2026»' })
  @Property({ type: 'string', length: 300, nullable: true })
  signerAuthority?: string | null;

  // read only for the logo itself (firms are loaded with every sign-in)
  @Property({ type: 'blob', nullable: true, lazy: true })
  logo?: Buffer | null;

  @Property({ type: 'string', length: 20, nullable: true })
  logoType?: string | null;

  /** Last event number of this firm; taken under the row lock so event order is commit order. */
  @Property({ type: 'bigint', default: 0 })
  eventSeq: number & Opt = 0;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
