// `npm run bench:voice`: the voice path on this machine, everything on loopback.
//  1. the API's routing answer, as Kamailio asks it (HTTP GET /telephony/sip/route);
//  2. INVITE at the SIP edge to ringing in the operator's user agent, with
//     --phones headless softphones registered (auth_ephemeral) at --rate calls/s;
//  3. calls relayed and recorded by rtpengine at rising concurrency, RTP both
//     ways: packet loss and rtpengine's CPU per call.
// The API (built, with the demo data) and the edge run as `npm start` runs them.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { Agent, get } from 'node:http';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { ephemeralCredentials } from '../../tools/voice.mjs';
import { bindUdp, HOST, mediaPort, NgClient, rtpPacket, sdp, sineFrame } from './media.mjs';

const { values } = parseArgs({
  options: {
    phones: { type: 'string', default: '20' },
    rate: { type: 'string', default: '10' },
    calls: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '10,25,50,75,100,150' },
    seconds: { type: 'string', default: '10' },
  },
});
const PHONES = Number(values.phones);
const RATE = Number(values.rate);
const CALLS = Number(values.calls);
const STEPS = values.concurrency.split(',').map(Number);
const SECONDS = Number(values.seconds);

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const EDGE = { sip: 27060, ws: 27088, ng: 27223, rtp: '34000-39999' };
const API_PORT = 27000;
const SECRETS = {
  VOICE_AUTH_SECRET: randomBytes(24).toString('base64url'),
  VOICE_EDGE_SECRET: randomBytes(24).toString('base64url'),
};
const DOMAIN = 'dengon.local';
const CLIENT_A = '株式会社サンプル商事';
const CLIENT_A_NUMBER = '0120100200';
const PASSWORD = 'bench-demo-password';

const work = mkdtempSync(join(tmpdir(), 'dengon-bench-voice-'));
chmodSync(work, 0o755); // the daemons run as their own users
const children = [];

function start(args, env, ready) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolveStart, reject) => {
    const timer = setInterval(() => {
      if (ready(output)) {
        clearInterval(timer);
        resolveStart(child);
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(output));
      }
    }, 100);
  });
}

const percentiles = (samples) => {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return `p50 ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  p99 ${at(0.99).toFixed(1)} ms  max ${(s.at(-1) ?? NaN).toFixed(1)} ms  (n=${s.length})`;
};

// --- the API, as the SIP edge asks it --------------------------------------------------------

// Kamailio's http_client keeps its connection (keep_connections); so does this agent.
const edgeAgent = new Agent({ keepAlive: true, maxSockets: 1 });
function askEdge(url) {
  return new Promise((resolveAnswer, reject) => {
    get(
      url,
      { agent: edgeAgent, headers: { 'x-dengon-voice-key': SECRETS.VOICE_EDGE_SECRET } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolveAnswer(JSON.parse(body)));
      },
    ).on('error', reject);
  });
}

// --- the API, through GraphQL ---------------------------------------------------------------

const base = `http://127.0.0.1:${API_PORT}`;
async function gql(query, variables = {}, token) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const login = async (email, password = PASSWORD) =>
  (
    await gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: email, p: password },
    )
  ).login.accessToken;

