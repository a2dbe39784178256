import { ArrayMaxSize, IsBase64, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { VersionedIdArgs } from '../../graphql/args.js';
import { MAX_CURSOR_LENGTH } from '../../graphql/keyset.js';
import { DateScalar } from '../../graphql/scalars.js';
import { PoaKind, PoaStatus, RepresentativeKind } from './contract.enums.js';

@InputType()
export class CreatePowerOfAttorneyInput {
  @Field(() => ID, { nullable: true, description: "The contract it goes with; its client (else its lead) is the principal" }) @IsOptional() @IsUUID() contractId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The principal when there is no contract: a client' }) @IsOptional() @IsUUID() clientId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The principal when there is no contract: a lead (the client it became, if any, gives the power)' }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => PoaKind) @IsEnum(PoaKind) kind!: PoaKind;
  @Field(() => RepresentativeKind) @IsEnum(RepresentativeKind) representativeKind!: RepresentativeKind;
  @Field(() => ID, { nullable: true, description: 'The employee, for an EMPLOYEE representative' }) @IsOptional() @IsUUID() representativeId?: string | null;
  @Field(() => String, { nullable: true, description: 'Default: the usual powers of the kind' }) @IsOptional() @MaxLength(10_000) powers?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Default: the firm's today" }) @IsOptional() issueDate?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Default: one year from the issue date (ст. 186 ГК)' }) @IsOptional() validUntil?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() machineReadable?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) registrationNumber?: string | null;
  @Field(() => ID, { nullable: true, description: 'The power of attorney this one reissues' }) @IsOptional() @IsUUID() replacesId?: string | null;
}

@InputType({ description: 'The fields to change while a draft; absent fields stay as they are' })
export class UpdatePowerOfAttorneyInput {
  @Field(() => PoaKind, { nullable: true }) @IsOptional() @IsEnum(PoaKind) kind?: PoaKind | null;
  @Field(() => RepresentativeKind, { nullable: true }) @IsOptional() @IsEnum(RepresentativeKind) representativeKind?: RepresentativeKind | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() representativeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000) powers?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() issueDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() validUntil?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() machineReadable?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) registrationNumber?: string | null;
}

@ArgsType()
export class UpdatePowerOfAttorneyArgs extends VersionedIdArgs {
  @Field(() => UpdatePowerOfAttorneyInput) input!: UpdatePowerOfAttorneyInput;
}

@InputType({ description: 'The new dates and, if it changes, the representative; the rest is copied' })
export class ReissuePowerOfAttorneyInput {
  @Field(() => DateScalar, { nullable: true, description: "Default: the firm's today" }) @IsOptional() issueDate?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Default: one year from the issue date' }) @IsOptional() validUntil?: string | null;
  @Field(() => RepresentativeKind, { nullable: true, description: 'Default: as before; the firm when the employee is no longer active' }) @IsOptional() @IsEnum(RepresentativeKind) representativeKind?: RepresentativeKind | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() representativeId?: string | null;
}

@ArgsType()
export class ReissuePowerOfAttorneyArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => ReissuePowerOfAttorneyInput, { nullable: true }) @IsOptional() input?: ReissuePowerOfAttorneyInput | null;
}

@ArgsType()
export class UploadPowerOfAttorneyXmlArgs extends VersionedIdArgs {
  @Field(() => String, { description: 'As it was named on the uploader’s disk' }) @Length(1, 255) fileName!: string;
  // 256 KB in base64
  @Field(() => String, { description: 'The signed XML file, base64-encoded (at most 256 KB)' }) @IsBase64() @Length(1, 350_000) contentBase64!: string;
}

@ArgsType()
export class RevokePowerOfAttorneyArgs extends VersionedIdArgs {
  @Field(() => DateScalar, { nullable: true, description: "Default: the firm's today" }) @IsOptional() on?: string | null;
  @Field(() => String) @Length(1, 2000) reason!: string;
}

@InputType()
export class PowerOfAttorneyFilter {
  @Field(() => [PoaStatus], { nullable: true, description: "Statuses on the firm's today; EXPIRING uses the firm's warning days" }) @IsOptional() @IsEnum(PoaStatus, { each: true }) @ArrayMaxSize(10) statuses?: PoaStatus[] | null;
  @Field(() => [PoaKind], { nullable: true }) @IsOptional() @IsEnum(PoaKind, { each: true }) @ArrayMaxSize(10) kinds?: PoaKind[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contractId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true, description: "The client's, with those of the lead it was" }) @IsOptional() @IsUUID() clientId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() representativeId?: string | null;
}

@ArgsType()
export class PowersOfAttorneyArgs {
  @Field(() => PowerOfAttorneyFilter, { nullable: true }) @IsOptional() filter?: PowerOfAttorneyFilter | null;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(MAX_CURSOR_LENGTH) after?: string | null;
}
