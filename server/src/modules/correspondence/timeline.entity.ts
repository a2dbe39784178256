import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { ContactDirection, EntryKind, FollowUpStatus } from './correspondence.enums.js';

/**
 * One contact or note on a timeline: a lead's, a client's, or both (written after the lead was
 * accepted, it names both). A client's timeline reads its own rows and those of the lead it came
 * from, so nothing is copied on acceptance.
 *
 * The model is generic so other channels add entries of their own kind: a kind, a subject, the
 * text in `summary`, and a link (`linkType` + `linkId`) to what the entry stands for (e.g. an
 * e-mail: kind EMAIL, the message's subject, its plain text, a link to the stored message).
 */
@ObjectType({ description: 'A logged call or meeting, a note, the result a follow-up was closed with, or another contact (e.g. an e-mail)' })
@Entity({ tableName: 'timeline_entry' })
@FirmScoped()
@Index({ properties: ['firm', 'lead', 'occurredAt'] })
@Index({ properties: ['firm', 'client', 'occurredAt'] })
export class TimelineEntry extends FirmOwned {
  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'cascade' })
  lead?: Ref<Lead> | null;

  @ManyToOne(() => Client, { ref: true, nullable: true, deleteRule: 'cascade' })
  client?: Ref<Client> | null;

  @Field(() => EntryKind)
  @Enum({ items: () => EntryKind, nativeEnumName: 'timeline_entry_kind' })
  kind!: EntryKind;

  @Field(() => Date, { description: 'When the call or meeting took place (when the note was written)' })
  @Property({ type: 'Date' })
  occurredAt!: Date;

  @Field(() => ContactDirection, { nullable: true })
  @Enum({ items: () => ContactDirection, nativeEnumName: 'contact_direction', nullable: true })
  direction?: ContactDirection | null;

  @Field(() => String, { nullable: true, description: "Who the firm spoke with on the client's side" })
  @Property({ type: 'string', length: 200, nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'A subject line, for contacts that have one (e.g. an e-mail)' })
  @Property({ type: 'string', length: 500, nullable: true })
  subject?: string | null;

  @Field(() => String, { description: 'What was said or written (an e-mail: its plain text)' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'What came of it' })
  @Property({ type: 'text', nullable: true })
  result?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  author?: Ref<User> | null;

  @Field(() => String, { nullable: true, description: 'What the entry stands for, e.g. EmailMessage; its id in `linkId`' })
  @Property({ type: 'string', length: 40, nullable: true })
  linkType?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  linkId?: string | null;

  /** For a FOLLOW_UP_RESULT: the follow-up it closed. */
  @Property({ type: 'uuid', nullable: true })
  followUpId?: string | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

/** A promise to get back to the client: an owner, a moment in the firm's time zone, and what for. */
@ObjectType({ description: 'A promised call-back or other follow-up, with an owner and a due moment' })
@Entity({ tableName: 'follow_up' })
@FirmScoped()
@Index({ properties: ['firm', 'owner', 'status', 'dueAt'] })
@Index({ properties: ['firm', 'lead', 'createdAt'] })
@Index({ properties: ['firm', 'client', 'createdAt'] })
export class FollowUp extends FirmOwned {
  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'cascade' })
  lead?: Ref<Lead> | null;

  @ManyToOne(() => Client, { ref: true, nullable: true, deleteRule: 'cascade' })
  client?: Ref<Client> | null;

  /** The timeline entry it was promised in, if any. */
  @ManyToOne(() => TimelineEntry, { ref: true, nullable: true, deleteRule: 'set null' })
  entry?: Ref<TimelineEntry> | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  owner!: Ref<User>;

  @Field(() => String, { description: 'What is to be done, e.g. «Перезвонить насчёт выписок»' })
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Field(() => Date)
  @Property({ type: 'Date' })
  dueAt!: Date;

  @Field(() => FollowUpStatus)
  @Enum({ items: () => FollowUpStatus, nativeEnumName: 'follow_up_status', default: FollowUpStatus.OPEN })
  status: FollowUpStatus & Opt = FollowUpStatus.OPEN;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  result?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  closedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  closedBy?: Ref<User> | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  /** When the owner was told it is due / overdue: each notice is sent once, by whichever instance claims it. */
  @Property({ type: 'Date', nullable: true })
  dueNotifiedAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  overdueNotifiedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
