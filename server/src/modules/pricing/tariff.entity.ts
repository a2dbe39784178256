import { Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';
import type { TariffDefinition } from './engine/tariff.js';
import { TariffVersionStatus } from './pricing.enums.js';

/** A named tariff of the firm; its content lives in numbered versions. */
@ObjectType({ description: 'A tariff plan of the firm (тариф); its rules live in versions' })
@Entity({ tableName: 'tariff_plan' })
@FirmScoped()
export class TariffPlan extends FirmOwned {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** The firm's default plan for new calculations. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  isDefault: boolean & Opt = false;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

/**
 * One version of a plan. A draft can be edited; publishing freezes it for good, so every
 * pricing run keeps the exact rules it was computed with.
 */
@ObjectType({ description: 'One version of a tariff plan; published versions never change' })
@Entity({ tableName: 'tariff_version' })
@FirmScoped()
@Unique({ properties: ['plan', 'number'] })
export class TariffVersion extends FirmOwned {
  @ManyToOne(() => TariffPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<TariffPlan>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => TariffVersionStatus)
  @Enum({ items: () => TariffVersionStatus, nativeEnumName: 'tariff_version_status', default: TariffVersionStatus.DRAFT })
  status: TariffVersionStatus & Opt = TariffVersionStatus.DRAFT;

  @Property({ type: 'json' })
  definition!: TariffDefinition;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  publishedAt?: Date | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
