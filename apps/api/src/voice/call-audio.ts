/**
 * Turns an rtpengine call recording (recording-method = pcap: one classic pcap per call,
 * both legs, SRTP already decrypted) into one mono 8 kHz WAV with both directions mixed.
 *
 * Pure functions, no Nest, no I/O. Only G.711 (PCMU/PCMA) is decoded: the stack makes
 * rtpengine transcode the browser's Opus leg to PCMU, so every recorded stream is G.711.
 */

export const SAMPLE_RATE = 8000;

// ---------------------------------------------------------------------------------------
// pcap
// ---------------------------------------------------------------------------------------

export interface PcapPacket {
  /** Capture time, seconds since the epoch (µs or ns resolution, per the file's magic). */
  time: number;
  src: string;
  srcPort: number;
  dst: string;
  dstPort: number;
  /** The UDP payload (a view into the input buffer). */
  payload: Buffer;
}

export const LINKTYPE = {
  ETHERNET: 1,
  RAW: 101, // rtpengine `recording-format = raw` writes this
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
const ETHERTYPE_VLAN = [0x8100, 0x88a8, 0x9100];
const IPPROTO_UDP = 17;

/**
 * Reads a classic libpcap file (not pcapng) and returns its UDP datagrams. Anything else
 * (TCP, ARP, IP fragments, datagrams cut by the snap length) is skipped, not an error.
 */
export function parsePcap(buf: Buffer): PcapPacket[] {
  if (buf.length < 24) throw new Error('pcap: file shorter than its 24-byte header');
  const magic = buf.readUInt32LE(0);
  let le: boolean;
  let fracPerSecond: number;
  if (magic === 0xa1b2c3d4 || magic === 0xd4c3b2a1) {
    le = magic === 0xa1b2c3d4;
    fracPerSecond = 1e6;
  } else if (magic === 0xa1b23c4d || magic === 0x4d3cb2a1) {
    le = magic === 0xa1b23c4d;
    fracPerSecond = 1e9;
  } else if (magic === 0x0a0d0d0a) {
    throw new Error('pcap: pcapng is not supported (rtpengine writes classic pcap)');
  } else {
    throw new Error(`pcap: unknown magic 0x${magic.toString(16)}`);
  }
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  // The upper bits of the link-type field carry FCS information; the type is the low 16.
  const linkType = u32(20) & 0xffff;

  const packets: PcapPacket[] = [];
  // A last record cut short (file still being written) just ends the list.
  for (let off = 24; off + 16 <= buf.length;) {
    const time = u32(off) + u32(off + 4) / fracPerSecond;
    const inclLen = u32(off + 8);
    const start = off + 16;
    off = start + inclLen;
    if (off > buf.length) break;
    const frame = buf.subarray(start, off);
    const udp = parseLinkLayer(frame, linkType);
    if (udp) packets.push({ time, ...udp });
  }
  return packets;
}

type Udp = Omit<PcapPacket, 'time'>;

function parseLinkLayer(frame: Buffer, linkType: number): Udp | null {
  switch (linkType) {
    case LINKTYPE.ETHERNET: {
      let off = 12;
      if (frame.length < off + 2) return null;
      let etherType = frame.readUInt16BE(off);
      while (ETHERTYPE_VLAN.includes(etherType) && frame.length >= off + 6) {
        off += 4; // 802.1Q / QinQ tag
        etherType = frame.readUInt16BE(off);
      }
      return parseIp(frame.subarray(off + 2), etherType);
    }
    case LINKTYPE.RAW:
      return parseIp(frame, undefined);
    case LINKTYPE.IPV4:
      return parseIp(frame, ETHERTYPE_IPV4);
    case LINKTYPE.IPV6:
      return parseIp(frame, ETHERTYPE_IPV6);
    case LINKTYPE.LINUX_SLL:
      // 16-byte header; the protocol (an EtherType) is its last field.
      return frame.length < 16 ? null : parseIp(frame.subarray(16), frame.readUInt16BE(14));
    case LINKTYPE.LINUX_SLL2:
      // 20-byte header; the protocol comes first.
      return frame.length < 20 ? null : parseIp(frame.subarray(20), frame.readUInt16BE(0));
    default:
      throw new Error(`pcap: link type ${linkType} is not supported`);
  }
}

/** `etherType` undefined: raw IP, the version nibble decides. */
function parseIp(ip: Buffer, etherType: number | undefined): Udp | null {
  if (ip.length < 1) return null;
  const version = ip[0]! >> 4;
  if (version === 4 && (etherType ?? ETHERTYPE_IPV4) === ETHERTYPE_IPV4) return parseIpv4(ip);
  if (version === 6 && (etherType ?? ETHERTYPE_IPV6) === ETHERTYPE_IPV6) return parseIpv6(ip);
  return null;
}

function parseIpv4(ip: Buffer): Udp | null {
  if (ip.length < 20) return null;
  const headerLen = (ip[0]! & 0x0f) * 4;
  // Total length 0 occurs in captures with TCP segmentation offload: trust the capture then.
  const totalLen = Math.min(ip.readUInt16BE(2) || ip.length, ip.length);
  const flagsFrag = ip.readUInt16BE(6);
  // Fragments are not reassembled: RTP datagrams are far below the MTU.
  if ((flagsFrag & 0x2000) !== 0 || (flagsFrag & 0x1fff) !== 0) return null;
  if (ip[9] !== IPPROTO_UDP || headerLen < 20 || totalLen < headerLen) return null;
  const src = [...ip.subarray(12, 16)].join('.');
  const dst = [...ip.subarray(16, 20)].join('.');
  return parseUdp(ip.subarray(headerLen, totalLen), src, dst);
}

const IPV6_SKIPPABLE_EXT = new Set([0 /* hop-by-hop */, 43 /* routing */, 60 /* dest opts */]);

function parseIpv6(ip: Buffer): Udp | null {
  if (ip.length < 40) return null;
  const end = Math.min(40 + ip.readUInt16BE(4), ip.length);
  let next = ip[6]!;
  let off = 40;
  while (IPV6_SKIPPABLE_EXT.has(next) && off + 8 <= end) {
    next = ip[off]!;
    off += (ip[off + 1]! + 1) * 8;
  }
  if (next !== IPPROTO_UDP || off > end) return null; // includes fragments (44)
  return parseUdp(
    ip.subarray(off, end),
    ipv6ToString(ip.subarray(8, 24)),
    ipv6ToString(ip.subarray(24, 40)),
  );
}

function parseUdp(udp: Buffer, src: string, dst: string): Udp | null {
  if (udp.length < 8) return null;
  const len = udp.readUInt16BE(4);
  // Shorter capture than the datagram: cut by the snap length, the payload is unusable.
  if (len < 8 || len > udp.length) return null;
  return {
    src,
    srcPort: udp.readUInt16BE(0),
    dst,
    dstPort: udp.readUInt16BE(2),
    payload: udp.subarray(8, len),
  };
}

/** RFC 5952 text form: lower case, longest run of zero groups (two or more) as `::`. */
export function ipv6ToString(addr: Buffer): string {
  const groups = Array.from({ length: 8 }, (_, i) => addr.readUInt16BE(i * 2));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [bestStart, bestLen] = [i, j - i];
    i = j;
  }
  const hex = (g: number[]) => g.map((x) => x.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLen))}`;
}

// ---------------------------------------------------------------------------------------
// RTP
// ---------------------------------------------------------------------------------------

export interface RtpPacket {
  payloadType: number;
  marker: boolean;
  sequence: number;
  timestamp: number;
  ssrc: number;
  csrcs: number[];
  payload: Buffer;
}

/** Parses an RTP packet (RFC 3550); null for RTCP, STUN, DTLS, SIP or anything malformed. */
export function parseRtp(buf: Buffer): RtpPacket | null {
  if (buf.length < 12 || buf[0]! >> 6 !== 2) return null;
  const payloadType = buf[1]! & 0x7f;
  // RTCP packet types 200-204 (and the rest of 192-223) read as PT 64-95 with the marker
  // bit; RFC 5761 reserves 72-79 so rtcp-mux'd RTCP can be told apart from RTP.
  if (payloadType >= 72 && payloadType <= 79) return null;
  const csrcCount = buf[0]! & 0x0f;
  let off = 12 + csrcCount * 4;
  if (buf.length < off) return null;
  const csrcs = Array.from({ length: csrcCount }, (_, i) => buf.readUInt32BE(12 + i * 4));
  if (buf[0]! & 0x10) {
    if (buf.length < off + 4) return null;
    off += 4 + buf.readUInt16BE(off + 2) * 4; // profile-specific id, length in 32-bit words
  }
  let end = buf.length;
  if (buf[0]! & 0x20) end -= buf[buf.length - 1]!; // last octet counts the padding
  if (end < off) return null;
  return {
    payloadType,
    marker: (buf[1]! & 0x80) !== 0,
    sequence: buf.readUInt16BE(2),
    timestamp: buf.readUInt32BE(4),
    ssrc: buf.readUInt32BE(8),
    csrcs,
    payload: buf.subarray(off, end),
  };
}

/** Builds an RTP packet (RFC 3550, version 2, no CSRCs, extension or padding). */
export function rtpPacket(p: Omit<RtpPacket, 'csrcs'>): Buffer {
  const header = Buffer.alloc(12);
  header[0] = 0x80;
  header[1] = (p.marker ? 0x80 : 0) | (p.payloadType & 0x7f);
  header.writeUInt16BE(p.sequence & 0xffff, 2);
  header.writeUInt32BE(p.timestamp >>> 0, 4);
  header.writeUInt32BE(p.ssrc >>> 0, 8);
  return Buffer.concat([header, p.payload]);
}

// ---------------------------------------------------------------------------------------
// G.711 (ITU-T G.711 expansion, as in the reference decoders)
// ---------------------------------------------------------------------------------------

function ulawSample(code: number): number {
  const u = ~code & 0xff;
  const t = (((u & 0x0f) << 3) + 0x84) << ((u >> 4) & 0x07);
  return u & 0x80 ? 0x84 - t : t - 0x84;
}

function alawSample(code: number): number {
  const a = code ^ 0x55; // even bits are inverted on the wire
  const seg = (a >> 4) & 0x07;
  let t = (a & 0x0f) << 4;
  t = seg === 0 ? t + 8 : (t + 0x108) << (seg - 1);
  return a & 0x80 ? t : -t;
}

const ULAW = Int16Array.from({ length: 256 }, (_, i) => ulawSample(i));
const ALAW = Int16Array.from({ length: 256 }, (_, i) => alawSample(i));

export const PT_PCMU = 0;
export const PT_PCMA = 8;
const PT_CN = 13;

export function decodeG711(payload: Uint8Array, payloadType: number): Int16Array {
  const table = payloadType === PT_PCMA ? ALAW : payloadType === PT_PCMU ? ULAW : undefined;
  if (!table) throw new Error(`G.711: payload type ${payloadType} is neither PCMU nor PCMA`);
  return Int16Array.from(payload, (c) => table[c]!);
}

/** µ-law compression of 16-bit samples (G.711, bias 0x84, clipped at 32635). */
export function encodeUlaw(samples: Int16Array): Buffer {
  const out = Buffer.alloc(samples.length);
  for (let i = 0; i < samples.length; i++) {
    let s = samples[i]!;
    const sign = s < 0 ? 0x80 : 0;
    if (sign) s = -s;
    s = Math.min(s, 32635) + 0x84;
    let exponent = 7;
    for (let mask = 0x4000; (s & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
    const mantissa = (s >> (exponent + 3)) & 0x0f;
    out[i] = ~(sign | (exponent << 4) | mantissa) & 0xff;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// WAV
// ---------------------------------------------------------------------------------------

/** Reads a 16-bit PCM mono WAV (as sox writes it); anything else is refused by name. */
export function decodeWav(wav: Buffer): { samples: Int16Array; sampleRate: number } {
  if (
    wav.length < 12 ||
    wav.toString('ascii', 0, 4) !== 'RIFF' ||
    wav.toString('ascii', 8, 12) !== 'WAVE'
  )
    throw new Error('WAV: not a RIFF/WAVE file');
  let format: { channels: number; sampleRate: number; bits: number; code: number } | null = null;
  for (let off = 12; off + 8 <= wav.length;) {
    const id = wav.toString('ascii', off, off + 4);
    const size = wav.readUInt32LE(off + 4);
    const body = wav.subarray(off + 8, Math.min(wav.length, off + 8 + size));
    if (id === 'fmt ' && body.length >= 16)
      format = {
        code: body.readUInt16LE(0),
        channels: body.readUInt16LE(2),
        sampleRate: body.readUInt32LE(4),
        bits: body.readUInt16LE(14),
      };
    if (id === 'data') {
      if (!format) throw new Error('WAV: data before its fmt chunk');
      // 0xfffe (extensible) carries PCM as well when the sample is 16-bit.
      if (![1, 0xfffe].includes(format.code) || format.bits !== 16 || format.channels !== 1)
        throw new Error(
          `WAV: ${format.channels} channel(s) of ${format.bits}-bit format ${format.code}; 16-bit PCM mono is needed`,
        );
      const samples = new Int16Array(body.length >> 1);
      for (let i = 0; i < samples.length; i++) samples[i] = body.readInt16LE(i * 2);
      return { samples, sampleRate: format.sampleRate };
    }
    off += 8 + size + (size & 1);
  }
  throw new Error('WAV: no data chunk');
}

/**
 * To the telephone's rate: each output sample is the mean of the input
 * samples it stands for (a box filter, so a recording made at 44.1 or 48 kHz
 * loses what the line could not carry instead of folding it back as noise);
 * a lower input rate is interpolated.
 */
export function resample(samples: Int16Array, from: number, to = SAMPLE_RATE): Int16Array {
  if (from === to) return samples;
  const ratio = from / to;
  const out = new Int16Array(Math.floor(samples.length / ratio));
  for (let i = 0; i < out.length; i++) {
    const start = i * ratio;
    if (ratio <= 1) {
      const left = Math.floor(start);
      const right = Math.min(left + 1, samples.length - 1);
      const frac = start - left;
      out[i] = Math.round(samples[left]! * (1 - frac) + samples[right]! * frac);
      continue;
    }
    const end = Math.min(samples.length, Math.floor(start + ratio));
    let sum = 0;
    for (let n = Math.floor(start); n < end; n++) sum += samples[n]!;
    out[i] = Math.round(sum / Math.max(1, end - Math.floor(start)));
  }
  return out;
}

export function encodeWav(samples: Int16Array, sampleRate = SAMPLE_RATE): Buffer {
  const dataLen = samples.length * 2;
  const wav = Buffer.alloc(44 + dataLen);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataLen, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28); // byte rate
  wav.writeUInt16LE(2, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataLen, 40);
  for (let i = 0; i < samples.length; i++) wav.writeInt16LE(samples[i]!, 44 + i * 2);
  return wav;
}

// ---------------------------------------------------------------------------------------
// Streams and mixing
// ---------------------------------------------------------------------------------------

export interface CallAudioStream {
  ssrc: number;
  /** The stream's audio payload type (its most frequent one, events and CN aside). */
  payloadType: number;
  /** RTP packets of the stream, all payload types, duplicates removed. */
  packets: number;
  /** RMS of the stream's decoded samples, 0..1; NaN when the stream was not decoded. */
  rms: number;
  src: string;
  dst: string;
  /** Why the stream is not (fully) in the mix. */
  note?: string;
}

export interface CallAudio {
  wav: Buffer;
  durationSeconds: number;
  streams: CallAudioStream[];
  /** RMS of the mixed track, 0..1 (0 = digital silence). */
  rms: number;
}

interface StreamPacket {
  time: number;
  rtp: RtpPacket;
  /** Sequence number extended over 16-bit wraps. */
  seq: number;
}

interface Stream {
  key: string;
  src: string;
  dst: string;
  ssrc: number;
  packets: StreamPacket[];
}

/** Decoded samples at a position (in samples) relative to the stream's first packet. */
interface Placement {
  at: number;
  samples: Int16Array;
}

/**
 * A timestamp this far (in samples) from where the capture clock puts the packet means the
 * sender restarted its RTP clock; we then re-anchor on capture time instead of leaving a
 * gap of hours.
 */
const MAX_CLOCK_SKEW = 5 * SAMPLE_RATE;

export function callAudio(pcap: Buffer): CallAudio {
  const streams = collectStreams(parsePcap(pcap));

  const decoded = streams.map((s) => ({ stream: s, ...decodeStream(s) }));
  markRelayedCopies(decoded);

  // Everything is placed relative to the first captured audio packet of the call.
  const mixed = decoded.filter((d) => d.placements.length > 0 && !d.copy);
  const origin = Math.min(...mixed.map((d) => d.firstTime));
  let length = 0;
  for (const d of mixed) {
    d.offset = Math.round((d.firstTime - origin) * SAMPLE_RATE);
    for (const p of d.placements) length = Math.max(length, d.offset + p.at + p.samples.length);
  }

  // Sum in 32 bits, clip once: clipping per stream would distort quiet overlaps.
  const acc = new Int32Array(length);
  for (const d of mixed) {
    for (const p of d.placements) {
      const at = d.offset + p.at;
      for (let i = 0; i < p.samples.length; i++) acc[at + i]! += p.samples[i]!;
    }
  }
  const samples = Int16Array.from(acc, (v) => Math.max(-32768, Math.min(32767, v)));

  return {
    wav: encodeWav(samples),
    durationSeconds: samples.length / SAMPLE_RATE,
    rms: rms(samples),
    streams: decoded.map(({ stream, payloadType, rms: streamRms, note }) => ({
      ssrc: stream.ssrc,
      payloadType,
      packets: stream.packets.length,
      rms: streamRms,
      src: stream.src,
      dst: stream.dst,
      ...(note ? { note } : {}),
    })),
  };
}

function collectStreams(packets: PcapPacket[]): Stream[] {
  const byKey = new Map<string, Stream>();
  for (const p of packets) {
    const rtp = parseRtp(p.payload);
    if (!rtp) continue;
    const src = `${p.src}:${p.srcPort}`;
    const dst = `${p.dst}:${p.dstPort}`;
    const key = `${rtp.ssrc}|${src}|${dst}`;
    let s = byKey.get(key);
    if (!s) byKey.set(key, (s = { key, src, dst, ssrc: rtp.ssrc, packets: [] }));
    // Extend the sequence number from the previous packet in capture order: the signed
    // 16-bit difference survives both the 65535 -> 0 wrap and reordering.
    const prev = s.packets.at(-1)?.seq;
    const seq =
      prev === undefined ? rtp.sequence : prev + (((rtp.sequence - (prev & 0xffff)) << 16) >> 16);
    s.packets.push({ time: p.time, rtp, seq });
  }
  for (const s of byKey.values()) {
    s.packets.sort((a, b) => a.seq - b.seq);
    s.packets = s.packets.filter((p, i, all) => i === 0 || all[i - 1]!.seq !== p.seq);
  }
  return [...byKey.values()].sort((a, b) => firstTime(a) - firstTime(b));
}

const firstTime = (s: Stream) => s.packets.reduce((t, p) => Math.min(t, p.time), Infinity);

/**
 * RFC 4733 telephone-event payloads are 4 bytes per event block (a few blocks with
 * redundancy). Without the SDP a dynamic PT whose every payload looks like that is taken
 * for DTMF rather than audio.
 */
function looksLikeTelephoneEvent(payloads: Buffer[]): boolean {
  return payloads.every((p) => p.length > 0 && p.length <= 16 && p.length % 4 === 0);
}

function decodeStream(s: Stream) {
  const byPt = new Map<number, Buffer[]>();
  for (const { rtp } of s.packets) {
    const list = byPt.get(rtp.payloadType) ?? [];
    list.push(rtp.payload);
    byPt.set(rtp.payloadType, list);
  }
  const audioPts = [...byPt.entries()]
    .filter(([pt, payloads]) => pt !== PT_CN && !(pt >= 96 && looksLikeTelephoneEvent(payloads)))
    .sort((a, b) => b[1].length - a[1].length);
  const payloadType = audioPts[0]?.[0] ?? s.packets[0]!.rtp.payloadType;
  const isG711 = (pt: number) => pt === PT_PCMU || pt === PT_PCMA;

  const result = {
    payloadType,
    placements: [] as Placement[],
    firstTime: 0,
    offset: 0,
    rms: NaN,
    note: undefined as string | undefined,
    copy: false,
  };
  const audio = s.packets.filter((p) => isG711(p.rtp.payloadType));
  if (audio.length === 0) {
    result.note = audioPts.length
      ? `payload type ${payloadType} not decoded (only G.711 PCMU/PCMA)`
      : 'no audio (only telephone events / comfort noise)';
    return result;
  }
  if (!isG711(payloadType)) {
    result.note = `payload type ${payloadType} not decoded; only its G.711 packets are mixed`;
  }

  // Place by RTP timestamp relative to the first packet, whose own position comes from its
  // capture time; a lost packet thus leaves a gap of exactly its duration (silence).
  const first = audio[0]!;
  result.firstTime = first.time;
  let anchorAt = 0; // sample position of the anchor packet, relative to the first one
  let anchorTs = first.rtp.timestamp;
  let sumSquares = 0;
  let count = 0;
  for (const p of audio) {
    // Signed 32-bit difference: the RTP timestamp may wrap within the call.
    let at = anchorAt + ((p.rtp.timestamp - anchorTs) | 0);
    const byClock = Math.round((p.time - first.time) * SAMPLE_RATE);
    if (Math.abs(at - byClock) > MAX_CLOCK_SKEW) at = byClock;
    [anchorAt, anchorTs] = [at, p.rtp.timestamp];
    if (at < 0) continue; // a timestamp from before the first packet: nowhere to put it
    const samples = decodeG711(p.rtp.payload, p.rtp.payloadType);
    result.placements.push({ at, samples });
    for (const v of samples) sumSquares += v * v;
    count += samples.length;
  }
  result.rms = count ? Math.sqrt(sumSquares / count) / 32768 : 0;
  return result;
}

/**
 * A capture taken on the relay (tcpdump rather than rtpengine's own recording) holds each
 * packet twice: in on one leg, out on the other, same SSRC and sequence numbers. Mixing
 * both would double and echo that direction, so later copies are listed but not mixed.
 */
function markRelayedCopies(decoded: { stream: Stream; note?: string; copy: boolean }[]): void {
  for (let i = 0; i < decoded.length; i++) {
    const a = decoded[i]!;
    if (a.copy) continue;
    const seqs = new Set(a.stream.packets.map((p) => p.seq & 0xffff));
    for (const b of decoded.slice(i + 1)) {
      if (b.copy || b.stream.ssrc !== a.stream.ssrc) continue;
      const shared = b.stream.packets.filter((p) => seqs.has(p.seq & 0xffff)).length;
      if (shared * 2 > b.stream.packets.length) {
        b.copy = true;
        b.note = `copy of ${a.stream.src} -> ${a.stream.dst} (relayed leg), not mixed`;
      }
    }
  }
}

function rms(samples: Int16Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const v of samples) sum += v * v;
  return Math.sqrt(sum / samples.length) / 32768;
}
