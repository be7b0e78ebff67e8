#!/usr/bin/env node
/**
 * Regenerates apps/api/test/fixtures/rtpengine-call.pcap: a REAL recording made by
 * rtpengine (recording-method = pcap) of a short plain-RTP PCMU call on loopback.
 *
 *   node apps/api/test/tools/make-rtpengine-pcap.mjs [--format=raw|eth] [--out=FILE]
 *     [--call-id=ID] [--keep]   (--keep leaves rtpengine's recording dir in /tmp)
 *
 * It starts its own rtpengine (as the `rtpengine` user when run as root), on
 * 127.0.0.1 only, with ports that stay clear of the shared dev stack (ng 22299,
 * RTP 31000-31099, "SIP" UA ports 5090+), then plays the call over the ng protocol:
 *   offer (UA A, record call) -> answer (UA B) -> 3 s of RTP each way -> delete.
 * A sends a 440 Hz sine, B an 880 Hz sine starting 200 ms later and one DTMF digit
 * (RFC 4733, PT 101) at 1.5 s instead of 100 ms of audio, like a real phone does.
 * The spec asserts these numbers (PLAYED_SECONDS, B_START_MS), keep them in sync.
 */
import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { chownSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.length ? v.join('=') : 'true'];
  }),
);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = args.out ?? join(here, '../fixtures/rtpengine-call.pcap');
const FORMAT = args.format ?? 'raw';
const NG_PORT = 22299;
const UA_A_PORT = 5090 + 10; // RTP ports of the two fake UAs (even, +1 left free for RTCP)
const UA_B_PORT = 5090 + 20;
const PLAYED_SECONDS = 3;
const B_START_MS = 200;
const HOST = '127.0.0.1';

// --- bencode (the ng protocol's encoding) ---------------------------------------------

function bencode(v) {
  if (typeof v === 'number') return Buffer.from(`i${v}e`);
  if (typeof v === 'string' || Buffer.isBuffer(v)) {
    const b = Buffer.from(v);
    return Buffer.concat([Buffer.from(`${b.length}:`), b]);
  }
  if (Array.isArray(v))
    return Buffer.concat([Buffer.from('l'), ...v.map(bencode), Buffer.from('e')]);
  const parts = Object.keys(v)
    .sort()
    .flatMap((k) => [bencode(k), bencode(v[k])]);
  return Buffer.concat([Buffer.from('d'), ...parts, Buffer.from('e')]);
}

function bdecode(buf, pos = 0) {
  const c = String.fromCharCode(buf[pos]);
  if (c === 'i') {
    const end = buf.indexOf('e', pos);
    return [Number(buf.toString('latin1', pos + 1, end)), end + 1];
  }
  if (c === 'l' || c === 'd') {
    const items = [];
    pos++;
    while (buf[pos] !== 0x65 /* e */) {
      const [item, next] = bdecode(buf, pos);
      items.push(item);
      pos = next;
    }
    if (c === 'l') return [items, pos + 1];
    const obj = {};
    for (let i = 0; i < items.length; i += 2) obj[items[i]] = items[i + 1];
    return [obj, pos + 1];
  }
  const colon = buf.indexOf(':', pos);
  const len = Number(buf.toString('latin1', pos, colon));
  return [buf.toString('utf8', colon + 1, colon + 1 + len), colon + 1 + len];
}

const ng = dgram.createSocket('udp4');
const pending = new Map();
ng.on('message', (msg) => {
  const sp = msg.indexOf(' ');
  const cookie = msg.toString('latin1', 0, sp);
  const [reply] = bdecode(msg, sp + 1);
  pending.get(cookie)?.(reply);
  pending.delete(cookie);
});

async function ngCommand(dict, { tries = 1 } = {}) {
  for (let i = 0; i < tries; i++) {
    const cookie = randomBytes(6).toString('hex');
    const reply = new Promise((resolve) => pending.set(cookie, resolve));
    ng.send(Buffer.concat([Buffer.from(`${cookie} `), bencode(dict)]), NG_PORT, HOST);
    const r = await Promise.race([reply, sleep(1000).then(() => null)]);
    if (r) {
      if (r.result !== 'ok' && r.result !== 'pong') {
        throw new Error(`ng ${dict.command}: ${JSON.stringify(r)}`);
      }
      return r;
    }
    pending.delete(cookie);
  }
  throw new Error(`ng ${dict.command}: no reply from 127.0.0.1:${NG_PORT}`);
}

