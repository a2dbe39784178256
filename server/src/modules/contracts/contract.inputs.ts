import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { MAX_CURSOR_LENGTH } from '../../graphql/keyset.js';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { VersionedIdArgs } from '../../graphql/args.js';
import { ServiceArea } from '../pricing/pricing.enums.js';
import { AuthorityBasis, ContractParty, ContractStatus, SigningChannel } from './contract.enums.js';

// ⚠️ lengths of р/с, к/с and БИК are practice (contracts-poa.md §1.3): checked as digits with bounds only
@InputType({ description: "A party's details; absent fields stay empty" })
export class PartyDetailsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) fullName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^(\d{10}|\d{12})?$/, { message: 'INN has 10 or 12 digits' }) @MaxLength(12) inn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^(\d{4}[\dA-Z]{2}\d{3})?$/, { message: 'KPP has 9 characters' }) @MaxLength(9) kpp?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^(\d{13}|\d{15})?$/, { message: 'OGRN has 13 digits, OGRNIP 15' }) @MaxLength(15) ogrn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) address?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^(\d{20})?$/, { message: 'An account number has 20 digits' }) @MaxLength(20) bankAccount?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300) bankName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^(\d{9})?$/, { message: 'BIK has 9 digits' }) @MaxLength(9) bik?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^(\d{20})?$/, { message: 'An account number has 20 digits' }) @MaxLength(20) correspondentAccount?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(254) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) signerPosition?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) signerName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(400) signerInPreamble?: string | null;
  @Field(() => AuthorityBasis, { nullable: true }) @IsOptional() @IsEnum(AuthorityBasis) authorityBasis?: AuthorityBasis | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) authorityDocument?: string | null;
}

/** A price per month above this (in kopecks: 100 million roubles) is a typo, not a contract. */
export const MAX_CONTRACT_PRICE = 10_000_000_000;

@InputType()
export class CreateContractInput {
  @Field(() => ID, { nullable: true, description: 'The lead (future client) the contract is with; or give `clientId`' }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The client the contract is with (its lead, if it came from one, is taken too)' }) @IsOptional() @IsUUID() clientId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The pricing run of that lead the price comes from; or give `price`' }) @IsOptional() @IsUUID() pricingRunId?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Per month, where there is no pricing run (a client taken on without a lead)' }) @IsOptional() @Min(1) @Max(MAX_CONTRACT_PRICE) price?: number | null;
  @Field(() => DateScalar, { nullable: true, description: "Default: the firm's today; its year picks the number sequence" }) @IsOptional() date?: string | null;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => [ServiceArea]) @IsEnum(ServiceArea, { each: true }) @ArrayMinSize(1) @ArrayMaxSize(3) serviceAreas!: ServiceArea[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) paymentTerms?: string | null;
  @Field(() => ID, { nullable: true, description: 'Default: the creator' }) @IsOptional() @IsUUID() managerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) counterpartyNumber?: string | null;
  @Field(() => PartyDetailsInput, { nullable: true, description: "The client's details; the lead's company name and INN fill what is missing" }) @IsOptional() client?: PartyDetailsInput | null;
}

@InputType({ description: 'The fields to change; absent fields stay as they are' })
export class UpdateContractInput {
  @Field(() => DateScalar, { nullable: true }) @IsOptional() date?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() startDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'Another run of the same lead: the price follows it' }) @IsOptional() @IsUUID() pricingRunId?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Per month, for a contract without a pricing run' }) @IsOptional() @Min(1) @Max(MAX_CONTRACT_PRICE) price?: number | null;
  @Field(() => [ServiceArea], { nullable: true }) @IsOptional() @IsEnum(ServiceArea, { each: true }) @ArrayMinSize(1) @ArrayMaxSize(3) serviceAreas?: ServiceArea[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) paymentTerms?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() managerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) counterpartyNumber?: string | null;
  @Field(() => PartyDetailsInput, { nullable: true, description: 'Replaces the whole set of details' }) @IsOptional() client?: PartyDetailsInput | null;
}

@ArgsType()
export class UpdateContractArgs extends VersionedIdArgs {
  @Field(() => UpdateContractInput) input!: UpdateContractInput;
}

@ArgsType()
export class DatedArgs extends VersionedIdArgs {
  @Field(() => DateScalar, { nullable: true, description: "Default: the firm's today" }) @IsOptional() on?: string | null;
}

@InputType()
export class SignatureInput {
  @Field(() => ContractParty) @IsEnum(ContractParty) party!: ContractParty;
  @Field(() => DateScalar, { nullable: true, description: "Default: the firm's today" }) @IsOptional() on?: string | null;
  @Field(() => String, { description: 'Who signed: «Иванов И. И., генеральный директор»' }) @Length(1, 200) signer!: string;
  @Field(() => SigningChannel, { nullable: true }) @IsOptional() @IsEnum(SigningChannel) channel?: SigningChannel | null;
}

@ArgsType()
export class SignArgs extends VersionedIdArgs {
  @Field(() => SignatureInput) input!: SignatureInput;
}

@ArgsType()
export class TerminateContractArgs extends VersionedIdArgs {
  @Field(() => DateScalar) on!: string;
  @Field(() => String) @Length(1, 2000) reason!: string;
}

@InputType()
export class CreateAmendmentInput {
  @Field(() => ID) @IsUUID() contractId!: string;
  @Field(() => ID, { nullable: true, description: "A pricing run of the contract's lead; or give `price`" }) @IsOptional() @IsUUID() pricingRunId?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'The new price per month, where there is no pricing run' }) @IsOptional() @Min(1) @Max(MAX_CONTRACT_PRICE) price?: number | null;
  @Field(() => DateScalar, { description: 'The new price applies from this day' }) effectiveFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: "Default: the firm's today" }) @IsOptional() date?: string | null;
}

@InputType()
export class ContractFilter {
  @Field(() => [ContractStatus], { nullable: true }) @IsOptional() @IsEnum(ContractStatus, { each: true }) @ArrayMaxSize(10) statuses?: ContractStatus[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() managerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Contracts with this client, including those drafted for its lead before it was accepted' }) @IsOptional() @IsUUID() clientId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the number or the client’s name' }) @IsOptional() @MaxLength(200) search?: string | null;
  @Field(() => Int, { nullable: true, description: "Not yet signed by both sides (nor terminated) more than this many days after it was sent, or dated when never sent, counted to the firm's today" })
  @IsOptional() @IsInt() @Min(0) @Max(3650) unsignedForDays?: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'Dated on or after this day' }) @IsOptional() dateFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Dated on or before this day' }) @IsOptional() dateTo?: string | null;
}

@ArgsType()
export class ContractsArgs {
  @Field(() => ContractFilter, { nullable: true }) @IsOptional() filter?: ContractFilter | null;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(MAX_CURSOR_LENGTH) after?: string | null;
}

@InputType({ description: 'The fields to change; absent fields stay as they are' })
export class ContractSettingsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 60) contractNumberPattern?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 60) poaNumberPattern?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(365) poaWarningDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(365) unsignedReminderDays?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) city?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 300) vatClause?: string | null;
}

@ArgsType()
export class UpdateContractSettingsArgs {
  @Field(() => Int, { description: 'The version the user saw' }) @IsInt() version!: number;
  @Field(() => ContractSettingsInput) input!: ContractSettingsInput;
}

