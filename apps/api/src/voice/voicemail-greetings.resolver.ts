import { Permission } from '@dengon/domain';
import {
  Args,
  Context,
  Field,
  ID,
  InputType,
  Mutation,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsBase64, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Allow } from '../common/access.decorator';
import { ClientCompany } from '../clients/client-company.entity';
import { Ctx } from '../common/ctx.decorator';
import type { RequestLoaders } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { VoicemailGreeting } from './voicemail-greeting.entity';
import { GREETINGS_OF } from './voicemail-greeting.loaders';
import { VoicemailGreetings } from './voicemail-greetings.service';

/** About 10 MB of WAV: half a minute at 96 kHz. */
const MAX_BASE64 = 14_000_000;

@InputType()
export class VoicemailGreetingInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field(() => String, {
    nullable: true,
    description: '16-bit PCM mono WAV, 1–30 s, base64; null returns to the standard greeting',
  })
  @IsOptional()
  @IsBase64()
  @MaxLength(MAX_BASE64, { message: 'wavBase64 must be at most about 10 MB of WAV' })
  wavBase64?: string | null;
}

@Resolver(() => ClientCompany)
export class VoicemailGreetingsResolver {
  constructor(private readonly greetings: VoicemailGreetings) {}

  @ResolveField(() => VoicemailGreeting, {
    nullable: true,
    description: "The client's own voicemail greeting; null where the standard one plays",
  })
  async voicemailGreeting(
    @Parent() company: ClientCompany,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<VoicemailGreeting | null> {
    return (await loaders.of(GREETINGS_OF).load(company.id))[0] ?? null;
  }

  @Mutation(() => VoicemailGreeting, {
    nullable: true,
    description: "Sets the client's voicemail greeting (留守電応答), or removes it",
  })
  @Allow(Permission.ManageClients)
  setVoicemailGreeting(
    @Ctx() ctx: RequestContext,
    @Args('input') input: VoicemailGreetingInput,
  ): Promise<VoicemailGreeting | null> {
    return this.greetings.set(ctx, input.clientCompanyId, input.wavBase64 ?? null);
  }
}