// --- rtpengine ---------------------------------------------------------------------------

const recDir = mkdtempSync(join(tmpdir(), 'rtpe-rec-'));
const isRoot = process.getuid?.() === 0;
if (isRoot) chownSync(recDir, ...rtpengineIds());

function rtpengineIds() {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('rtpengine:'));
  if (!line) throw new Error('no rtpengine user (apt-get install rtpengine-daemon)');
  const [, , uid, gid] = line.split(':');
  return [Number(uid), Number(gid)];
}

const rtpeArgs = [
  '--config-file=none', // the packaged /etc/rtpengine/rtpengine.conf binds shared ports
  '--foreground',
  '--table=-1', // userspace only: no kernel module here (and no --no-fallback)
  `--interface=${HOST}`,
  `--listen-ng=${HOST}:${NG_PORT}`,
  '--port-min=31000',
  '--port-max=31099',
  `--recording-dir=${recDir}`,
  '--recording-method=pcap',
  `--recording-format=${FORMAT}`,
  '--delete-delay=0',
  '--log-stderr',
  '--log-level=6',
];
// Started as the package's unprivileged user; spawn() gives us the pid we may stop.
const rtpe = isRoot
  ? spawn('rtpengine', rtpeArgs, { uid: rtpengineIds()[0], gid: rtpengineIds()[1] })
  : spawn('rtpengine', rtpeArgs);
let rtpeLog = '';
rtpe.stderr.on('data', (d) => (rtpeLog += d));
rtpe.stdout.on('data', (d) => (rtpeLog += d));

// --- G.711 µ-law encoder (the sender side; the decoder under test lives in call-audio.ts) -

function linearToUlaw(sample) {
  const BIAS = 0x84;
  let s = Math.max(-32635, Math.min(32635, sample));
  const sign = s < 0 ? 0x80 : 0;
  if (s < 0) s = -s;
  s += BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (s >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

function rtpPacket({ pt, seq, ts, ssrc, marker = false, payload }) {
  const h = Buffer.alloc(12);
  h[0] = 0x80;
  h[1] = (marker ? 0x80 : 0) | pt;
  h.writeUInt16BE(seq & 0xffff, 2);
  h.writeUInt32BE(ts >>> 0, 4);
  h.writeUInt32BE(ssrc >>> 0, 8);
  return Buffer.concat([h, payload]);
}

/** One UA: sends 20 ms PCMU frames of a sine at `freq` to `dest` for PLAYED_SECONDS. */
async function playSine(sock, dest, freq, { dtmfAtMs } = {}) {
  const ssrc = randomBytes(4).readUInt32BE(0);
  let seq = randomBytes(2).readUInt16BE(0);
  const ts0 = randomBytes(4).readUInt32BE(0);
  const frames = (PLAYED_SECONDS * 1000) / 20;
  const dtmfFrame = dtmfAtMs === undefined ? Infinity : dtmfAtMs / 20;
  const start = performance.now();
  for (let f = 0; f < frames; f++) {
    const ts = (ts0 + f * 160) >>> 0;
    let pkt;
    if (f >= dtmfFrame && f < dtmfFrame + 5) {
      // RFC 4733 event "5": the timestamp stays at the event start, duration grows.
      const k = f - dtmfFrame;
      const ev = Buffer.from([5, (k === 4 ? 0x80 : 0) | 10, 0, 0]);
      ev.writeUInt16BE((k + 1) * 160, 2);
      pkt = rtpPacket({
        pt: 101,
        seq: seq++,
        ts: ts0 + dtmfFrame * 160,
        ssrc,
        marker: k === 0,
        payload: ev,
      });
    } else {
      const payload = Buffer.alloc(160);
      for (let i = 0; i < 160; i++) {
        const n = f * 160 + i;
        payload[i] = linearToUlaw(Math.round(8000 * Math.sin((2 * Math.PI * freq * n) / 8000)));
      }
      pkt = rtpPacket({ pt: 0, seq: seq++, ts, ssrc, marker: f === 0, payload });
    }
    sock.send(pkt, dest, HOST);
    // Pace on the wall clock so capture times match RTP time (no drift from timers).
    const due = start + (f + 1) * 20;
    await sleep(Math.max(0, due - performance.now()));
  }
  return ssrc;
}

function sdp(port, sessId) {
  return [
    'v=0',
    `o=- ${sessId} 1 IN IP4 ${HOST}`,
    's=-',
    `c=IN IP4 ${HOST}`,
    't=0 0',
    `m=audio ${port} RTP/AVP 0 101`,
    'a=rtpmap:0 PCMU/8000',
    'a=rtpmap:101 telephone-event/8000',
    'a=fmtp:101 0-15',
    'a=ptime:20',
    'a=sendrecv',
    '',
  ].join('\r\n');
}

const mediaPort = (s) => Number(/m=audio (\d+)/.exec(s)?.[1]);

async function bindUdp(port) {
  const s = dgram.createSocket('udp4');
  await new Promise((resolve, reject) => {
    s.once('error', reject);
    s.bind(port, HOST, resolve);
  });
  return s;
}

async function waitForFiles(dir, ext, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let files = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(ext));
    } catch {
      // directory not created yet
    }
    if (files.length) return files;
    if (Date.now() > deadline) throw new Error(`nothing in ${dir} after ${timeoutMs} ms`);
    await sleep(100);
  }
}

