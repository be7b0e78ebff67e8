import { MIN_PASSWORD_LENGTH } from '@dengon/domain';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, Length, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class PasswordResetRequestArgs {
  @Field({ description: 'The e-mail address the account signs in with' })
  @IsEmail()
  @MaxLength(320)
  email!: string;
}

@ArgsType()
export class PasswordResetArgs {
  @Field({ description: 'The token of the e-mailed link (after #token=)' })
  @Length(20, 200)
  token!: string;

  @Field()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  newPassword!: string;
}
