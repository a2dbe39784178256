import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination.js';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
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

@ObjectType({ description: "Who gives a power of attorney (доверитель): the firm's client where there is one, else the lead" })
export class PoaPrincipal {
  @Field(() => String, { description: "The client's short name, else the lead's company" }) name!: string;
  @Field(() => String, { nullable: true }) inn!: string | null;
  @Field(() => Client, { nullable: true, description: 'The client (taken on directly, or the client the lead became)' }) client!: Client | null;
  @Field(() => Lead, { nullable: true, description: 'The lead it was drafted for; empty for a client taken on directly' }) lead!: Lead | null;
}
