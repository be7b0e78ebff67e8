import {
  ALL_PERMISSIONS,
  FIELD_RULES,
  MIN_PASSWORD_LENGTH,
  type Permission,
  Role,
} from '@dengon/domain';
import { PermissionEnum, RoleEnum } from '../common/role.graphql';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
  IsBoolean,
} from 'class-validator';
import { MatchesRule } from '../common/validators';
import { LOCALES, type Locale } from '../auth/user.entity';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: FIELD_RULES.isEmail })
  @MaxLength(320)
  email!: string;

  @Field()
  @Length(1, 100)
  name!: string;

  @Field(() => RoleEnum)
  @IsIn(Object.values(Role))
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: `Initial password, at least ${MIN_PASSWORD_LENGTH} characters; without one the person is e-mailed an invitation to set their own`,
  })
  @IsOptional()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'For client users created by back office; a client admin always creates in their own company',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;

  @Field(() => String, { nullable: true, defaultValue: 'ja' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one is refused' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Role))
  role?: Role;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @Field({ nullable: true, description: 'false deactivates: no sign-in, sessions end at once' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => [PermissionEnum], {
    nullable: true,
    description:
      'Replaces the grants beyond the role (back office; e.g. a supervisor may see invoices)',
  })
  @IsOptional()
  @ArrayMaxSize(ALL_PERMISSIONS.length)
  @IsIn(ALL_PERMISSIONS, { each: true })
  grantedPermissions?: Permission[];
}

@ArgsType()
export class ResetPasswordArgs {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  newPassword!: string;
}

@ArgsType()
export class UsersArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Staff only; client admins always see their own company',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;
}

@ArgsType()
export class TwoFactorCodeArgs {
  @Field({ description: 'The 6-digit code the authenticator app shows now' })
  @MatchesRule('isTotpCode', /^\d{6}$/)
  code!: string;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID)
  @IsUUID()
  userId!: string;
}
