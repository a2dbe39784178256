import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { LegalForm, TaxRegime } from '../leads/lead.enums.js';
import { ObligationKind, ProfitAdvanceMethod, Recipient, ServiceArea } from './schedule.enums.js';

@InputType({ description: 'A patent (ПСН): first and last day of its term, within one year' })
export class PatentInput {
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
}

@InputType({ description: 'What the schedule engine needs to know about a client or a prospective one' })
export class TaxProfileInput {
  @Field(() => LegalForm) @IsEnum(LegalForm) legalForm!: LegalForm;
  @Field(() => TaxRegime) @IsEnum(TaxRegime) taxRegime!: TaxRegime;
  @Field(() => Boolean) @IsBoolean() hasEmployees!: boolean;
  @Field(() => Boolean) @IsBoolean() vatPayer!: boolean;
  @Field(() => ProfitAdvanceMethod, { nullable: true, description: 'Organizations on ОСНО; QUARTERLY when not given' })
  @IsOptional() @IsEnum(ProfitAdvanceMethod) profitAdvances?: ProfitAdvanceMethod | null;
  @Field(() => Boolean, { nullable: true, description: 'Organizations: real estate taxed by the organization' }) @IsOptional() @IsBoolean() hasProperty?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Organizations: vehicles (транспортный налог)' }) @IsOptional() @IsBoolean() hasTransport?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Organizations: land (земельный налог)' }) @IsOptional() @IsBoolean() hasLand?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Two-digit code of the subject of the Federation; its extra days off shift deadlines' })
  @IsOptional() @IsString() @Length(2, 2) region?: string | null;
  @Field(() => [PatentInput], { nullable: true, description: 'Individual entrepreneurs: patents (ПСН), alone or beside another regime' })
  @IsOptional() @ArrayMaxSize(20) patents?: PatentInput[] | null;
}

@ArgsType()
export class SchedulePreviewArgs {
  @Field(() => TaxProfileInput) profile!: TaxProfileInput;
  @Field(() => Int, { description: 'From 2025; a year whose production calendar is not loaded comes back provisional' }) @IsInt() year!: number;
}

@ObjectType({ description: 'One filing, notification or payment of a tax schedule' })
export class ScheduledObligation {
  @Field(() => String, { description: 'Stable identity across recomputations: code, period and part' }) key!: string;
  @Field(() => String, { description: 'Rule code of the tax calendar (docs/tax-calendar.md), e.g. USN_ADV_PAY' }) code!: string;
  @Field(() => ObligationKind) kind!: ObligationKind;
  @Field(() => Recipient) recipient!: Recipient;
  @Field(() => String, { description: '2026 (year), 2026-Q1 (quarter), 2026-H1 / 2026-9M (cumulative), 2026-03 (month), 2026-01-01..2026-12-31 (patent)' })
  period!: string;
  @Field(() => Int, { nullable: true, description: 'Part of a payment in instalments (VAT thirds, patent)' }) part!: number | null;
  @Field(() => DateScalar, { description: 'The date the rule names, before the shift off non-working days' }) nominalDate!: string;
  @Field(() => DateScalar, { description: 'The last day of the term after the shift' }) dueDate!: string;
  @Field(() => ServiceArea) area!: ServiceArea;
  @Field(() => String, { description: 'In Russian' }) title!: string;
  @Field(() => Boolean, { description: 'Dated by a provisional calendar: the year’s official production calendar is not loaded yet' }) provisional!: boolean;
  @Field(() => Boolean, { description: 'The rule is inferred or weakly sourced (marked ⚠️ in the tax calendar)' }) unverified!: boolean;
}
