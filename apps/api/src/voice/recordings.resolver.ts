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
import { RECORDINGS_IN_PORTAL, RECORDINGS_OF } from './recording.loaders';

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

  @ResolveField(() => [RecordingView], {
    description:
      "The record's audio, oldest first: the call's recording, a voicemail, callbacks. A call's recordings show in the portal only where the contract includes them; voicemails always",
  })
  async recordings(
    @Ctx() ctx: RequestContext,
    @Parent() record: IntakeRecord,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<RecordingView[]> {
    const recordings = await loaders.of(RECORDINGS_OF).load(record.id);
    const portal = isClientRole(ctx.actor.role);
    const contractAllows =
      portal && recordings.length
        ? await loaders.of(RECORDINGS_IN_PORTAL).load(record.clientCompanyId)
        : true;
    return recordings
      .filter((recording) => !portal || playableInPortal(recording.kind, contractAllows))
      .map((recording) => ({
        id: recording.id,
        kind: recording.kind,
        durationSeconds: recording.durationSeconds,
        createdAt: recording.createdAt,
        deleteOn: recording.deleteOn,
        playUrl: this.links.url(ctx, recording.id),
      }));
  }
}
