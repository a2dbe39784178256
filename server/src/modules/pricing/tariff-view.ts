import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { CostField } from './cost-visibility.js';
import { TariffDefinitionShape, TariffOverhead, TariffRemuneration } from './pricing.types.js';

/** The rules as read: the pay rules are null for those who may not see cost (cost-visibility.ts). */
@ObjectType('TariffDefinition', { description: 'The rules of one tariff version' })
export class TariffDefinitionView extends TariffDefinitionShape {
  @Field(() => [TariffRemuneration], { nullable: true, description: 'Null unless the caller may see cost' })
  @UseMiddleware(CostField)
  override remuneration!: TariffRemuneration[];

  @Field(() => TariffOverhead, { nullable: true, description: 'Null unless the caller may see cost' })
  @UseMiddleware(CostField)
  override overhead!: TariffOverhead;
}
