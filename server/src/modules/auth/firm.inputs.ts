import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Firm-wide settings the owner changes; absent fields stay as they are' })
export class FirmSettingsInput {
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Moscow or Asia/Vladivostok' })
  @IsOptional()
  @Length(1, 64)
  timeZone?: string | null;
}
