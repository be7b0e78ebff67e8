// What tools and benchmarks need to drive rtpengine and play RTP on loopback:
// the ng control protocol (bencode over UDP), G.711 µ-law, RTP packets, SDP.
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { setTimeout as sleep } from 'node:timers/promises';

export const HOST = '127.0.0.1';

export function bencode(v) {
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

export function bdecode(buf, pos = 0) {
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

/** A client of rtpengine's ng control protocol. */
export class NgClient {
  constructor(port, host = HOST) {
    this.port = port;
    this.host = host;
    this.pending = new Map();
    this.socket = dgram.createSocket('udp4');
    this.socket.on('message', (msg) => {
      const sp = msg.indexOf(' ');
      const cookie = msg.toString('latin1', 0, sp);
      const [reply] = bdecode(msg, sp + 1);
      this.pending.get(cookie)?.(reply);
      this.pending.delete(cookie);
    });
  }

  async command(dict, { tries = 1 } = {}) {
    for (let i = 0; i < tries; i++) {
      const cookie = randomBytes(6).toString('hex');
      const reply = new Promise((resolve) => this.pending.set(cookie, resolve));
      this.socket.send(
        Buffer.concat([Buffer.from(`${cookie} `), bencode(dict)]),
        this.port,
        this.host,
      );
      const r = await Promise.race([reply, sleep(1000).then(() => null)]);
      if (r) {
        if (r.result !== 'ok' && r.result !== 'pong')
          throw new Error(`ng ${dict.command}: ${JSON.stringify(r)}`);
        return r;
      }
      this.pending.delete(cookie);
    }
    throw new Error(`ng ${dict.command}: no reply from ${this.host}:${this.port}`);
  }

  close() {
    this.socket.close();
  }
}

export function linearToUlaw(sample) {
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

/** 20 ms of a sine at `freq` as PCMU, frame `f` of the stream. */
export function sineFrame(freq, f) {
  const payload = Buffer.alloc(160);
  for (let i = 0; i < 160; i++) {
    const n = f * 160 + i;
    payload[i] = linearToUlaw(Math.round(8000 * Math.sin((2 * Math.PI * freq * n) / 8000)));
  }
  return payload;
}

export function rtpPacket({ pt, seq, ts, ssrc, marker = false, payload }) {
  const h = Buffer.alloc(12);
  h[0] = 0x80;
  h[1] = (marker ? 0x80 : 0) | pt;
  h.writeUInt16BE(seq & 0xffff, 2);
  h.writeUInt32BE(ts >>> 0, 4);
  h.writeUInt32BE(ssrc >>> 0, 8);
  return Buffer.concat([h, payload]);
}

export function sdp(port, sessId, host = HOST) {
  return [
    'v=0',
    `o=- ${sessId} 1 IN IP4 ${host}`,
    's=-',
    `c=IN IP4 ${host}`,
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

export const mediaPort = (s) => Number(/m=audio (\d+)/.exec(s)?.[1]);

export async function bindUdp(port = 0, host = HOST) {
  const s = dgram.createSocket('udp4');
  await new Promise((resolve, reject) => {
    s.once('error', reject);
    s.bind(port, host, resolve);
  });
  return s;
}
