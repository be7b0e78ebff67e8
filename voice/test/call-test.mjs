// End-to-end check of the voice edge with two baresip UAs and a fake API.
//   node voice/test/call-test.mjs [scenario...]
// Scenarios: basic (ring + record + audio), wait (wait, wait, ring),
// badpass (REGISTER with a wrong password), untrusted (INVITE from
// 127.0.0.2, not a trunk), cancel (caller hangs up while waiting).
// Everything binds to loopback. Ports: SIP 5060, WS 8088, fake API 3999,
// baresip op-test 5070 (+TLS 5071), caller 5080 (+5081).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ephemeralCredentials, startVoice } from '../../tools/voice.mjs';

const AUTH = process.env.VOICE_AUTH_SECRET ?? 'test-auth-secret';
const KEY = process.env.VOICE_EDGE_SECRET ?? 'test-edge-secret';
const API_PORT = 3999;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'voice-test-'));
fs.chmodSync(work, 0o755); // the rtpengine user must reach the recordings dir
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const tone = path.join(work, 'tone.wav');
const answerTone = path.join(work, 'answer.wav');
const spawned = [];

function run(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], ...opts });
  child.out = '';
  child.stdout.on('data', (d) => (child.out += d));
  child.stderr.on('data', (d) => (child.out += d));
  child.done = new Promise((r) => child.on('exit', r));
  spawned.push(child);
  return child;
}
async function waitFor(fn, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await fn();
    if (v) return v;
    await sleep(100);
  }
  throw new Error(`timeout waiting for ${what}`);
}

function baresipDir(name, { listen, account, source, recordDir }) {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'config'),
    [
      'poll_method epoll',
      `sip_listen ${listen}`,
      `audio_source aufile,${source}`,
      `audio_player aufile,${path.join(dir, 'player.wav')}`,
      `audio_alert aufile,${path.join(dir, 'alert.wav')}`,
      'rtp_ports 40000-40999',
      'module_path /usr/lib/baresip/modules',
      'module g711.so',
      'module aufile.so',
      ...(recordDir ? ['module sndfile.so', `snd_path ${recordDir}`] : []),
      'module_app account.so',
      'module_app menu.so',
      'sip_trans_def udp',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'accounts'), `${account}\n`);
  fs.writeFileSync(path.join(dir, 'contacts'), '');
  return dir;
}

async function api(pathname, body) {
  const res = await fetch(`http://127.0.0.1:${API_PORT}${pathname}`, {
    method: body ? 'POST' : 'GET',
    body: body ? JSON.stringify(body) : undefined,
  });
  return res.json();
}

function rms(file) {
  const child = spawnSync('sox', [file, '-n', 'stat']);
  const m = /RMS\s+amplitude:\s+([0-9.]+)/.exec(child.stderr.toString());
  return m ? Number(m[1]) : null;
}
import { spawnSync } from 'node:child_process';

async function startOperator(
  user,
  { pass, recordDir, listen = '127.0.0.1:5070', answer = 'auto' } = {},
) {
  const cred = ephemeralCredentials(AUTH, user, 3600);
  const password = pass ?? cred.password;
  const dir = baresipDir(`ua-${user}-${Date.now()}`, {
    listen,
    account:
      `<sip:${user}@dengon.local>;auth_user=${cred.username};auth_pass=${password};` +
      `outbound="sip:127.0.0.1:5060;transport=udp";regint=300;answermode=${answer};audio_codecs=PCMU`,
    source: answerTone,
    recordDir,
  });
  const ua = run('baresip', ['-f', dir, '-n', '127.0.0.1']);
  return ua;
}

async function dial(number, { from = '127.0.0.1', seconds = 25 } = {}) {
  const dir = baresipDir(`caller-${Date.now()}`, {
    listen: `${from}:5080`,
    account: `<sip:0312345678@${from}>;regint=0;audio_codecs=PCMU`,
    source: tone,
  });
  return run('baresip', [
    '-f',
    dir,
    '-n',
    from,
    '-t',
    String(seconds),
    '-e',
    `/dial sip:${number}@127.0.0.1:5060`,
  ]);
}

