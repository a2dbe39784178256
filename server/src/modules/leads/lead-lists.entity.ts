import { Entity, Enum, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { LeadFieldType } from './lead.enums.js';

/** An item of a short firm-editable list; archived items stay on old cards but leave the pickers. */
@ObjectType()
@Entity({ abstract: true })
abstract class NamedListItem extends FirmOwned {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  position: number & Opt = 0;

  @Field(() => Boolean, { description: 'Hidden from new cards, kept on old ones' })
  @Property({ type: 'boolean', default: false })
  archived: boolean & Opt = false;
}

/** How a lead heard of the firm. */
@ObjectType()
@Entity({ tableName: 'lead_source' })
@FirmScoped()
@Unique({ properties: ['firm', 'name'] })
export class LeadSource extends NamedListItem {}

/** Why a lead was lost. */
@ObjectType()
@Entity({ tableName: 'lost_reason' })
@FirmScoped()
@Unique({ properties: ['firm', 'name'] })
export class LostReason extends NamedListItem {}

/** A firm-defined extra field that every lead card shows. */
@ObjectType()
@Entity({ tableName: 'lead_field' })
@FirmScoped()
@Unique({ properties: ['firm', 'key'] })
export class LeadField extends FirmOwned {
  @Field(() => String, { description: 'Stable key of the value in a lead' })
  @Property({ type: 'string', length: 40 })
  key!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  label!: string;

  @Field(() => LeadFieldType)
  @Enum({ items: () => LeadFieldType, nativeEnumName: 'lead_field_type' })
  type!: LeadFieldType;

  @Field(() => [String], { description: 'Options of a CHOICE field' })
  @Property({ type: 'json', default: '[]' })
  options: string[] & Opt = [];

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  position: number & Opt = 0;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  archived: boolean & Opt = false;
}
