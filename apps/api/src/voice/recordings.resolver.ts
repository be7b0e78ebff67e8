import { isClientRole } from '@dengon/domain';
import {
  Context,
  Field,
  ID,
  Int,
  ObjectType,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IntakeRecord } from '../calls/intake-record.entity';
import { Ctx } from '../common/ctx.decorator';
import type { RequestLoaders } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { playableInPortal, RecordingKind } from './call-recording.entity';
import { RecordingLinks } from './recording-links';

@ObjectType({ description: 'The audio of a call, to play' })
export class RecordingView {
  @Field(() => ID)
  id!: string;

  @Field(() => RecordingKind)
  kind!: RecordingKind;

  @Field(() => Int)
  durationSeconds!: number;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Streams the audio for about ten minutes; ask again for a fresh one' })
  playUrl!: string;

  @Field({ description: 'The day it is deleted (Asia/Tokyo)' })
  deleteOn!: string;
}

@Resolver(() => IntakeRecord)
export class IntakeRecordingResolver {
  constructor(private readonly links: RecordingLinks) {}

  @ResolveField(() => RecordingView, {
    nullable: true,
    description:
      "The call's recording, or the caller's voicemail; a call's in the portal only where the contract includes it",
  })
  async recording(
    @Ctx() ctx: RequestContext,
    @Parent() record: IntakeRecord,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<RecordingView | null> {
    const [recording] = await loaders.recordingsOf.load(record.id);
    if (!recording) return null;
    if (
      isClientRole(ctx.actor.role) &&
      !playableInPortal(
        recording.kind,
        await loaders.recordingsInPortal.load(record.clientCompanyId),
      )
    )
      return null;
    return {
      id: recording.id,
      kind: recording.kind,
      durationSeconds: recording.durationSeconds,
      createdAt: recording.createdAt,
      deleteOn: recording.deleteOn,
      playUrl: this.links.url(ctx, recording.id),
    };
  }
}
