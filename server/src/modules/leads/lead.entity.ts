import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';
import { LeadStage, LegalForm, TaxRegime } from './lead.enums.js';
import { LeadSource, LostReason } from './lead-lists.entity.js';

/** A prospective client as a manager learns it at the first contact. */
@ObjectType({ description: 'A prospective client (потенциальный клиент)' })
@Entity({ tableName: 'lead' })
@FirmScoped()
@Index({ properties: ['firm', 'stage'] })
@Index({ properties: ['firm', 'inn'] })
@Index({ properties: ['firm', 'phone'] })
@Index({ properties: ['firm', 'email'] })
export class Lead extends FirmOwned {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  patronymic?: string | null;

  @Field(() => LegalForm)
  @Enum({ items: () => LegalForm, nativeEnumName: 'legal_form' })
  legalForm!: LegalForm;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  companyName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 12, nullable: true })
  inn?: string | null;

  @Field(() => TaxRegime, { nullable: true })
  @Enum({ items: () => TaxRegime, nativeEnumName: 'tax_regime', nullable: true })
  taxRegime?: TaxRegime | null;

  @Field(() => String, { nullable: true, description: 'ОКВЭД 2 code' })
  @Property({ type: 'string', length: 8, nullable: true })
  okvedCode?: string | null;

  @Field(() => String, { nullable: true, description: 'What the client does, in words' })
  @Property({ type: 'string', length: 500, nullable: true })
  activity?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the subject of the Russian Federation' })
  @Property({ type: 'string', length: 2, nullable: true })
  regionCode?: string | null;

  @ManyToOne(() => LeadSource, { ref: true, nullable: true, deleteRule: 'set null' })
  source?: Ref<LeadSource> | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +79161234567' })
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  owner?: Ref<User> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  /** Values of the firm's extra fields by field key. */
  @Property({ type: 'json', default: '{}' })
  extra: Record<string, unknown> & Opt = {};

  @Field(() => LeadStage)
  @Enum({ items: () => LeadStage, nativeEnumName: 'lead_stage', default: LeadStage.NEW })
  stage: LeadStage & Opt = LeadStage.NEW;

  @ManyToOne(() => LostReason, { ref: true, nullable: true, deleteRule: 'set null' })
  lostReason?: Ref<LostReason> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
