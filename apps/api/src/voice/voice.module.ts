import { Module } from '@nestjs/common';
import { TelephonyModule } from '../telephony/telephony.module';
import { SipEdge } from './sip-edge.service';
import { VoiceResolver } from './voice.resolver';
import { Recordings } from './recordings.service';
import { RecordingLinks } from './recording-links';
import { IntakeRecordingResolver } from './recordings.resolver';
import { VoiceMedia } from './media/voice-media.service';
import { VoicemailGreetings } from './voicemail-greetings.service';
import { VoicemailGreetingsResolver } from './voicemail-greetings.resolver';
import { SipEdgeController } from './sip-edge.controller';
import { RecordingsController } from './recordings.controller';
import { TwilioRecordingsController } from './twilio-recordings.controller';

/** A call's audio: the SIP edge and media server, softphones, recordings and voicemail greetings. */
@Module({
  imports: [TelephonyModule],
  controllers: [SipEdgeController, RecordingsController, TwilioRecordingsController],
  providers: [
    SipEdge,
    VoiceResolver,
    Recordings,
    RecordingLinks,
    IntakeRecordingResolver,
    VoiceMedia,
    VoicemailGreetings,
    VoicemailGreetingsResolver,
  ],
})
export class VoiceModule {}
