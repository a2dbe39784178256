import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ArrayMaxSize } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { MAX_CURSOR_LENGTH } from '../../graphql/keyset.js';
import { LeadFieldType, LeadStage, LegalForm, TaxRegime } from './lead.enums.js';
import { VersionedIdArgs } from '../../graphql/args.js';

@InputType({ description: 'What the lead card holds; checked and normalised by the server' })
export class LeadInput {
  @Field(() => String)
  @Length(1, 100)
  lastName!: string;

  @Field(() => String)
  @Length(1, 100)
  firstName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  patronymic?: string | null;

  @Field(() => LegalForm)
  @IsEnum(LegalForm)
  legalForm!: LegalForm;

  @Field(() => String)
  @Length(1, 300)
  companyName!: string;

  @Field(() => String, { nullable: true, description: '10 digits for an organization, 12 for an individual entrepreneur' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  inn?: string | null;

  @Field(() => TaxRegime, { nullable: true })
  @IsOptional()
  @IsEnum(TaxRegime)
  taxRegime?: TaxRegime | null;

  @Field(() => String, { nullable: true, description: 'ОКВЭД 2 code, e.g. 62.01' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  okvedCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  activity?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sourceId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;

  @Field(() => ID, { nullable: true, description: 'The manager in charge; defaults to the creator' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  notes?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of the firm extra fields by key' })
  @IsOptional()
  extra?: Record<string, unknown> | null;
}

@ArgsType()
export class MoveLeadStageArgs extends VersionedIdArgs {
  @Field(() => LeadStage)
  @IsEnum(LeadStage)
  stage!: LeadStage;

  @Field(() => ID, { nullable: true, description: 'Required when the stage is LOST' })
  @IsOptional()
  @IsUUID()
  lostReasonId?: string | null;
}

@InputType()
export class LeadFilter {
  @Field(() => [LeadStage], { nullable: true })
  @IsOptional()
  @IsEnum(LeadStage, { each: true })
  @ArrayMaxSize(20)
  stages?: LeadStage[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  sourceIds?: string[] | null;

  @Field(() => [TaxRegime], { nullable: true })
  @IsOptional()
  @IsEnum(TaxRegime, { each: true })
  @ArrayMaxSize(20)
  taxRegimes?: TaxRegime[] | null;

  @Field(() => LegalForm, { nullable: true })
  @IsOptional()
  @IsEnum(LegalForm)
  legalForm?: LegalForm | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(2, { each: true })
  regionCodes?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  ownerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Matches names, company, INN, phone and e-mail' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

export enum LeadOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  COMPANY_NAME = 'COMPANY_NAME',
  LAST_NAME = 'LAST_NAME',
  STAGE = 'STAGE',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(LeadOrderField, { name: 'LeadOrderField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class LeadOrder {
  @Field(() => LeadOrderField)
  @IsEnum(LeadOrderField)
  field!: LeadOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.DESC;
}

@ArgsType()
export class LeadsArgs {
  @Field(() => LeadFilter, { nullable: true })
  @IsOptional()
  filter?: LeadFilter | null;

  @Field(() => LeadOrder, { nullable: true })
  @IsOptional()
  orderBy?: LeadOrder | null;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CURSOR_LENGTH)
  after?: string | null;
}

@InputType()
export class LeadFieldInput {
  @Field(() => String, { description: 'Latin letters and digits, e.g. cashRegister' })
  @Length(1, 40)
  key!: string;

  @Field(() => String)
  @Length(1, 100)
  label!: string;

  @Field(() => LeadFieldType)
  @IsEnum(LeadFieldType)
  type!: LeadFieldType;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  options?: string[] | null;
}

@InputType()
export class NamedListItemInput {
  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  archived?: boolean | null;
}
