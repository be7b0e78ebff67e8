import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

/** The company a query is about: required for staff; a client user always gets their own. */
@ArgsType()
export class CompanyArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Staff name the company; client users always get their own',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;
}

/** The one company a staff action is about. */
@ArgsType()
export class ClientCompanyArgs {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;
}