/** Client A answered around the clock by --phones operators trained for it, all available. */
async function operators() {
  const bo = await login('backoffice@dengon.example');
  const sv = await login('supervisor@dengon.example');
  const { clientCompanies } = await gql('{ clientCompanies { id name } }', {}, bo);
  const clientA = clientCompanies.find((c) => c.name === CLIENT_A).id;
  const { contract } = await gql(
    'query($c: ID!) { contract(clientCompanyId: $c) { id version } }',
    { c: clientA },
    bo,
  );
  await gql(
    'mutation($input: UpdateContractInput!) { updateContract(input: $input) { id } }',
    {
      input: {
        id: contract.id,
        version: contract.version,
        holidayRule: 'AS_USUAL',
        coverageWindows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          weekday,
          start: '00:00',
          end: '24:00',
        })),
      },
    },
    bo,
  );
  const { saveClientGroup } = await gql(
    'mutation($c: [ID!]!) { saveClientGroup(name: "ベンチ", clientCompanyIds: $c) { id } }',
    { c: [clientA] },
    sv,
  );
  const ops = [];
  for (let i = 0; i < PHONES; i++) {
    const { createUser } = await gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          email: `bench-op${i}@dengon.example`,
          name: `ベンチ ${i}`,
          role: 'OPERATOR',
          password: PASSWORD,
        },
      },
      bo,
    );
    await gql(
      'mutation($u: ID!, $g: [ID!]!) { setOperatorSkills(userId: $u, groupIds: $g) { name } }',
      { u: createUser.id, g: [saveClientGroup.id] },
      sv,
    );
    const token = await login(`bench-op${i}@dengon.example`);
    await gql('mutation { setMyOperatorState(state: AVAILABLE) { state } }', {}, token);
    ops.push({ id: createUser.id, token });
  }
  return ops;
}

// --- SIP over UDP: just what a softphone and a trunk need here ------------------------------

function parse(buf) {
  const text = buf.toString();
  const [head, body = ''] = text.split('\r\n\r\n');
  const [first, ...lines] = head.split('\r\n');
  const headers = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    const name = line.slice(0, i).trim().toLowerCase();
    (headers[name] ??= []).push(line.slice(i + 1).trim());
  }
  const status = /^SIP\/2\.0 (\d{3})/.exec(first);
  return {
    method: status ? null : first.split(' ')[0],
    status: status ? Number(status[1]) : null,
    headers,
    body,
    h: (name) => headers[name]?.[0] ?? '',
  };
}
const message = (first, headers, body = '') =>
  Buffer.from(
    `${first}\r\n${[...headers, `Content-Length: ${Buffer.byteLength(body)}`].join('\r\n')}\r\n\r\n${body}`,
  );
const branch = () => `z9hG4bK${randomBytes(8).toString('hex')}`;
const tag = () => randomBytes(6).toString('hex');
const md5 = (s) => createHash('md5').update(s).digest('hex');

/** A response to a request, with its Via, From, Call-ID and CSeq, and our To tag. */
function reply(request, code, reason, toTag, extra = [], body = '') {
  const to = request.h('to');
  return message(
    `SIP/2.0 ${code} ${reason}`,
    [
      ...request.headers['via'].map((v) => `Via: ${v}`),
      ...(request.headers['record-route'] ?? []).map((r) => `Record-Route: ${r}`),
      `From: ${request.h('from')}`,
      `To: ${to.includes('tag=') ? to : `${to};tag=${toTag}`}`,
      `Call-ID: ${request.h('call-id')}`,
      `CSeq: ${request.h('cseq')}`,
      ...extra,
    ],
    body,
  );
}

/** A headless softphone: registers with an ephemeral credential, rings on INVITE. */
class Softphone {
  constructor(user, socket, onInvite) {
    this.user = user;
    this.socket = socket;
    this.port = socket.address().port;
    this.invites = new Map();
    socket.on('message', (buf) => {
      const msg = parse(buf);
      if (msg.method === 'INVITE') {
        const toTag = tag();
        this.invites.set(msg.h('call-id'), { msg, toTag });
        onInvite(msg.h('call-id'), performance.now());
        this.send(
          reply(msg, 180, 'Ringing', toTag, [`Contact: <sip:${user}@${HOST}:${this.port}>`]),
        );
      } else if (msg.method === 'CANCEL') {
        const invite = this.invites.get(msg.h('call-id'));
        this.send(reply(msg, 200, 'OK', invite?.toTag ?? tag()));
        if (invite) this.send(reply(invite.msg, 487, 'Request Terminated', invite.toTag));
      } else if (msg.method === 'OPTIONS' || msg.method === 'BYE') {
        this.send(reply(msg, 200, 'OK', tag()));
      } else if (msg.status) {
        this.response?.(msg);
      }
    });
  }

