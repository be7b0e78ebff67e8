import { Inject, Injectable } from '@nestjs/common';
import twilio, { type Twilio } from 'twilio';
import RequestClient from 'twilio/lib/base/RequestClient';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { CONSENT, JA } from './twiml';

const TWILIO_API = 'https://api.twilio.com';

/** Sends the helper's requests to TWILIO_API_BASE_URL (a proxy, or a local fake in tests) instead of api.twilio.com. */
class BaseUrlClient extends RequestClient {
  constructor(private readonly base: string) {
    super();
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    return super.request({ ...opts, uri: opts.uri.replace(TWILIO_API, this.base) });
  }
}

/**
 * The calls Dengon makes to Twilio's REST API, through the official helper:
 * hand a queued caller to the operator who accepted, place a callback from
 * the operator's device, and download recordings. Configured by
 * TWILIO_ACCOUNT_SID and an API key; without them `enabled` is false.
 */
@Injectable()
export class TwilioRest {
  private readonly client: Twilio | null;
  private readonly base: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.base = config.TWILIO_API_BASE_URL.replace(/\/$/, '');
    this.client =
      config.TWILIO_ACCOUNT_SID && config.TWILIO_API_KEY_SID && config.TWILIO_API_KEY_SECRET
        ? twilio(config.TWILIO_API_KEY_SID, config.TWILIO_API_KEY_SECRET, {
            accountSid: config.TWILIO_ACCOUNT_SID,
            httpClient: new BaseUrlClient(this.base),
            autoRetry: true,
            maxRetries: 3,
          })
        : null;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  /**
   * Takes the caller out of the <Enqueue> and dials the operator's Voice SDK
   * device (identity `op-<id>`); a recorded client's call is recorded from the
   * answer, both parties on their own channel, reported to
   * /telephony/twilio/recording, after the caller has heard the consent.
   */
  async connect(callSid: string, identity: string, record: boolean): Promise<void> {
    const r = new twilio.twiml.VoiceResponse();
    if (record) r.say(JA, CONSENT);
    const dial = r.dial(record ? this.recording() : {});
    dial.client(identity);
    await this.rest().calls(callSid).update({ twiml: r.toString() });
  }

  /**
   * A callback: Twilio rings the operator's device first and, once answered,
   * dials the caller with the client's number (or the service's) as caller ID.
   * Recorded, the called party first hears the consent (a <Number url> whisper,
   * which Twilio fetches from /telephony/twilio/consent). Returns the new call's SID.
   */
  async callBack(options: {
    identity: string;
    to: string;
    callerId: string;
    record: boolean;
  }): Promise<string> {
    const r = new twilio.twiml.VoiceResponse();
    r.say(JA, 'お客様にお繋ぎします。');
    const dial = r.dial({
      callerId: options.callerId,
      ...(options.record ? this.recording() : {}),
    });
    dial.number(
      options.record && this.config.PUBLIC_URL
        ? { url: `${this.publicUrl()}/telephony/twilio/consent` }
        : {},
      options.to,
    );
    const call = await this.rest().calls.create({
      to: `client:${options.identity}`,
      from: options.callerId,
      twiml: r.toString(),
      ...(this.config.PUBLIC_URL
        ? {
            statusCallback: `${this.publicUrl()}/telephony/twilio/status`,
            statusCallbackEvent: ['answered', 'completed'],
          }
        : {}),
    });
    return call.sid;
  }

  /** What Twilio knows of a call now: its status and, once ended, its duration. */
  async callStatus(callSid: string): Promise<{ status: string; durationSeconds: number | null }> {
    const call = await this.rest().calls(callSid).fetch();
    const duration = Number(call.duration);
    return { status: call.status, durationSeconds: Number.isFinite(duration) ? duration : null };
  }

  /**
   * A recording's audio as WAV. Only Twilio's own recording URLs of this
   * account are fetched (the URL arrives in a webhook; anything else would let
   * a forged one make us fetch from elsewhere).
   */
  async recordingAudio(url: string): Promise<Buffer> {
    if (!this.enabled || !this.isRecordingUrl(url))
      throw new Error(`Not a recording of this Twilio account: ${url}`);
    const key = `${this.config.TWILIO_API_KEY_SID}:${this.config.TWILIO_API_KEY_SECRET}`;
    const response = await fetch(`${url}.wav`, {
      headers: { authorization: `Basic ${Buffer.from(key).toString('base64')}` },
      redirect: 'follow',
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`Twilio answered ${response.status} for ${url}.wav`);
    return Buffer.from(await response.arrayBuffer());
  }

  /** Whether a URL is one of this account's recordings at Twilio. */
  isRecordingUrl(url: string): boolean {
    const prefix = `${this.base}/2010-04-01/Accounts/${this.config.TWILIO_ACCOUNT_SID}/Recordings/`;
    return url.startsWith(prefix) && /^RE[0-9a-f]{32}$/.test(url.slice(prefix.length));
  }

  /** <Dial> attributes that record a call from its answer, each party on its own channel. */
  private recording(): { record: 'record-from-answer-dual'; recordingStatusCallback?: string } {
    return {
      record: 'record-from-answer-dual',
      ...(this.config.PUBLIC_URL
        ? { recordingStatusCallback: `${this.publicUrl()}/telephony/twilio/recording` }
        : {}),
    };
  }

  private rest(): Twilio {
    if (!this.client) throw new Error('Twilio REST is not configured (TWILIO_ACCOUNT_SID)');
    return this.client;
  }

  private publicUrl(): string {
    return (this.config.PUBLIC_URL ?? '').replace(/\/$/, '');
  }
}
