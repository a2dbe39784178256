import { IsEmail, IsEnum, IsOptional, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Department, Role } from './roles.js';

const PASSWORD_MIN = 8;
const PASSWORD_MAX = 128;

@InputType({ description: 'A new firm and its owner' })
export class SignUpInput {
  @Field(() => String)
  @Length(2, 200)
  firmName!: string;

  @Field(() => String, { description: "The owner's full name" })
  @Length(2, 200)
  name!: string;

  @Field(() => String)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

@InputType()
export class InviteUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(2, 200)
  name!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => Department, { nullable: true, description: 'Required for heads and accountants' })
  @IsOptional()
  @IsEnum(Department)
  department?: Department | null;
}

@InputType()
export class ChangeUserRoleInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => Department, { nullable: true, description: 'Required for heads and accountants' })
  @IsOptional()
  @IsEnum(Department)
  department?: Department | null;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;
}

export const passwordRules = { min: PASSWORD_MIN, max: PASSWORD_MAX };