  send(buf) {
    this.socket.send(buf, EDGE.sip, HOST);
  }

  async register() {
    const { username, password } = ephemeralCredentials(SECRETS.VOICE_AUTH_SECRET, this.user);
    const callId = `${tag()}@${HOST}`;
    const fromTag = tag();
    const uri = `sip:${DOMAIN}`;
    const request = (cseq, authorization) =>
      message(`REGISTER ${uri} SIP/2.0`, [
        `Via: SIP/2.0/UDP ${HOST}:${this.port};branch=${branch()};rport`,
        'Max-Forwards: 70',
        `From: <sip:${this.user}@${DOMAIN}>;tag=${fromTag}`,
        `To: <sip:${this.user}@${DOMAIN}>`,
        `Call-ID: ${callId}`,
        `CSeq: ${cseq} REGISTER`,
        `Contact: <sip:${this.user}@${HOST}:${this.port}>`,
        'Expires: 3600',
        ...(authorization ? [`Authorization: ${authorization}`] : []),
      ]);
    const next = () => new Promise((r) => (this.response = r));
    this.send(request(1));
    let answer = await next();
    if (answer.status === 401) {
      const challenge = answer.h('www-authenticate');
      const field = (name) => new RegExp(`${name}="?([^",]+)"?`).exec(challenge)?.[1];
      const realm = field('realm');
      const nonce = field('nonce');
      const qop = field('qop');
      const cnonce = tag();
      const ha1 = md5(`${username}:${realm}:${password}`);
      const ha2 = md5(`REGISTER:${uri}`);
      const response = qop
        ? md5(`${ha1}:${nonce}:00000001:${cnonce}:auth:${ha2}`)
        : md5(`${ha1}:${nonce}:${ha2}`);
      this.send(
        request(
          2,
          `Digest username="${username}", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5` +
            (qop ? `, qop=auth, nc=00000001, cnonce="${cnonce}"` : ''),
        ),
      );
      answer = await next();
    }
    if (answer.status !== 200) throw new Error(`${this.user} not registered: ${answer.status}`);
  }
}

/** The carrier trunk: INVITEs from 127.0.0.1, cancelled once they ring. */
class Trunk {
  constructor(socket) {
    this.socket = socket;
    this.port = socket.address().port;
    this.calls = new Map();
    socket.on('message', (buf) => {
      const msg = parse(buf);
      const call = this.calls.get(msg.h('call-id'));
      if (!call || !msg.status) return;
      if (msg.status === 180 && !call.ringing) {
        call.ringing = performance.now();
        this.send(this.request('CANCEL', call));
      } else if (msg.status >= 300 && msg.h('cseq').endsWith('INVITE')) {
        call.final = msg.status;
        // A final answer to an INVITE is acknowledged on the same branch.
        this.send(this.request('ACK', call, '', msg.h('to')));
        call.done();
      }
    });
  }

  send(buf) {
    this.socket.send(buf, EDGE.sip, HOST);
  }

  request(method, call, body = '', to = `<sip:${CLIENT_A_NUMBER}@${HOST}>`) {
    return message(
      `${method} sip:${CLIENT_A_NUMBER}@${HOST}:${EDGE.sip} SIP/2.0`,
      [
        `Via: SIP/2.0/UDP ${HOST}:${this.port};branch=${call.branch};rport`,
        'Max-Forwards: 70',
        `From: <sip:0312345678@${HOST}>;tag=${call.fromTag}`,
        `To: ${to}`,
        `Call-ID: ${call.id}`,
        `CSeq: 1 ${method}`,
        `Contact: <sip:0312345678@${HOST}:${this.port}>`,
        ...(body ? ['Content-Type: application/sdp'] : []),
      ],
      body,
    );
  }

  dial(id) {
    return new Promise((done) => {
      const call = { id, branch: branch(), fromTag: tag(), done };
      this.calls.set(id, call);
      call.sent = performance.now();
      this.send(this.request('INVITE', call, sdp(40000, Date.now())));
    });
  }
}

