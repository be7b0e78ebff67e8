import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import twilio from 'twilio';
import { fmt, percentiles } from '../bench/stats';
import { loadConfig } from '../src/config/config';

/**
 * `npm run simulate -- --url URL --calls N --rate R [--number 0120...]`:
 * rings a running Dengon with correctly signed Twilio webhooks (incoming
 * call, picked up by the queue, completed after --hold-ms), for demos, tests
 * and load. It signs with the
 * same TWILIO_AUTH_TOKEN the API uses (set, or the local one under DATA_DIR).
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    calls: { type: 'string', default: '1' },
    rate: { type: 'string', default: '1' },
    number: { type: 'string', default: '0120-100-200' },
    from: { type: 'string' },
    'hold-ms': { type: 'string', default: '30000' },
  },
});

const config = loadConfig();
const base = (values.url ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
// Twilio signs the public URL it called, and Dengon checks against PUBLIC_URL
// when it has one: sign what Dengon will check, not where the request goes.
const signedBase = (config.PUBLIC_URL ?? base).replace(/\/$/, '');
const calls = positive('calls', values.calls);
const rate = positive('rate', values.rate);
const holdMs = Number(values['hold-ms']);

function positive(name: string, text: string | undefined): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--${name} must be a positive number, got ${text}`);
  return n;
}

const e164 = (national: string) => `+81${national.replace(/\D/g, '').replace(/^0/, '')}`;

async function post(
  path: string,
  params: Record<string, string>,
): Promise<{ status: number; body: string; ns: bigint }> {
  const start = process.hrtime.bigint();
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(
        config.twilioAuthToken,
        `${signedBase}${path}`,
        params,
      ),
    },
    body: new URLSearchParams(params).toString(),
  });
  const body = await response.text();
  return { status: response.status, body, ns: process.hrtime.bigint() - start };
}

function action(twiml: string): string {
  if (twiml.includes('<Record')) return 'voicemail';
  if (twiml.includes('<Enqueue>unassigned')) return 'unassigned';
  if (twiml.includes('<Enqueue')) return 'queued';
  if (twiml.includes('<Hangup')) return 'busy';
  return 'other';
}

async function oneCall(
  i: number,
  outcomes: Map<string, number>,
  latencies: bigint[],
): Promise<void> {
  const sid = `CA${randomBytes(16).toString('hex')}`;
  const common = {
    CallSid: sid,
    AccountSid: `AC${'0'.repeat(32)}`,
    From: values.from ? e164(values.from) : `+8190${String(10_000_000 + i).slice(-8)}`,
    To: e164(values.number ?? ''),
    Direction: 'inbound',
  };
  const voice = await post('/telephony/twilio/voice', { ...common, CallStatus: 'ringing' });
  latencies.push(voice.ns);
  const outcome = voice.status === 200 ? action(voice.body) : `http ${voice.status}`;
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  if (outcome !== 'queued' && outcome !== 'unassigned') return;
  await post('/telephony/twilio/status', { ...common, CallStatus: 'in-progress' });
  await new Promise((r) => setTimeout(r, holdMs));
  await post('/telephony/twilio/status', {
    ...common,
    CallStatus: 'completed',
    CallDuration: String(Math.round(holdMs / 1000)),
  });
}

async function main(): Promise<void> {
  console.log(`ringing ${values.number} at ${base}: ${calls} call(s) at ${rate}/s`);
  const outcomes = new Map<string, number>();
  const latencies: bigint[] = [];
  const running: Promise<void>[] = [];
  for (let i = 0; i < calls; i++) {
    running.push(oneCall(i, outcomes, latencies));
    await new Promise((r) => setTimeout(r, 1000 / rate));
  }
  await Promise.all(running);
  console.log(`outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`voice webhook: ${fmt(percentiles(latencies))}`);
  if (outcomes.has('http 403')) {
    // The usual cause: the signature is over another URL or made with another token.
    console.error(
      [
        `Dengon refused the calls' Twilio signature (403).`,
        `They were signed for ${signedBase}/telephony/twilio/voice with TWILIO_AUTH_TOKEN ${config.PUBLIC_URL ? 'and PUBLIC_URL ' : ''}from ${process.env['TWILIO_AUTH_TOKEN'] ? 'the environment' : `${config.dataDir}/secrets`}.`,
        `Dengon checks them against its own PUBLIC_URL (or the URL it was called at) and token:`,
        `run the simulator with the same PUBLIC_URL and TWILIO_AUTH_TOKEN (or DATA_DIR) as the API, or with --url equal to its PUBLIC_URL.`,
      ].join('\n'),
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