// --- the call ------------------------------------------------------------------------------

const callId = args['call-id'] ?? `dengon-fixture-${randomBytes(4).toString('hex')}@127.0.0.1`;
try {
  await ngCommand({ command: 'ping' }, { tries: 20 });
  const uaA = await bindUdp(UA_A_PORT);
  const uaB = await bindUdp(UA_B_PORT);

  const offer = await ngCommand({
    command: 'offer',
    'call-id': callId,
    'from-tag': 'tagA',
    sdp: sdp(UA_A_PORT, 1001),
    'record call': 'yes',
    metadata: 'dengon-fixture',
  });
  const answer = await ngCommand({
    command: 'answer',
    'call-id': callId,
    'from-tag': 'tagA',
    'to-tag': 'tagB',
    sdp: sdp(UA_B_PORT, 2002),
  });
  // B sends to the port rtpengine offered to B; A to the one in the answer it got back.
  const toRtpeFromB = mediaPort(offer.sdp);
  const toRtpeFromA = mediaPort(answer.sdp);
  let received = 0;
  uaA.on('message', () => received++);
  uaB.on('message', () => received++);

  const [ssrcA, ssrcB] = await Promise.all([
    playSine(uaA, toRtpeFromA, 440),
    sleep(B_START_MS).then(() => playSine(uaB, toRtpeFromB, 880, { dtmfAtMs: 1500 })),
  ]);
  await sleep(200);
  await ngCommand({ command: 'delete', 'call-id': callId, 'from-tag': 'tagA', 'delete-delay': 0 });

  // The pcap grows in pcaps/ during the call; the metadata file is moved from tmp/ to
  // metadata/ when the call is closed, so that move is the signal the pcap is complete.
  const metas = await waitForFiles(join(recDir, 'metadata'), '.txt', 10_000);
  const pcaps = await waitForFiles(join(recDir, 'pcaps'), '.pcap', 1000);
  copyFileSync(join(recDir, 'pcaps', pcaps[0]), OUT);
  const fmt = (n) => `0x${n.toString(16).padStart(8, '0')}`;
  console.log(`call-id      ${callId}`);
  console.log(`ssrc A->B    ${fmt(ssrcA)} (440 Hz)`);
  console.log(`ssrc B->A    ${fmt(ssrcB)} (880 Hz, DTMF at 1.5 s)`);
  console.log(`forwarded    ${received} packets reached the other UA`);
  console.log(`pcap         ${join('pcaps', pcaps[0])} -> ${OUT}`);
  for (const m of metas) {
    console.log(`metadata     ${join('metadata', m)}:`);
    console.log(readFileSync(join(recDir, 'metadata', m), 'utf8'));
  }
  uaA.close();
  uaB.close();
} catch (err) {
  console.error(rtpeLog);
  throw err;
} finally {
  ng.close();
  rtpe.kill('SIGTERM');
  if (!args.keep) rmSync(recDir, { recursive: true, force: true });
  else console.log(`kept ${recDir}`);
}
