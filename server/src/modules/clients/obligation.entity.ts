import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { DateScalar } from '../../graphql/scalars.js';
import { User } from '../auth/user.entity.js';
import { Client } from './client.entity.js';
import { ObligationStatus } from './client.enums.js';
import { ObligationKind, Recipient, ServiceArea } from './schedule-link.js';

/** One filing, notification or payment of a client, on its owner's calendar. */
@ObjectType({ description: 'A filing, notification or payment a client owes (обязательство)' })
@Entity({ tableName: 'obligation' })
@FirmScoped()
@Index({ properties: ['firm', 'owner', 'dueDate'] })
@Index({ properties: ['client', 'dueDate'] })
@Unique({ properties: ['client', 'key'] })
export class Obligation extends FirmOwned {
  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  client!: Ref<Client>;

  @Field(() => String, { description: 'The schedule’s identity of the item (code, period, part): how a recomputation finds it again' })
  @Property({ type: 'string', length: 80 })
  key!: string;

  @Field(() => String, { description: 'The rule code from the tax calendar, e.g. USN_ADV_PAY' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => ObligationKind)
  @Property({ type: 'string', length: 20 })
  kind!: ObligationKind;

  @Field(() => Recipient)
  @Property({ type: 'string', length: 20 })
  recipient!: Recipient;

  @Field(() => String, { description: 'The period it covers, as the schedule names it' })
  @Property({ type: 'string', length: 40 })
  period!: string;

  @Field(() => DateScalar, { description: 'The date the law names, before the shift off non-working days' })
  @Property({ type: 'date' })
  nominalDate!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => ServiceArea)
  @Property({ type: 'string', length: 20 })
  area!: ServiceArea;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => Boolean, { description: 'Dated by a provisional calendar (the year’s official one not loaded yet)' })
  @Property({ type: 'boolean', default: false })
  provisional: boolean & Opt = false;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  owner?: Ref<User> | null;

  @Field(() => ObligationStatus)
  @Enum({ items: () => ObligationStatus, nativeEnumName: 'obligation_status', default: ObligationStatus.PLANNED })
  status: ObligationStatus & Opt = ObligationStatus.PLANNED;

  @Field(() => DateScalar, { nullable: true, description: 'When it was done (DONE)' })
  @Property({ type: 'date', nullable: true })
  doneDate?: string | null;

  @Field(() => String, { nullable: true, description: 'A note or confirmation number' })
  @Property({ type: 'string', length: 1000, nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is not required (NOT_REQUIRED)' })
  @Property({ type: 'string', length: 1000, nullable: true })
  notRequiredReason?: string | null;

  /** The due date the due-soon reminder was sent for: re-dated, it is sent again; never twice for one date. */
  @Property({ type: 'date', nullable: true, hidden: true })
  dueSoonNotifiedFor?: string | null;

  /** The due date the overdue notice was sent for. */
  @Property({ type: 'date', nullable: true, hidden: true })
  overdueNotifiedFor?: string | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
