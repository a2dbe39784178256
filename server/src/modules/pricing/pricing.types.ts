import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { MoneyScalar, PercentScalar, FactorScalar } from '../../graphql/scalars.js';
import { CostField } from './cost-visibility.js';
import { LegalForm, TaxRegime } from '../leads/lead.enums.js';
import { ServiceArea, TariffParameterType } from './pricing.enums.js';

@InputType({ description: 'One parameter value; give the field that matches the parameter type' })
export class PricingValueInput {
  @Field(() => String)
  @IsString()
  @Length(1, 40)
  key!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  number?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  flag?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  option?: string | null;
}

@InputType({ description: 'What to price; parameters not given take their default (0, false, first option)' })
export class PricingInput {
  @Field(() => ID, { nullable: true, description: "Default: the current version of the firm's default plan" })
  @IsOptional()
  @IsUUID()
  tariffVersionId?: string | null;

  @Field(() => LegalForm)
  @IsEnum(LegalForm)
  legalForm!: LegalForm;

  @Field(() => TaxRegime)
  @IsEnum(TaxRegime)
  taxRegime!: TaxRegime;

  @Field(() => [PricingValueInput])
  @ArrayMaxSize(100)
  values!: PricingValueInput[];
}

@ObjectType()
export class PricingValue {
  @Field(() => String)
  key!: string;

  @Field(() => Int, { nullable: true })
  number?: number | null;

  @Field(() => Boolean, { nullable: true })
  flag?: boolean | null;

  @Field(() => String, { nullable: true })
  option?: string | null;
}

@ObjectType({ description: 'One line of the breakdown' })
export class PriceLine {
  @Field(() => String, { description: "Parameter key; 'base' for the base price" })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'The value as people read it' })
  value!: string;

  @Field(() => String, { description: 'How the amount came about, e.g. "12 − 5 = 7 × 800 ₽"' })
  rule!: string;

  @Field(() => MoneyScalar, { description: 'After multipliers' })
  amount!: number;

  @Field(() => MoneyScalar)
  amountBeforeMultipliers!: number;

  @Field(() => ServiceArea)
  area!: ServiceArea;
}

@ObjectType()
export class AreaAmount {
  @Field(() => ServiceArea)
  area!: ServiceArea;

  @Field(() => MoneyScalar)
  amount!: number;
}

@ObjectType()
export class AppliedMultiplier {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  option!: string;

  @Field(() => String)
  optionLabel!: string;

  @Field(() => FactorScalar)
  factor!: number;
}

@ObjectType({ description: 'A computed price: lines, monthly price, remuneration, overhead, cost and margin' })
export class PriceQuote {
  @Field(() => [PriceLine])
  lines!: PriceLine[];

  @Field(() => [AppliedMultiplier])
  multipliers!: AppliedMultiplier[];

  @Field(() => MoneyScalar, { description: 'Monthly price, whole roubles' })
  price!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Remuneration of all areas plus overhead; null unless the caller may see cost' })
  @UseMiddleware(CostField)
  cost!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Null unless the caller may see cost' })
  @UseMiddleware(CostField)
  margin!: number;

  @Field(() => PercentScalar, { nullable: true, description: 'margin / price; null unless the caller may see cost' })
  @UseMiddleware(CostField)
  marginPercent!: number;

  @Field(() => [AreaAmount], { nullable: true, description: "The accountants' remuneration per service area; null unless the caller may see cost" })
  @UseMiddleware(CostField)
  remuneration!: AreaAmount[];

  @Field(() => MoneyScalar, { nullable: true, description: 'Null unless the caller may see cost' })
  @UseMiddleware(CostField)
  overhead!: number;

  @Field(() => ID, { description: 'The tariff version used' })
  tariffVersionId!: string;
}

@ObjectType()
export class LineComparison {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => ServiceArea)
  area!: ServiceArea;

  @Field(() => PriceLine, { nullable: true })
  left!: PriceLine | null;

  @Field(() => PriceLine, { nullable: true })
  right!: PriceLine | null;

  @Field(() => MoneyScalar, { description: 'right − left' })
  difference!: number;
}

// ---- tariff content, as read and edited through the API (money and percents as decimals)

@ObjectType('TariffBasePrice')
@InputType('TariffBasePriceInput')
export class TariffBasePrice {
  @Field(() => LegalForm)
  @IsEnum(LegalForm)
  legalForm!: LegalForm;

  @Field(() => TaxRegime)
  @IsEnum(TaxRegime)
  taxRegime!: TaxRegime;

  @Field(() => MoneyScalar)
  amount!: number;
}

@ObjectType('TariffOption')
@InputType('TariffOptionInput')
export class TariffOption {
  @Field(() => String)
  @Length(1, 40)
  key!: string;

  @Field(() => String)
  @Length(1, 200)
  label!: string;

