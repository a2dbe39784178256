import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { VersionedIdArgs } from '../../graphql/args.js';
import { MAX_CURSOR_LENGTH } from '../../graphql/keyset.js';
import { DateScalar } from '../../graphql/scalars.js';
import { LegalForm, TaxRegime } from '../leads/lead.enums.js';
import { ClientContactInput } from '../projects/project.inputs.js';
import { ClientStatus, ObligationStatus } from './client.enums.js';
import { ObligationKind, ProfitAdvanceMethod, ServiceArea } from './schedule-link.js';

@InputType()
export class ClientPatentInput {
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => String, { nullable: true, description: 'Subject code where the patent is issued' }) @IsOptional() @IsString() @MaxLength(2) region?: string | null;
}

@InputType({ description: 'The client profile; checked and normalised by the server' })
export class ClientInput {
  @Field(() => LegalForm) @IsEnum(LegalForm) legalForm!: LegalForm;
  @Field(() => String) @Length(1, 500) fullName!: string;
  @Field(() => String) @Length(1, 300) shortName!: string;
  @Field(() => String, { nullable: true, description: '10 digits for an organization, 12 for an individual entrepreneur' }) @IsOptional() @IsString() @MaxLength(20) inn?: string | null;
  @Field(() => String, { nullable: true, description: 'Organizations only' }) @IsOptional() @IsString() @MaxLength(20) kpp?: string | null;
  @Field(() => String, { nullable: true, description: 'ОГРН (13 digits) or ОГРНИП (15 digits)' }) @IsOptional() @IsString() @MaxLength(20) ogrn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'ОКВЭД 2 code, e.g. 62.01' }) @IsOptional() @IsString() @MaxLength(10) okvedCode?: string | null;
  @Field(() => TaxRegime) @IsEnum(TaxRegime) taxRegime!: TaxRegime;
  @Field(() => Boolean) @IsBoolean() vatPayer!: boolean;
  @Field(() => Boolean) @IsBoolean() hasEmployees!: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100_000) headcount?: number | null;
  @Field(() => ProfitAdvanceMethod, { nullable: true, description: 'Organizations on ОСНО; QUARTERLY when not given' }) @IsOptional() @IsEnum(ProfitAdvanceMethod) profitAdvances?: ProfitAdvanceMethod | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hasProperty?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hasTransport?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hasLand?: boolean | null;
  @Field(() => [ClientPatentInput], { nullable: true, description: 'ПСН only' }) @IsOptional() @ArrayMaxSize(20) patents?: ClientPatentInput[] | null;
  @Field(() => [ServiceArea], { nullable: true, description: 'Default: all three' }) @IsOptional() @IsEnum(ServiceArea, { each: true }) @ArrayMaxSize(3) serviceAreas?: ServiceArea[] | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() serviceStartDate?: string | null;
  @Field(() => [ClientContactInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50) contacts?: ClientContactInput[] | null;
}

@ArgsType()
export class UpdateClientArgs extends VersionedIdArgs {
  @Field(() => ClientInput) input!: ClientInput;
}

@ArgsType()
export class CreateClientFromLeadArgs {
  @Field(() => ID) @IsUUID() leadId!: string;
  @Field(() => Int, { description: 'The version of the lead the user saw' }) @IsInt() leadVersion!: number;
}

@ArgsType()
export class ChangeClientStatusArgs extends VersionedIdArgs {
  @Field(() => ClientStatus, { description: 'SUSPENDED, TERMINATED, or ACTIVE again after a suspension; acceptance makes a client ACTIVE first' }) @IsEnum(ClientStatus) status!: ClientStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Default: today in the firm' }) @IsOptional() since?: string | null;
}

@ArgsType()
export class AcceptClientArgs extends VersionedIdArgs {
  @Field(() => DateScalar, { nullable: true, description: 'ACTIVE from this day; default: the service start, else today in the firm' }) @IsOptional() activeFrom?: string | null;
}

