import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { join } from 'node:path';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { RequestContext } from '../../common/request-context';
import { Recordings } from '../recordings.service';
import { SipEdge } from '../sip-edge.service';
import { SIP_PROVIDER } from '../sip';
import { VoicemailGreetings } from '../voicemail-greetings.service';
import { SipMediaServer } from './media-server';
import { Prompts } from './prompts';

/** How often the busy announcement comes back between stretches of hold music. */
const WAITING_REPEAT_SECONDS = 30;

/**
 * The media server in the API process, listening where the edge sends its
 * announcement and voicemail legs (VOICE_MEDIA_PORT). Without that setting
 * there is none, and the edge keeps callers on ringback and sends
 * out-of-hours callers away with 480, as it did before.
 */
@Injectable()
export class VoiceMedia implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('VoiceMedia');
  private server: SipMediaServer | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly edge: SipEdge,
    private readonly recordings: Recordings,
    private readonly greetings: VoicemailGreetings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { config } = this;
    if (config.VOICE_MEDIA_PORT === undefined) return;
    const prompts = config.VOICE_PROMPTS_DIR ?? join(config.dataDir, 'voice', 'prompts');
    this.server = new SipMediaServer({
      address: config.VOICE_MEDIA_ADDRESS,
      port: config.VOICE_MEDIA_PORT,
      edgeAddress: config.VOICE_EDGE_ADDRESS,
      prompts: new Prompts(prompts),
      calls: {
        stillWaiting: (callId) => this.edge.stillWaiting(callId),
        greetingOf: (callId) =>
          this.greetings.forCall(RequestContext.system('media server'), SIP_PROVIDER, callId),
        voicemailLeft: async (callId, message) => {
          await this.recordings.voicemailLeft(callId, message);
        },
      },
      voicemailMaxSeconds: config.VOICEMAIL_MAX_SECONDS,
      waitingRepeatSeconds: WAITING_REPEAT_SECONDS,
    });
    await this.server.start();
    this.log.log(
      `media server on sip:${config.VOICE_MEDIA_ADDRESS}:${this.server.port} (prompts from ${prompts})`,
    );
  }

  /** Where the media server listens (0 when there is none). */
  get port(): number {
    return this.server?.port ?? 0;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.stop();
  }
}
