import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination.js';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Contract, ContractAmendment } from './contract.entity.js';
import { PowerOfAttorney } from './poa.entity.js';

@ObjectType({ description: "One step of a contract's price: the contract's own, or a signed amendment's from its date" })
export class PriceHistoryStep {
  @Field(() => DateScalar) from!: string;
  @Field(() => MoneyScalar, { description: 'Per month' }) price!: number;
  @Field(() => ContractAmendment, { nullable: true, description: 'Empty for the contract’s own price' }) amendment!: ContractAmendment | null;
}

@ObjectType('ContractConnection')
export class ContractConnection extends ConnectionType('Contract', Contract) {
  @Field(() => Int) totalCount!: number;
}

@ObjectType('PowerOfAttorneyConnection')
export class PowerOfAttorneyConnection extends ConnectionType('PowerOfAttorney', PowerOfAttorney) {
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'What the registry adds up' })
export class ContractTotals {
  @Field(() => Int, { description: 'Contracts signed by both sides and not terminated' }) active!: number;
  @Field(() => MoneyScalar, { description: 'Their monthly prices in force today' }) monthlyRevenue!: number;
  @Field(() => Int, { description: 'Sent or signed by one side only' }) awaitingSignature!: number;
  @Field(() => Int, { description: "Powers of attorney ending within the firm's warning days" }) expiringPowersOfAttorney!: number;
}