@ArgsType()
export class AssignClientAreaArgs {
  @Field(() => ID) @IsUUID() clientId!: string;
  @Field(() => ServiceArea) @IsEnum(ServiceArea) area!: ServiceArea;
  @Field(() => ID) @IsUUID() accountantId!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default: today in the firm' }) @IsOptional() fromDate?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day, included; none: until someone else is assigned' }) @IsOptional() toDate?: string | null;
}

@ArgsType()
export class ApplyScheduleDiffArgs {
  @Field(() => ID) @IsUUID() clientId!: string;
  @Field(() => String, { description: 'The `digest` of the diff the user saw: a diff that has changed since is refused with CONFLICT' }) @Length(1, 100) digest!: string;
}

@InputType({ description: 'A client’s schedule diff as the user saw it' })
export class ScheduleDiffRef {
  @Field(() => ID) @IsUUID() clientId!: string;
  @Field(() => String, { description: 'The diff’s `digest`' }) @Length(1, 100) digest!: string;
}

@ArgsType()
export class ApplyScheduleDiffsArgs {
  @Field(() => [ScheduleDiffRef]) @ArrayMinSize(1) @ArrayMaxSize(500) diffs!: ScheduleDiffRef[];
}

@InputType()
export class ClientFilter {
  @Field(() => [ClientStatus], { nullable: true }) @IsOptional() @IsEnum(ClientStatus, { each: true }) @ArrayMaxSize(10) statuses?: ClientStatus[] | null;
  @Field(() => [TaxRegime], { nullable: true }) @IsOptional() @IsEnum(TaxRegime, { each: true }) @ArrayMaxSize(20) taxRegimes?: TaxRegime[] | null;
  @Field(() => LegalForm, { nullable: true }) @IsOptional() @IsEnum(LegalForm) legalForm?: LegalForm | null;
  @Field(() => ID, { nullable: true, description: 'Clients this person serves in some area today' }) @IsOptional() @IsUUID() accountantId?: string | null;
  @Field(() => String, { nullable: true, description: 'Matches names and INN' }) @IsOptional() @MaxLength(200) search?: string | null;
}

@ArgsType()
export class ClientsArgs {
  @Field(() => ClientFilter, { nullable: true }) @IsOptional() filter?: ClientFilter | null;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(MAX_CURSOR_LENGTH) after?: string | null;
}

@InputType()
export class ObligationFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(100) clientIds?: string[] | null;
  @Field(() => [ObligationKind], { nullable: true }) @IsOptional() @IsEnum(ObligationKind, { each: true }) @ArrayMaxSize(10) kinds?: ObligationKind[] | null;
  @Field(() => [ObligationStatus], { nullable: true, description: 'Default: the open ones (PLANNED, IN_PROGRESS)' }) @IsOptional() @IsEnum(ObligationStatus, { each: true }) @ArrayMaxSize(10) statuses?: ObligationStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only open ones past their due date in the firm' }) @IsOptional() @IsBoolean() overdueOnly?: boolean | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() dueFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() dueTo?: string | null;
}

@ArgsType()
export class ObligationsArgs {
  @Field(() => ObligationFilter, { nullable: true }) @IsOptional() filter?: ObligationFilter | null;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(MAX_CURSOR_LENGTH) after?: string | null;
}

@ArgsType()
export class ChangeObligationStatusArgs extends VersionedIdArgs {
  @Field(() => ObligationStatus) @IsEnum(ObligationStatus) status!: ObligationStatus;
  @Field(() => DateScalar, { nullable: true, description: 'DONE: the day it was done; default today in the firm' }) @IsOptional() doneDate?: string | null;
  @Field(() => String, { nullable: true, description: 'A note or confirmation number' }) @IsOptional() @MaxLength(1000) note?: string | null;
  @Field(() => String, { nullable: true, description: 'NOT_REQUIRED: why (required then)' }) @IsOptional() @MaxLength(1000) reason?: string | null;
}

@ArgsType()
export class ObligationCalendarArgs {
  @Field(() => DateScalar, { description: 'First day shown' }) from!: string;
  @Field(() => DateScalar, { description: 'Last day shown, included; at most 62 days after `from`' }) to!: string;
  @Field(() => ObligationFilter, { nullable: true, description: 'The same filter as the list' }) @IsOptional() filter?: ObligationFilter | null;
}