  @Field(() => MoneyScalar)
  price!: number;
}

@ObjectType('TariffLegalFormPrice')
@InputType('TariffLegalFormPriceInput')
export class TariffLegalFormPrice {
  @Field(() => LegalForm)
  @IsEnum(LegalForm)
  legalForm!: LegalForm;

  @Field(() => MoneyScalar)
  price!: number;
}

@ObjectType('TariffParameter', { description: 'A number (included, block size, price per block), a yes/no flag (price) or a choice (options)' })
@InputType('TariffParameterInput')
export class TariffParameterShape {
  @Field(() => String)
  @Length(1, 40)
  key!: string;

  @Field(() => String)
  @Length(1, 200)
  label!: string;

  @Field(() => TariffParameterType)
  @IsEnum(TariffParameterType)
  type!: TariffParameterType;

  @Field(() => ServiceArea)
  @IsEnum(ServiceArea)
  area!: ServiceArea;

  @Field(() => Int, { nullable: true, description: 'NUMBER: units covered by the base price' })
  @IsOptional()
  @IsInt()
  included?: number | null;

  @Field(() => Int, { nullable: true, description: 'NUMBER: units per block (1 = per unit)' })
  @IsOptional()
  @IsInt()
  blockSize?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'NUMBER: price per block' })
  pricePerBlock?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'FLAG: price when set' })
  price?: number | null;

  @Field(() => [TariffLegalFormPrice], { nullable: true, description: 'FLAG: a different price per legal form' })
  @IsOptional()
  @ArrayMaxSize(20)
  priceByLegalForm?: TariffLegalFormPrice[] | null;

  @Field(() => [TariffOption], { nullable: true, description: 'CHOICE: options, the first is the default' })
  @IsOptional()
  @ArrayMaxSize(50)
  options?: TariffOption[] | null;
}

@ObjectType('TariffFactor')
@InputType('TariffFactorInput')
export class TariffFactor {
  @Field(() => String)
  @Length(1, 40)
  option!: string;

  @Field(() => FactorScalar)
  factor!: number;
}

@ObjectType('TariffMultiplier')
@InputType('TariffMultiplierInput')
export class TariffMultiplier {
  @Field(() => String)
  @Length(1, 40)
  key!: string;

  @Field(() => String)
  @Length(1, 200)
  label!: string;

  @Field(() => String, { description: 'The CHOICE parameter whose option selects the factor' })
  @Length(1, 40)
  parameterKey!: string;

  @Field(() => [TariffFactor])
  @ArrayMaxSize(50)
  factors!: TariffFactor[];
}

@ObjectType('TariffPerUnit')
@InputType('TariffPerUnitInput')
export class TariffPerUnit {
  @Field(() => String, { description: 'A NUMBER parameter; every unit of its value counts' })
  @Length(1, 40)
  parameterKey!: string;

  @Field(() => MoneyScalar)
  amount!: number;
}

@ObjectType('TariffRemuneration', { description: "The accountants' pay for one service area" })
@InputType('TariffRemunerationInput')
export class TariffRemuneration {
  @Field(() => ServiceArea)
  @IsEnum(ServiceArea)
  area!: ServiceArea;

  @Field(() => PercentScalar, { description: "Share of this area's price lines" })
  percentOfLines!: number;

  @Field(() => TariffPerUnit, { nullable: true })
  @IsOptional()
  perUnit?: TariffPerUnit | null;

  @Field(() => MoneyScalar)
  perMonth!: number;
}

@ObjectType('TariffOverhead')
@InputType('TariffOverheadInput')
export class TariffOverhead {
  @Field(() => PercentScalar)
  percentOfPrice!: number;

  @Field(() => MoneyScalar)
  fixed!: number;
}

// read as TariffDefinition through TariffDefinitionView (tariff-view.ts), which hides the pay rules
// abstract: its fields are inherited by the view but it is no type of its own (an option type-graphql 2 honours but does not declare)
@ObjectType({ isAbstract: true } as { description?: string })
@InputType('TariffDefinitionInput')
export class TariffDefinitionShape {
  @Field(() => [TariffBasePrice])
  @ArrayMaxSize(16)
  basePrices!: TariffBasePrice[];

  @Field(() => ServiceArea)
  @IsEnum(ServiceArea)
  baseArea!: ServiceArea;

  @Field(() => [TariffParameterShape])
  @ArrayMaxSize(100)
  parameters!: TariffParameterShape[];

  @Field(() => [TariffMultiplier])
  @ArrayMaxSize(20)
  multipliers!: TariffMultiplier[];

  @Field(() => [TariffRemuneration])
  @ArrayMaxSize(10)
  remuneration!: TariffRemuneration[];

  @Field(() => TariffOverhead)
  overhead!: TariffOverhead;
}