// --- media through rtpengine ------------------------------------------------------------------

const SINE = Array.from({ length: 50 }, (_, f) => sineFrame(440, f));

/** One call relayed (and recorded) by rtpengine: two legs sending 20 ms PCMU frames. */
async function mediaCall(ng, i) {
  const id = `bench-media-${i}-${tag()}@${HOST}`;
  const a = await bindUdp();
  const b = await bindUdp();
  const offer = await ng.command({
    command: 'offer',
    'call-id': id,
    'from-tag': 'a',
    sdp: sdp(a.address().port, 1),
    'record call': 'yes',
  });
  const answer = await ng.command({
    command: 'answer',
    'call-id': id,
    'from-tag': 'a',
    'to-tag': 'b',
    sdp: sdp(b.address().port, 2),
  });
  const legs = [
    {
      socket: a,
      to: mediaPort(answer.sdp),
      received: 0,
      sent: 0,
      ssrc: randomBytes(4).readUInt32BE(0),
    },
    {
      socket: b,
      to: mediaPort(offer.sdp),
      received: 0,
      sent: 0,
      ssrc: randomBytes(4).readUInt32BE(0),
    },
  ];
  for (const leg of legs) leg.socket.on('message', () => leg.received++);
  return { id, legs };
}

function cpuTicks(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime, fields 14 and 15 of stat (here 12 and 13 after the command).
  return Number(fields[11]) + Number(fields[12]);
}

async function mediaStep(ng, rtpenginePid, concurrent) {
  const calls = [];
  for (let i = 0; i < concurrent; i++) calls.push(await mediaCall(ng, i));
  const legs = calls.flatMap((c) => c.legs);
  const t0 = performance.now();
  const ticks0 = cpuTicks(rtpenginePid);
  const frames = (SECONDS * 1000) / 20;
  for (let f = 0; f < frames; f++) {
    for (const leg of legs) {
      leg.socket.send(
        rtpPacket({
          pt: 0,
          seq: f,
          ts: f * 160,
          ssrc: leg.ssrc,
          marker: f === 0,
          payload: SINE[f % 50],
        }),
        leg.to,
        HOST,
      );
      leg.sent++;
    }
    const due = t0 + (f + 1) * 20;
    await sleep(Math.max(0, due - performance.now()));
  }
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = (cpuTicks(rtpenginePid) - ticks0) / 100 / elapsed;
  await sleep(300);
  // Each leg receives what the other leg sent.
  const sent = legs.reduce((n, l) => n + l.sent, 0);
  const received = legs.reduce((n, l) => n + l.received, 0);
  for (const call of calls) {
    await ng.command({ command: 'delete', 'call-id': call.id, 'from-tag': 'a' });
    for (const leg of call.legs) leg.socket.close();
  }
  return { loss: 1 - received / sent, cpu };
}

// --- the run ----------------------------------------------------------------------------------

