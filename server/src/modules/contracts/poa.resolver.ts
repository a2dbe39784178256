import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { SameForEveryViewer, ViewerDependent } from '../../graphql/live-sharing.js';
import { loadRef } from '../../graphql/load.js';
import { CurrentScope, SignedInScope, type Scope } from '../../graphql/scope.js';
import { User } from '../auth/user.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { Contract } from './contract.entity.js';
import { PoaStatus } from './contract.enums.js';
import { DatedArgs } from './contract.inputs.js';
import { CONTRACT_EDITORS } from './contract.policy.js';
import { PowerOfAttorneyConnection } from './contract.types.js';
import { PowerOfAttorney } from './poa.entity.js';
import { CreatePowerOfAttorneyInput, PowersOfAttorneyArgs, RevokePowerOfAttorneyArgs, UpdatePowerOfAttorneyArgs } from './poa.inputs.js';

@Resolver(() => PowerOfAttorney)
export class PowerOfAttorneyResolver {
  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => PowerOfAttorney, { description: 'Drafts a power of attorney (with a contract or for a lead); `replacesId` reissues an old one' })
  createPowerOfAttorney(@Arg('input', () => CreatePowerOfAttorneyInput) input: CreatePowerOfAttorneyInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PowerOfAttorney> {
    return services.powersOfAttorney.create(scope, input);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => PowerOfAttorney, { description: 'Changes a draft; an issued one is revoked and reissued instead' })
  updatePowerOfAttorney(@Args(() => UpdatePowerOfAttorneyArgs) { id, version, input }: UpdatePowerOfAttorneyArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PowerOfAttorney> {
    return services.powersOfAttorney.update(scope, id, version, input);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => PowerOfAttorney, { description: 'Records that the signed power of attorney was handed over' })
  issuePowerOfAttorney(@Args(() => DatedArgs) { id, version, on }: DatedArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PowerOfAttorney> {
    return services.powersOfAttorney.issue(scope, id, version, on);
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => PowerOfAttorney, { description: 'Records its revocation, with the reason' })
  revokePowerOfAttorney(@Args(() => RevokePowerOfAttorneyArgs) { id, version, on, reason }: RevokePowerOfAttorneyArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PowerOfAttorney> {
    return services.powersOfAttorney.revoke(scope, id, version, on, reason);
  }

  @Authorized()
  @Query(() => PowerOfAttorney)
  powerOfAttorney(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PowerOfAttorney> {
    return services.powersOfAttorney.get(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Query(() => PowerOfAttorneyConnection, { description: "The firm's powers of attorney, soonest to end first" })
  powersOfAttorney(@Args(() => PowersOfAttorneyArgs) { filter, first, after }: PowersOfAttorneyArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PowerOfAttorneyConnection> {
    return services.powersOfAttorney.list(scope, filter, first, after);
  }

  @SameForEveryViewer()
  @FieldResolver(() => PoaStatus, { description: "On the firm's today, with its warning days" })
  status(@Root() poa: PowerOfAttorney, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PoaStatus> {
    return services.powersOfAttorney.statusOf(scope, poa);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead, { description: 'The principal (доверитель)' })
  async principal(@Root() poa: PowerOfAttorney, @CurrentScope() scope: Scope): Promise<Lead> {
    return (await loadRef(scope.em, Lead, poa.lead))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => Contract, { nullable: true })
  contract(@Root() poa: PowerOfAttorney, @CurrentScope() scope: Scope): Promise<Contract | null> {
    return loadRef(scope.em, Contract, poa.contract);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true, description: 'The employee, for an EMPLOYEE representative' })
  representative(@Root() poa: PowerOfAttorney, @CurrentScope() scope: Scope): Promise<User | null> {
    return loadRef(scope.em, User, poa.representative);
  }

  @SameForEveryViewer()
  @FieldResolver(() => PowerOfAttorney, { nullable: true, description: 'The power of attorney this one reissues' })
  replaces(@Root() poa: PowerOfAttorney, @CurrentScope() scope: Scope): Promise<PowerOfAttorney | null> {
    return loadRef(scope.em, PowerOfAttorney, poa.replaces);
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may change, issue and revoke it' })
  viewerCanEdit(@Root() poa: PowerOfAttorney, @SignedInScope() scope: SignedInScope): boolean {
    return CONTRACT_EDITORS.includes(scope.principal.role) && !poa.revokedOn;
  }
}