const scenarios = {
  async basic(ctx) {
    await api('/_script', { script: 'ring:op-test:15:true' });
    const recordDir = path.join(work, 'op-rec');
    fs.mkdirSync(recordDir, { recursive: true });
    const op = await startOperator('op-test', { recordDir });
    await waitFor(() => /200 OK/.test(op.out), 5000, 'op-test registration');
    const caller = await dial('0120100200');
    await caller.done;
    await sleep(1500);
    op.kill('SIGTERM');
    await op.done;
    const log = await api('/_log');
    const recorded = fs.readdirSync(recordDir).filter((f) => f.endsWith('.wav'));
    const levels = Object.fromEntries(recorded.map((f) => [f, rms(path.join(recordDir, f))]));
    await sleep(4000); // rtpengine delete-delay, then the pcap is complete
    const pcaps = listRecordings(ctx.voice.recordingsDir);
    return {
      log: log.map(brief),
      opRecordings: levels,
      pcaps,
      callerTail: tail(caller.out),
      opTail: tail(op.out),
    };
  },
  async wait(ctx) {
    await api('/_script', { script: 'wait:1,wait:1,ring:op-test:15:false' });
    const op = await startOperator('op-test', { recordDir: path.join(work, 'op-rec2') });
    fs.mkdirSync(path.join(work, 'op-rec2'), { recursive: true });
    await waitFor(() => /200 OK/.test(op.out), 5000, 'op-test registration');
    const caller = await dial('0120100200');
    await caller.done;
    await sleep(1500);
    op.kill('SIGTERM');
    await op.done;
    const log = await api('/_log');
    return { log: log.map(brief), callerTail: tail(caller.out) };
  },
  // op-ghost is not registered, op-slow rings 2 s without answering (the
  // failure route asks again), then a wait from the failure route, then op-test.
  async failover() {
    await api('/_script', {
      script: 'ring:op-ghost:5:false,ring:op-slow:2:false,wait:1,ring:op-test:15:false',
    });
    const slow = await startOperator('op-slow', { listen: '127.0.0.1:5090', answer: 'manual' });
    const op = await startOperator('op-test');
    await waitFor(() => /200 OK/.test(op.out) && /200 OK/.test(slow.out), 5000, 'registrations');
    const caller = await dial('0120100200');
    await caller.done;
    await sleep(1500);
    for (const ua of [op, slow]) ua.kill('SIGTERM');
    await Promise.all([op.done, slow.done]);
    const log = await api('/_log');
    return { log: log.map(brief), slowTail: tail(slow.out.replace(/\[0:[^\n]*/g, ''), 6) };
  },
  async cancel() {
    await api('/_script', { script: 'wait:2,wait:2,wait:2,wait:2' });
    const caller = await dial('0120100200', { seconds: 3 });
    await caller.done;
    await sleep(3000);
    const log = await api('/_log');
    return { log: log.map(brief), callerTail: tail(caller.out) };
  },
  async badpass() {
    await api('/_script', { script: 'ring:op-bad:5:false' });
    const op = await startOperator('op-bad', { pass: 'd3JvbmcgcGFzc3dvcmQ=' });
    await sleep(3000);
    op.kill('SIGTERM');
    await op.done;
    return { opTail: tail(op.out, 12) };
  },
  async untrusted() {
    await api('/_script', { script: 'ring:op-test:5:false' });
    const caller = await dial('0120100200', { from: '127.0.0.2', seconds: 4 });
    await caller.done;
    const log = await api('/_log');
    return { apiRequests: log.length, callerTail: tail(caller.out, 8) };
  },
};

function brief(e) {
  return `${e.method} ${e.path} key=${e.keyOk} ${e.method === 'GET' ? JSON.stringify(e.query) : JSON.stringify(e.body)} -> ${JSON.stringify(e.answer)} @${e.at.slice(11, 23)}`;
}
function tail(text, n = 15) {
  return text.split('\n').filter(Boolean).slice(-n).join('\n');
}
function listRecordings(dir) {
  const out = [];
  for (const sub of ['pcaps', 'metadata'])
    for (const f of fs.existsSync(path.join(dir, sub)) ? fs.readdirSync(path.join(dir, sub)) : [])
      out.push(`${sub}/${f} ${fs.statSync(path.join(dir, sub, f)).size} bytes`);
  return out;
}

const wanted = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['basic', 'wait', 'failover', 'cancel', 'badpass', 'untrusted'];
spawnSync('sox', ['-n', '-r', '8000', '-b', '16', '-c', '1', tone, 'synth', '5', 'sine', '440']);
spawnSync('sox', [
  '-n',
  '-r',
  '8000',
  '-b',
  '16',
  '-c',
  '1',
  answerTone,
  'synth',
  '60',
  'sine',
  '660',
  'vol',
  '0.5',
]);
const fake = run(process.execPath, [
  new URL('./fake-api.mjs', import.meta.url).pathname,
  '--port',
  String(API_PORT),
  '--key',
  KEY,
]);
await sleep(300);
let voice;
try {
  voice = await startVoice({
    dataDir: path.join(work, 'data'),
    apiUrl: `http://127.0.0.1:${API_PORT}`,
    env: { ...process.env, VOICE_AUTH_SECRET: AUTH, VOICE_EDGE_SECRET: KEY },
  });
  for (const name of wanted) {
    console.log(`\n===== ${name}`);
    try {
      const result = await scenarios[name]({ voice });
      for (const [k, v] of Object.entries(result))
        console.log(`-- ${k}:\n${typeof v === 'string' ? v : JSON.stringify(v, null, 1)}`);
    } catch (error) {
      console.log(`FAILED: ${error.message}`);
    }
  }
} finally {
  console.log(`\nwork dir: ${work}`);
  if (voice) await voice.stop();
  for (const c of spawned) if (c.exitCode === null) c.kill('SIGTERM');
}
