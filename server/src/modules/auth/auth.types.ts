import { IsEmail, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ApiToken } from './api-token.entity.js';
import { passwordRules } from './auth.inputs.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'A signed-in session: send the token as `Authorization: Bearer <token>`' })
export class AuthPayload {
  @Field(() => String)
  token!: string;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class Invitation {
  @Field(() => User)
  user!: User;

  @Field(() => String, { description: 'One-time link for the invitee; shown only now' })
  invitationLink!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => ApiToken)
  apiToken!: ApiToken;

  @Field(() => String, { description: 'The secret; shown only now, stored hashed' })
  token!: string;
}

@ArgsType()
export class LoginArgs {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(1, passwordRules.max)
  password!: string;
}

@ArgsType()
export class AcceptInviteArgs {
  @Field(() => String)
  @Length(1, 200)
  token!: string;

  @Field(() => String)
  @MinLength(passwordRules.min)
  @MaxLength(passwordRules.max)
  password!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String)
  @Length(1, passwordRules.max)
  currentPassword!: string;

  @Field(() => String)
  @MinLength(passwordRules.min)
  @MaxLength(passwordRules.max)
  newPassword!: string;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID)
  @IsUUID()
  userId!: string;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
