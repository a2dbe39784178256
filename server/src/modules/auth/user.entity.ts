import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { Department, Role } from './roles.js';

@ObjectType({ description: 'A person of the firm' })
@Entity({ tableName: 'app_user' })
@FirmScoped()
@Index({ properties: ['firm'] })
export class User extends FirmOwned {
  /** Stored lower-case; unique across firms because login is by e-mail alone. */
  @Field(() => String)
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Empty until an invited user accepts the invitation. */
  @Property({ type: 'string', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Field(() => Department, { nullable: true })
  @Enum({ items: () => Department, nativeEnumName: 'department', nullable: true })
  department?: Department | null;

  @Field(() => Boolean, { description: 'A deactivated user can no longer sign in' })
  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
