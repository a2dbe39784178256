import { BigIntType, Entity, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { CostField } from './cost-visibility.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';
import { Lead } from '../leads/lead.entity.js';
import type { PriceBreakdown, PricingRequest } from './engine/price.js';
import { TariffVersion } from './tariff.entity.js';

/** A saved calculation: inputs + tariff version → breakdown. Never changes once written. */
@ObjectType({ description: 'A saved calculation (расчёт стоимости): immutable, with the tariff version it used' })
@Entity({ tableName: 'pricing_run' })
@FirmScoped()
@Index({ properties: ['lead', 'createdAt'] })
export class PricingRun extends FirmOwned {
  @ManyToOne(() => Lead, { ref: true, deleteRule: 'cascade' })
  lead!: Ref<Lead>;

  /** 1, 2, 3 … within the lead, for people to refer to. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @ManyToOne(() => TariffVersion, { ref: true, deleteRule: 'restrict' })
  tariffVersion!: Ref<TariffVersion>;

  @Property({ type: 'json' })
  input!: PricingRequest;

  @Property({ type: 'json' })
  breakdown!: PriceBreakdown;

  /** Kopecks, copied out of the breakdown for lists and sorting. */
  @Field(() => MoneyScalar)
  @Property({ type: new BigIntType('number') })
  price!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Null unless the caller may see cost' })
  @UseMiddleware(CostField)
  @Property({ type: new BigIntType('number') })
  cost!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Null unless the caller may see cost' })
  @UseMiddleware(CostField)
  @Property({ type: new BigIntType('number') })
  margin!: number;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
