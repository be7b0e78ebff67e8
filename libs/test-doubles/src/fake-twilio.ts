import twilio from 'twilio';
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TwilioRequest {
  method: string;
  path: string;
  form: Record<string, string>;
  authorized: boolean;
  /** The SID of the call this request created. */
  createdSid?: string;
}

/**
 * A local stand-in for the parts of Twilio's REST API Dengon calls: read or
 * update a call, create a call, download a recording. It checks the API key,
 * keeps every request for the test to read, and can be told to fail a call.
 */
export class FakeTwilio {
  readonly requests: TwilioRequest[] = [];
  private readonly recordings = new Map<string, Buffer>();
  readonly failing = new Set<string>();
  /** What a GET of a call answers, by its SID (Twilio's status and duration). */
  readonly calls = new Map<string, { status: string; duration?: string }>();
  private readonly waiters: (() => void)[] = [];

  private readonly server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () =>
      this.handle(req.method ?? 'GET', req.url ?? '/', req.headers.authorization, body, res),
    );
  });

  private constructor(
    readonly accountSid: string,
    private readonly key: { sid: string; secret: string },
  ) {}

  static async start(
    accountSid: string,
    key: { sid: string; secret: string },
  ): Promise<FakeTwilio> {
    const fake = new FakeTwilio(accountSid, key);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Keeps audio as a recording of the account; returns its RecordingUrl as Twilio sends it. */
  addRecording(audio: Buffer): string {
    const sid = `RE${randomBytes(16).toString('hex')}`;
    this.recordings.set(sid, audio);
    return `${this.baseUrl}/2010-04-01/Accounts/${this.accountSid}/Recordings/${sid}`;
  }

  /** The first request (kept or still to come) that matches, as Twilio would act on it. */
  async next(
    match: (request: TwilioRequest) => boolean,
    timeoutMs = 15_000,
  ): Promise<TwilioRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(match);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `Twilio was not asked for that; it got ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(
    method: string,
    url: string,
    authorization: string | undefined,
    body: string,
    res: ServerResponse,
  ): void {
    const path = url.split('?')[0]!;
    const expected = `Basic ${Buffer.from(`${this.key.sid}:${this.key.secret}`).toString('base64')}`;
    const authorized = authorization === expected;
    const request: TwilioRequest = {
      method,
      path,
      form: Object.fromEntries(new URLSearchParams(body)),
      authorized,
    };
    this.requests.push(request);
    for (const waiter of this.waiters.splice(0)) waiter();
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (!authorized) return json(401, { code: 20003, message: 'Authenticate', status: 401 });
    const account = `/2010-04-01/Accounts/${this.accountSid}`;
    const call = new RegExp(`^${account}/Calls/(CA[0-9a-f]{32})\\.json$`).exec(path);
    if (method === 'GET' && call) {
      const known = this.calls.get(call[1]!);
      if (!known || this.failing.has(call[1]!))
        return json(known ? 500 : 404, { code: 20404, message: 'Not found', status: 404 });
      return json(200, { sid: call[1], account_sid: this.accountSid, ...known });
    }
    if (method === 'POST' && call) {
      if (this.failing.has(call[1]!))
        return json(500, { code: 20500, message: 'Internal Server Error', status: 500 });
      return json(200, { sid: call[1], account_sid: this.accountSid, status: 'in-progress' });
    }
    if (method === 'POST' && path === `${account}/Calls.json`) {
      const sid = `CA${randomBytes(16).toString('hex')}`;
      request.createdSid = sid;
      return json(201, { sid, account_sid: this.accountSid, status: 'queued' });
    }
    const recording = new RegExp(`^${account}/Recordings/(RE[0-9a-f]{32})\\.wav$`).exec(path);
    const audio = recording && this.recordings.get(recording[1]!);
    if (method === 'GET' && audio) {
      res.writeHead(200, { 'content-type': 'audio/x-wav' });
      return void res.end(audio);
    }
    json(404, { code: 20404, message: 'The requested resource was not found', status: 404 });
  }
}

/**
 * Sends webhooks as Twilio does: form-encoded, signed with the account's auth
 * token over the public URL of the path (what Dengon checks), to wherever
 * Dengon listens.
 */
export function twilioWebhooks(options: { baseUrl: string; publicUrl: string; authToken: string }) {
  return (path: string, params: Record<string, string>): Promise<Response> =>
    fetch(`${options.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(
          options.authToken,
          `${options.publicUrl}${path}`,
          params,
        ),
      },
      body: new URLSearchParams(params).toString(),
    });
}
