import { IsEnum, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { TaxRegime } from '../leads/lead.enums.js';
import { LOGO_MAX_TEXT, QUOTE_VALID_DAYS_MAX, VAT_RATE_MAX } from './firm-details.js';

@InputType({ description: "Firm-wide settings the owner changes; absent or null fields stay as they are, '' clears an optional text" })
export class FirmSettingsInput {
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Moscow or Asia/Vladivostok' })
  @IsOptional()
  @Length(1, 64)
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: '10 digits for an organization, 12 for an individual entrepreneur' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  inn?: string | null;

  @Field(() => String, { nullable: true, description: '9 characters; organizations only' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  kpp?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Stored in E.164' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  website?: string | null;

  @Field(() => TaxRegime, { nullable: true })
  @IsOptional()
  @IsEnum(TaxRegime)
  taxRegime?: TaxRegime | null;

  @Field(() => Int, { nullable: true, description: `VAT rate in percent included in the prices, 1–${VAT_RATE_MAX}; 0 when the firm pays no VAT` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(VAT_RATE_MAX)
  vatRate?: number | null;

  @Field(() => Int, { nullable: true, description: `Days a quote stays valid, 1–${QUOTE_VALID_DAYS_MAX}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(QUOTE_VALID_DAYS_MAX)
  quoteValidDays?: number | null;

  @Field(() => String, { nullable: true, description: "The logo as base64 (or a data: URL): PNG, JPEG or WebP up to 200 KB; '' removes it" })
  @IsOptional()
  @IsString()
  @MaxLength(LOGO_MAX_TEXT)
  logo?: string | null;

  @Field(() => String, { nullable: true, description: "Full name for documents; '' uses the name" })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'ОГРН 13 digits or ОГРНИП 15 digits' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  ogrn?: string | null;

  @Field(() => String, { nullable: true, description: 'Расчётный счёт, 20 digits' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  bankAccount?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  bankName?: string | null;

  @Field(() => String, { nullable: true, description: 'БИК, 9 digits' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  bik?: string | null;

  @Field(() => String, { nullable: true, description: 'Корреспондентский счёт, 20 digits' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  correspondentAccount?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  signerPosition?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  signerName?: string | null;

  @Field(() => String, { nullable: true, description: '«генерального директора Соколовой Анны Викторовны»' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  signerInPreamble?: string | null;

  @Field(() => String, { nullable: true, description: '«Устава» or «доверенности № 5 от 10.01.2026»' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  signerAuthority?: string | null;
}
