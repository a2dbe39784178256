import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { SameForEveryViewer, ViewerDependent } from '../../graphql/live-sharing.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import { CurrentScope, SignedInScope, type Scope } from '../../graphql/scope.js';
import { User } from '../auth/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { PricingRun } from '../pricing/pricing-run.entity.js';
import { Contract, ContractAmendment, ContractSettings } from './contract.entity.js';
import { ContractStatus } from './contract.enums.js';
import { ContractsArgs, CreateAmendmentInput, CreateContractInput, DatedArgs, SignArgs, TerminateContractArgs, UpdateContractArgs, UpdateContractSettingsArgs } from './contract.inputs.js';
import { CONTRACT_EDITORS, CONTRACT_SETTINGS_EDITORS } from './contract.policy.js';
import { today } from './contract.service.js';
import { ContractConnection, ContractTotals, PriceHistoryStep } from './contract.types.js';
import { PowerOfAttorney } from './poa.entity.js';
import { priceHistory } from './price-history.js';
import { contractTotals } from './registry.service.js';
import { contractStatus, priceOn } from './rules/status.js';

const isEditor = (scope: SignedInScope) => CONTRACT_EDITORS.includes(scope.principal.role);

@Resolver(() => Contract)
export class ContractResolver {
  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => Contract, { description: 'Drafts a contract for a lead from one of its pricing runs, numbered by the firm’s pattern' })
  createContract(@Arg('input', () => CreateContractInput) input: CreateContractInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Contract> {
    return services.contracts.create(scope, input);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => Contract, { description: 'Changes a contract not yet signed by both sides (then only an amendment does); a stale `version` gets CONFLICT' })
  updateContract(@Args(() => UpdateContractArgs) { id, version, input }: UpdateContractArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Contract> {
    return services.contracts.update(scope, id, version, input);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => Contract, { description: 'Records that the draft went to the client for signing' })
  sendContract(@Args(() => DatedArgs) { id, version, on }: DatedArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Contract> {
    return services.contracts.send(scope, id, version, on);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => Contract, { description: "Records the firm's or the client's signature" })
  signContract(@Args(() => SignArgs) { id, version, input }: SignArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Contract> {
    return services.contracts.sign(scope, id, version, input);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => Contract, { description: "Records that the firm's paper original, signed by both, came back" })
  recordContractOriginal(@Args(() => DatedArgs) { id, version, on }: DatedArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Contract> {
    return services.contracts.originalReceived(scope, id, version, on);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => Contract, { description: 'Ends the contract from a date, with the reason' })
  terminateContract(@Args(() => TerminateContractArgs) { id, version, on, reason }: TerminateContractArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Contract> {
    return services.contracts.terminate(scope, id, version, on, reason);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => ContractAmendment, { description: 'Drafts the next amendment of a contract signed by both sides: a new pricing run and price from a date' })
  createContractAmendment(@Arg('input', () => CreateAmendmentInput) input: CreateAmendmentInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ContractAmendment> {
    return services.amendments.create(scope, input);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => ContractAmendment)
  sendContractAmendment(@Args(() => DatedArgs) { id, version, on }: DatedArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ContractAmendment> {
    return services.amendments.send(scope, id, version, on);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => ContractAmendment, { description: "Records the firm's or the client's signature; signed by both, its price joins the price history" })
  signContractAmendment(@Args(() => SignArgs) { id, version, input }: SignArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ContractAmendment> {
    return services.amendments.sign(scope, id, version, input);
  }

  @Authorized()
  @Query(() => Contract)
  contract(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Contract> {
    return services.contracts.get(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Query(() => ContractConnection, { description: "The firm's contracts, newest first" })
  contracts(@Args(() => ContractsArgs) { filter, first, after }: ContractsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ContractConnection> {
    return services.contracts.list(scope, filter, first, after);
  }

  @Authorized()
  @Query(() => ContractTotals)
  contractTotals(@SignedInScope() scope: SignedInScope): Promise<ContractTotals> {
    return contractTotals(scope);
  }

  @Authorized()
  @Query(() => ContractSettings)
  contractSettings(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ContractSettings> {
    return services.contractSettings.get(scope);
  }

  @Authorized(...CONTRACT_SETTINGS_EDITORS)
  @Mutation(() => ContractSettings)
  updateContractSettings(@Args(() => UpdateContractSettingsArgs) { version, input }: UpdateContractSettingsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ContractSettings> {
    return services.contractSettings.update(scope, version, input);
  }

  @FieldResolver(() => ContractStatus)
  status(@Root() contract: Contract): ContractStatus {
    return contractStatus(contract);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Per month, as signed in the contract (amendments: priceHistory)' })
  price(@Root() contract: Contract): number {
    return contract.price;
  }

  @SameForEveryViewer()
  @FieldResolver(() => MoneyScalar, { description: "Per month in force on the firm's today (the first price before service starts)" })
  async currentPrice(@Root() contract: Contract, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<number> {
    const steps = priceHistory(contract, await services.contracts.amendments(scope, contract));
    return priceOn(steps, today(scope)) ?? contract.price;
  }

  @SameForEveryViewer()
  @FieldResolver(() => [PriceHistoryStep], { description: 'The price from the start of service, then each amendment signed by both sides' })
  async priceHistory(@Root() contract: Contract, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<PriceHistoryStep[]> {
    return priceHistory(contract, await services.contracts.amendments(scope, contract));
  }

  @SameForEveryViewer()
  @FieldResolver(() => [ContractAmendment])
  amendments(@Root() contract: Contract, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<ContractAmendment[]> {
    return services.contracts.amendments(scope, contract);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead, { nullable: true, description: 'The lead (future client) the contract was drafted for; empty for a client taken on directly' })
  lead(@Root() contract: Contract, @CurrentScope() scope: Scope): Loaded<Lead | null> {
    return loadRef(scope.em, Lead, contract.lead);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Client, { nullable: true, description: 'The client the contract is with: its own, or the one its lead became once accepted' })
  customer(@Root() contract: Contract, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<Client | null> {
    return services.contracts.customer(scope, contract);
  }

  @SameForEveryViewer()
  @FieldResolver(() => String, { description: 'Whom the contract is with, for lists: the client, else the lead' })
  async partyName(@Root() contract: Contract, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<string> {
    return services.contracts.partyName(scope, contract);
  }

  @SameForEveryViewer()
  @FieldResolver(() => PricingRun, { nullable: true, description: 'Empty where the price was given directly' })
  pricingRun(@Root() contract: Contract, @CurrentScope() scope: Scope): Loaded<PricingRun | null> {
    return loadRef(scope.em, PricingRun, contract.pricingRun);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true, description: 'The responsible manager' })
  manager(@Root() contract: Contract, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, contract.manager);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [PowerOfAttorney], { description: 'The powers of attorney made with this contract (for its card; the registry lists them by `powersOfAttorney`)' })
  powersOfAttorney(@Root() contract: Contract, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<PowerOfAttorney[]> {
    return services.powersOfAttorney.ofContract(scope, contract.id);
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may change the contract itself (not once signed by both or terminated)' })
  viewerCanEdit(@Root() contract: Contract, @SignedInScope() scope: SignedInScope): boolean {
    const status = contractStatus(contract);
    return isEditor(scope) && status !== ContractStatus.SIGNED_BOTH && status !== ContractStatus.TERMINATED;
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may record signatures, send, amend and terminate it' })
  viewerCanSign(@Root() contract: Contract, @SignedInScope() scope: SignedInScope): boolean {
    return isEditor(scope) && !contract.terminatedOn;
  }
}

@Resolver(() => ContractAmendment)
export class ContractAmendmentResolver {
  @FieldResolver(() => ContractStatus)
  status(@Root() amendment: ContractAmendment): ContractStatus {
    return contractStatus(amendment);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Per month from `effectiveFrom`' })
  price(@Root() amendment: ContractAmendment): number {
    return amendment.price;
  }

  @SameForEveryViewer()
  @FieldResolver(() => Contract)
  async contract(@Root() amendment: ContractAmendment, @CurrentScope() scope: Scope): Promise<Contract> {
    return (await loadRef(scope.em, Contract, amendment.contract))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => PricingRun, { nullable: true, description: 'Empty where the price was given directly' })
  pricingRun(@Root() amendment: ContractAmendment, @CurrentScope() scope: Scope): Loaded<PricingRun | null> {
    return loadRef(scope.em, PricingRun, amendment.pricingRun);
  }
}

@Resolver(() => Client)
export class ContractsOfClientResolver {
  @SameForEveryViewer()
  @FieldResolver(() => [Contract], { description: "The client's contracts, newest first: its own and those drafted for its lead before it was accepted" })
  contracts(@Root() client: Client, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<Contract[]> {
    return services.contracts.ofClient(scope, client);
  }
}

@Resolver(() => ContractSettings)
export class ContractSettingsResolver {
  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may draft contracts and powers of attorney and record signatures' })
  viewerCanCreateContracts(@SignedInScope() scope: SignedInScope): boolean {
    return isEditor(scope);
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may change these settings' })
  viewerCanEdit(@SignedInScope() scope: SignedInScope): boolean {
    return CONTRACT_SETTINGS_EDITORS.includes(scope.principal.role);
  }
}
