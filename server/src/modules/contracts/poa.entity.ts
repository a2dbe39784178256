import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { DateScalar } from '../../graphql/scalars.js';
import { User } from '../auth/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { Contract } from './contract.entity.js';
import { PoaKind, RepresentativeKind } from './contract.enums.js';

/** A power of attorney (доверенность) the client gives the firm or one of its employees. */
@ObjectType({ description: 'A power of attorney (доверенность) from the client to the firm or an employee' })
@Entity({ tableName: 'power_of_attorney' })
@FirmScoped()
@Unique({ properties: ['firm', 'number'] })
@Index({ properties: ['firm', 'validUntil'] })
@Index({ properties: ['contract'] })
@Index({ properties: ['customer'] })
export class PowerOfAttorney extends FirmOwned {
  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  number!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => PoaKind)
  @Enum({ items: () => PoaKind, nativeEnumName: 'poa_kind' })
  kind!: PoaKind;

  /** The lead whose company gives the power; empty for a client taken on directly. */
  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'restrict' })
  lead?: Ref<Lead> | null;

  /** The client that gives the power (the principal once there is one); a lead's power of attorney shows the client the lead became. */
  @ManyToOne(() => Client, { ref: true, nullable: true, deleteRule: 'restrict', fieldName: 'client_id' })
  customer?: Ref<Client> | null;

  @ManyToOne(() => Contract, { ref: true, nullable: true, deleteRule: 'set null' })
  contract?: Ref<Contract> | null;

  @Field(() => RepresentativeKind)
  @Enum({ items: () => RepresentativeKind, nativeEnumName: 'representative_kind' })
  representativeKind!: RepresentativeKind;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  representative?: Ref<User> | null;

  @Field(() => String, { description: 'The powers as written (the default text of the kind, editable)' })
  @Property({ type: 'text' })
  powers!: string;

  @Field(() => DateScalar, { description: 'The date of the power of attorney (a POA without one is void)' })
  @Property({ type: 'date' })
  issueDate!: string;

  @Field(() => DateScalar, { description: 'Valid through this day' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Handed over signed; empty while a draft' })
  @Property({ type: 'date', nullable: true })
  issuedOn?: string | null;

  @Field(() => Boolean, { description: 'A machine-readable POA (МЧД)' })
  @Property({ type: 'boolean', default: false })
  machineReadable: boolean & Opt = false;

  @Field(() => String, { nullable: true, description: 'The МЧД registration number (GUID)' })
  @Property({ type: 'string', length: 100, nullable: true })
  registrationNumber?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  revokedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revocationReason?: string | null;

  @ManyToOne(() => PowerOfAttorney, { ref: true, nullable: true, deleteRule: 'set null' })
  replaces?: Ref<PowerOfAttorney> | null;

  @Field(() => DateScalar, { nullable: true, description: "The firm's day the daily job recorded it EXPIRED (its end had passed)" })
  @Property({ type: 'date', nullable: true })
  expiredOn?: string | null;

  /** When its manager was told it ends soon (once per power of attorney). */
  @Property({ type: 'Date', nullable: true })
  expiringNotifiedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
