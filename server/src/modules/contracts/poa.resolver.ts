import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { SameForEveryViewer, ViewerDependent } from '../../graphql/live-sharing.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
import { CurrentScope, SignedInScope, type Scope } from '../../graphql/scope.js';
import { User } from '../auth/user.entity.js';
import { Contract } from './contract.entity.js';
import { PoaStatus } from './contract.enums.js';
import { DatedArgs } from './contract.inputs.js';
import { CONTRACT_EDITORS } from './contract.policy.js';
import { PoaPrincipal, PowerOfAttorneyConnection } from './contract.types.js';
import { PowerOfAttorney } from './poa.entity.js';
import { CreatePowerOfAttorneyInput, PowersOfAttorneyArgs, ReissuePowerOfAttorneyArgs, RevokePowerOfAttorneyArgs, UpdatePowerOfAttorneyArgs, UploadPowerOfAttorneyXmlArgs } from './poa.inputs.js';
import { PoaXmlFile, PoaXmlMismatch } from './poa-xml.entity.js';

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

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => PowerOfAttorney, { description: 'A new draft copied from this one (new number and dates), linked both ways; revoke the old one once the new one is issued' })
  reissuePowerOfAttorney(@Args(() => ReissuePowerOfAttorneyArgs) { id, input }: ReissuePowerOfAttorneyArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PowerOfAttorney> {
    return services.powersOfAttorney.reissue(scope, id, input ?? {});
  }

  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => PowerOfAttorney, { description: 'Keeps the signed XML of a machine-readable power of attorney (МЧД); its number and dates are read and compared with the record' })
  uploadPowerOfAttorneyXml(@Args(() => UploadPowerOfAttorneyXmlArgs) { id, version, fileName, contentBase64 }: UploadPowerOfAttorneyXmlArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PowerOfAttorney> {
    return services.powersOfAttorney.uploadXml(scope, id, version, fileName, contentBase64);
  }

  @Authorized()
  @Query(() => [PowerOfAttorney], { description: 'Powers of attorney in force in the name of a deactivated employee: reissue them, then revoke them (soonest to end first, up to 200)' })
  powersOfAttorneyToReissue(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PowerOfAttorney[]> {
    return services.powersOfAttorney.toReissue(scope);
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
  @FieldResolver(() => PoaPrincipal, { description: "The principal (доверитель): the firm's client, else the lead" })
  principal(@Root() poa: PowerOfAttorney, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<PoaPrincipal> {
    return services.powersOfAttorney.principal(scope, poa);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Contract, { nullable: true })
  contract(@Root() poa: PowerOfAttorney, @CurrentScope() scope: Scope): Loaded<Contract | null> {
    return loadRef(scope.em, Contract, poa.contract);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true, description: 'The employee, for an EMPLOYEE representative' })
  representative(@Root() poa: PowerOfAttorney, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, poa.representative);
  }

  @SameForEveryViewer()
  @FieldResolver(() => PowerOfAttorney, { nullable: true, description: 'The power of attorney this one reissues' })
  replaces(@Root() poa: PowerOfAttorney, @CurrentScope() scope: Scope): Loaded<PowerOfAttorney | null> {
    return loadRef(scope.em, PowerOfAttorney, poa.replaces);
  }

  @SameForEveryViewer()
  @FieldResolver(() => PowerOfAttorney, { nullable: true, description: 'The power of attorney that reissues this one (the latest)' })
  reissuedAs(@Root() poa: PowerOfAttorney, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<PowerOfAttorney | null> {
    return services.powersOfAttorney.reissuedAs(scope, poa);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Int, { nullable: true, description: "Days from the firm's today to its last valid day (negative once past); empty for a draft or a revoked one" })
  daysLeft(@Root() poa: PowerOfAttorney, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): number | null {
    return services.powersOfAttorney.daysLeft(scope, poa);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Boolean, { description: "In force and ending within the firm's warning days (30 by default): the registry highlights it" })
  async expiringSoon(@Root() poa: PowerOfAttorney, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<boolean> {
    return (await services.powersOfAttorney.statusOf(scope, poa)) === PoaStatus.EXPIRING;
  }

  @SameForEveryViewer()
  @FieldResolver(() => PoaXmlFile, { nullable: true, description: 'The uploaded МЧД XML file (the latest)' })
  xmlFile(@Root() poa: PowerOfAttorney, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<PoaXmlFile | null> {
    return services.powersOfAttorney.xmlFile(scope, poa);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [PoaXmlMismatch], { description: 'Where the uploaded МЧД file disagrees with the record: empty when they agree or there is no file' })
  xmlMismatches(@Root() poa: PowerOfAttorney, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<PoaXmlMismatch[]> {
    return services.powersOfAttorney.xmlMismatches(scope, poa);
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may change, issue and revoke it' })
  viewerCanEdit(@Root() poa: PowerOfAttorney, @SignedInScope() scope: SignedInScope): boolean {
    return CONTRACT_EDITORS.includes(scope.principal.role) && !poa.revokedOn;
  }
}
