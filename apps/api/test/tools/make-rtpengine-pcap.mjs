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
import { randomBytes } from 'node:crypto';
import { chownSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  bindUdp,
  HOST,
  mediaPort,
  NgClient,
  rtpPacket,
  sdp,
  sineFrame,
} from '../../../../voice/test/media.mjs';

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

const ng = new NgClient(NG_PORT);
const ngCommand = (dict, options) => ng.command(dict, options);

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
      pkt = rtpPacket({
        pt: 0,
        seq: seq++,
        ts,
        ssrc,
        marker: f === 0,
        payload: sineFrame(freq, f),
      });
    }
    sock.send(pkt, dest, HOST);
    // Pace on the wall clock so capture times match RTP time (no drift from timers).
    const due = start + (f + 1) * 20;
    await sleep(Math.max(0, due - performance.now()));
  }
  return ssrc;
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