try {
  await start(
    ['dist/api/apps/api/src/main.js'],
    {
      PORT: String(API_PORT),
      DATA_DIR: join(work, 'api'),
      DATABASE_URL: '',
      DEMO_PASSWORD: PASSWORD,
      ACD_AFTER_CALL_WORK_SECONDS: '0',
      VOICE_WS_URL: `ws://${HOST}:${EDGE.ws}`,
      VOICE_RECORDINGS_DIR: join(work, 'edge', 'voice', 'recordings'),
      ...SECRETS,
    },
    (out) => out.includes('Dengon is running'),
  );
  await start(
    ['tools/voice.mjs', '--data-dir', join(work, 'edge'), '--api-url', base],
    {
      ...SECRETS,
      VOICE_SIP_PORT: String(EDGE.sip),
      VOICE_WS_PORT: String(EDGE.ws),
      VOICE_NG_PORT: String(EDGE.ng),
      VOICE_RTP_PORTS: EDGE.rtp,
    },
    (out) => out.includes('WebSocket'),
  );
  const ops = await operators();

  // 1. The routing answer as Kamailio asks for it; each call is then abandoned, freeing its operator.
  const routing = [];
  for (let i = 0; i < CALLS; i++) {
    const callId = `bench-route-${i}@${HOST}`;
    const t0 = performance.now();
    const answer = await askEdge(
      `${base}/telephony/sip/route?callId=${encodeURIComponent(callId)}&from=0312345678&to=${CLIENT_A_NUMBER}&attempt=1`,
    );
    routing.push(performance.now() - t0);
    if (answer.action !== 'ring') throw new Error(`routing answered ${JSON.stringify(answer)}`);
    await fetch(`${base}/telephony/sip/status`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-dengon-voice-key': SECRETS.VOICE_EDGE_SECRET,
      },
      body: JSON.stringify({ callId, status: 'canceled' }),
    });
    await sleep(1000 / RATE);
  }

  // 2. INVITE at the edge to ringing in a softphone, at --rate calls/s.
  const rang = new Map();
  const phones = [];
  for (const op of ops) {
    const phone = new Softphone(`op-${op.id}`, await bindUdp(), (callId, at) =>
      rang.set(callId, at),
    );
    await phone.register();
    phones.push(phone);
  }
  const trunk = new Trunk(await bindUdp());
  const running = [];
  const t0 = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const due = t0 + (i * 1000) / RATE;
    await sleep(Math.max(0, due - performance.now()));
    running.push(trunk.dial(`bench-invite-${i}-${tag()}@${HOST}`));
  }
  await Promise.race([Promise.all(running), sleep(30_000)]);
  const calls = [...trunk.calls.values()];
  const ringing = calls.flatMap((c) => (rang.has(c.id) ? [rang.get(c.id) - c.sent] : []));
  const finals = calls.reduce(
    (m, c) => ({ ...m, [c.final ?? 'none']: (m[c.final ?? 'none'] ?? 0) + 1 }),
    {},
  );

  console.log(
    `bench:voice — ${PHONES} softphones registered, ${CALLS} calls at ${RATE}/s to client A's 0120 number`,
  );
  console.log(`  API routing answer (GET /telephony/sip/route)     ${percentiles(routing)}`);
  console.log(`  INVITE at the edge → ringing in the softphone     ${percentiles(ringing)}`);
  console.log(`  final answers to the trunk: ${JSON.stringify(finals)}`);

  // 3. Calls relayed and recorded, at rising concurrency, until audio is lost.
  const rtpenginePid = Number(readFileSync(join(work, 'edge', 'voice', 'rtpengine.pid'), 'utf8'));
  const ng = new NgClient(EDGE.ng);
  console.log(`  media relayed by rtpengine, recorded, ${SECONDS} s per step, PCMU both ways:`);
  for (const concurrent of STEPS) {
    const step = await mediaStep(ng, rtpenginePid, concurrent).catch((error) => ({ error }));
    if ('error' in step) {
      console.log(
        `    ${String(concurrent).padStart(4)} calls  not set up: ${step.error.message.slice(-80)}`,
      );
      break;
    }
    console.log(
      `    ${String(concurrent).padStart(4)} calls  loss ${(step.loss * 100).toFixed(2).padStart(6)} %  rtpengine CPU ${(step.cpu * 100).toFixed(1).padStart(5)} % of a core  (${((step.cpu * 100) / concurrent).toFixed(2)} % per call)`,
    );
    // rtpengine frees a call's ports after its delete delay.
    await sleep(4000);
    if (step.loss > 0.01) break;
  }
  ng.close();
  const pcaps = readdirSync(join(work, 'edge', 'voice', 'recordings', 'pcaps')).length;
  console.log(`  captures written: ${pcaps}`);
  for (const phone of phones) phone.socket.close();
  trunk.socket.close();
} finally {
  for (const child of children.reverse()) {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  }
  rmSync(work, { recursive: true, force: true });
}
