import 'reflect-metadata';
import { parseArgs } from 'node:util';
import twilio from 'twilio';
import { QUERY_LIMITS } from '../src/common/query-limits';
import { seedDemo } from '../src/demo/demo-seed';
import { benchApi } from './harness';
import { fmt, percentiles } from './stats';

/**
 * `npm run bench:load`: do telephony webhooks and health checks stay fast
 * while portal users run the heaviest queries the limits allow?
 *  - the demo data, and --records intakes for client A, each with a comment;
 *  - --heavy portal users in a loop, each asking for as many full history pages
 *    (status history, comments, company) as the cost limit allows;
 *  - meanwhile a Twilio voice webhook and a /healthz every 100 ms, for --seconds.
 * Prints each latency alone and under that load.
 */
const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '400' },
    heavy: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '20' },
  },
});
const RECORDS = Number(values.records);
const HEAVY = Number(values.heavy);
const SECONDS = Number(values.seconds);
const PASSWORD = 'bench-password';
const TOKEN = 'bench-twilio-auth-token-0123456789';
const CLIENT_A_NUMBER = '+81120100200';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const api = await benchApi('bench-load', {
    password: PASSWORD,
    seed: (ds) => seedDemo(ds, PASSWORD),
    env: { TWILIO_AUTH_TOKEN: TOKEN },
  });
  try {
    const { base, gql, login } = api;
    const operator = await login('operator1@dengon.example');
    const portal = await login('admin@client-a.example');
    const { me } = await gql<{ me: { clientCompany: { id: string } } }>(
      `{ me { clientCompany { id } } }`,
      {},
      portal,
    );
    const clientCompanyId = me.clientCompany.id;
    for (let i = 0; i < RECORDS; i++) {
      const { createIntake } = await gql<{ createIntake: { id: string } }>(
        `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
        {
          input: {
            clientCompanyId,
            channel: 'PHONE',
            fields: {
              caller_name: `山田${i}`,
              caller_company: 'ベンチ株式会社',
              callback_number: '090-1111-2222',
              message: 'お見積りの件で折り返しをお願いします。'.repeat(5),
            },
          },
        },
        operator,
      );
      await gql(
        `mutation($id: ID!) { addIntakeComment(intakeId: $id, body: "確認して折り返します。") { id } }`,
        { id: createIntake.id },
        portal,
      );
    }

    // The heaviest query the limits allow: as many full pages of 200 as the cost admits.
    const page = `intakeRecords(first: 200) { items { id status fields memo callingNational createdAt statusHistory { fromStatus toStatus note changedAt } comments { body createdAt } clientCompany { name } } nextCursor }`;
    let aliases = QUERY_LIMITS.aliases;
    const heaviest = () =>
      `{ ${Array.from({ length: aliases }, (_, i) => `p${i}: ${page}`).join('\n')} }`;
    for (; ; aliases--) {
      try {
        await gql(heaviest(), {}, portal);
        break;
      } catch (error) {
        if (aliases <= 1) throw error;
      }
    }

    const voiceUrl = `${base}/telephony/twilio/voice`;
    let call = 0;
    const webhook = async () => {
      const params = {
        CallSid: `CA${(call++).toString(16).padStart(32, '0')}`,
        From: '+819012345678',
        To: CLIENT_A_NUMBER,
        CallStatus: 'ringing',
      };
      const response = await fetch(voiceUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, voiceUrl, params),
        },
        body: new URLSearchParams(params).toString(),
      });
      if (!response.ok) throw new Error(`webhook answered ${response.status}`);
      await response.text();
    };
    const health = async () => {
      const response = await fetch(`${base}/healthz`);
      if (!response.ok) throw new Error(`healthz answered ${response.status}`);
      await response.text();
    };

    /** Runs each probe every 100 ms for the time given; returns the latencies in ns. */
    const probe = async (seconds: number) => {
      const samples = { webhook: [] as bigint[], health: [] as bigint[] };
      const timed = async (what: keyof typeof samples, work: () => Promise<void>) => {
        const t0 = process.hrtime.bigint();
        await work();
        samples[what].push(process.hrtime.bigint() - t0);
      };
      const running: Promise<void>[] = [];
      const end = Date.now() + seconds * 1000;
      while (Date.now() < end) {
        running.push(timed('webhook', webhook), timed('health', health));
        await sleep(100);
      }
      await Promise.all(running);
      return samples;
    };

    const idle = await probe(5);
    let stop = false;
    const heavy = { done: 0, samples: [] as bigint[], bytes: 0 };
    const loops = Array.from({ length: HEAVY }, async () => {
      while (!stop) {
        const t0 = process.hrtime.bigint();
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${portal}` },
          body: JSON.stringify({ query: heaviest() }),
        });
        heavy.bytes = (await response.text()).length;
        heavy.samples.push(process.hrtime.bigint() - t0);
        heavy.done++;
      }
    });
    const loaded = await probe(SECONDS);
    stop = true;
    await Promise.all(loops);
    const rss = process.memoryUsage().rss;

    console.log(
      `bench:load — ${RECORDS} intakes of client A with a comment each; ${HEAVY} portal users each asking ${aliases} pages of 200 in one query (${(heavy.bytes / 1e6).toFixed(1)} MB a response), for ${SECONDS} s`,
    );
    console.log(`  webhook alone          ${fmt(percentiles(idle.webhook))}`);
    console.log(`  webhook under load     ${fmt(percentiles(loaded.webhook))}`);
    console.log(`  healthz alone          ${fmt(percentiles(idle.health))}`);
    console.log(`  healthz under load     ${fmt(percentiles(loaded.health))}`);
    console.log(`  heaviest query         ${fmt(percentiles(heavy.samples))}`);
    console.log(`  process RSS at the end ${(rss / 1e6).toFixed(0)} MB`);
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
