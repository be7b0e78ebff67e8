import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LINKTYPE,
  callAudio,
  decodeG711,
  decodeWav,
  resample,
  encodeUlaw,
  encodeWav,
  ipv6ToString,
  parsePcap,
  parseRtp,
  rtpPacket,
} from './call-audio';
import { tonePowerAt8k } from '../../test/sip-test-edge';

// --- builders: a pcap is made byte by byte here, so every layer is under test -----------

const ULAW_SILENCE = 0xff;

/** µ-law bytes of a sine, sample n0.. of a continuous tone (so frames join seamlessly). */
function sineUlaw(freq: number, n0: number, count: number, amp = 8000): Buffer {
  return encodeUlaw(
    Int16Array.from({ length: count }, (_, i) =>
      Math.round(amp * Math.sin((2 * Math.PI * freq * (n0 + i)) / 8000)),
    ),
  );
}

interface RtpSpec {
  pt?: number;
  seq: number;
  ts: number;
  ssrc: number;
  payload: Buffer;
  marker?: boolean;
  csrcs?: number[];
  extensionWords?: number;
  padding?: number;
}

function rtp(p: RtpSpec): Buffer {
  const csrcs = p.csrcs ?? [];
  const h = Buffer.alloc(12 + csrcs.length * 4);
  h[0] = 0x80 | (p.padding ? 0x20 : 0) | (p.extensionWords !== undefined ? 0x10 : 0) | csrcs.length;
  h[1] = (p.marker ? 0x80 : 0) | (p.pt ?? 0);
  h.writeUInt16BE(p.seq & 0xffff, 2);
  h.writeUInt32BE(p.ts >>> 0, 4);
  h.writeUInt32BE(p.ssrc >>> 0, 8);
  csrcs.forEach((c, i) => h.writeUInt32BE(c, 12 + i * 4));
  const parts: Buffer[] = [h];
  if (p.extensionWords !== undefined) {
    const ext = Buffer.alloc(4 + p.extensionWords * 4, 0xee);
    ext.writeUInt16BE(0xbede, 0);
    ext.writeUInt16BE(p.extensionWords, 2);
    parts.push(ext);
  }
  parts.push(p.payload);
  if (p.padding) {
    const pad = Buffer.alloc(p.padding);
    pad[p.padding - 1] = p.padding;
    parts.push(pad);
  }
  return Buffer.concat(parts);
}

function udp(srcPort: number, dstPort: number, payload: Buffer): Buffer {
  const h = Buffer.alloc(8);
  h.writeUInt16BE(srcPort, 0);
  h.writeUInt16BE(dstPort, 2);
  h.writeUInt16BE(8 + payload.length, 4);
  return Buffer.concat([h, payload]);
}

function ipv4(src: string, dst: string, l4: Buffer, { proto = 17, flagsFrag = 0 } = {}): Buffer {
  const h = Buffer.alloc(20);
  h[0] = 0x45;
  h.writeUInt16BE(20 + l4.length, 2);
  h.writeUInt16BE(flagsFrag, 6);
  h[8] = 64;
  h[9] = proto;
  Buffer.from(src.split('.').map(Number)).copy(h, 12);
  Buffer.from(dst.split('.').map(Number)).copy(h, 16);
  return Buffer.concat([h, l4]);
}

function ipv6(src: Buffer, dst: Buffer, l4: Buffer, nextHeader = 17): Buffer {
  const h = Buffer.alloc(40);
  h[0] = 0x60;
  h.writeUInt16BE(l4.length, 4);
  h[6] = nextHeader;
  h[7] = 64;
  src.copy(h, 8);
  dst.copy(h, 24);
  return Buffer.concat([h, l4]);
}

const V6_A = Buffer.from('20010db8000000000000000000000001', 'hex'); // 2001:db8::1
const V6_B = Buffer.from('20010db8000000000000000000000002', 'hex');

function ethernet(payload: Buffer, etherType: number, vlan?: number): Buffer {
  const macs = Buffer.alloc(12, 0x11);
  const tag = Buffer.alloc(vlan === undefined ? 0 : 4);
  if (vlan !== undefined) {
    tag.writeUInt16BE(0x8100, 0);
    tag.writeUInt16BE(vlan, 2);
  }
  const type = Buffer.alloc(2);
  type.writeUInt16BE(etherType, 0);
  return Buffer.concat([macs, tag, type, payload]);
}

function sll(payload: Buffer, protocol: number): Buffer {
  const h = Buffer.alloc(16);
  h.writeUInt16BE(772, 2); // ARPHRD_LOOPBACK
  h.writeUInt16BE(protocol, 14);
  return Buffer.concat([h, payload]);
}

function sll2(payload: Buffer, protocol: number): Buffer {
  const h = Buffer.alloc(20);
  h.writeUInt16BE(protocol, 0);
  h.writeUInt32BE(1, 4); // interface index
  return Buffer.concat([h, payload]);
}

interface Frame {
  time: number;
  frame: Buffer;
  /** Record a shorter capture than the frame (snap length). */
  incl?: number;
}

function pcapFile(
  frames: Frame[],
  {
    linkType = 1,
    le = true,
    nano = false,
  }: { linkType?: number; le?: boolean; nano?: boolean } = {},
): Buffer {
  const u32 = (v: number) => {
    const b = Buffer.alloc(4);
    if (le) b.writeUInt32LE(v >>> 0);
    else b.writeUInt32BE(v >>> 0);
    return b;
  };
  const u16 = (v: number) => {
    const b = Buffer.alloc(2);
    if (le) b.writeUInt16LE(v);
    else b.writeUInt16BE(v);
    return b;
  };
  const header = Buffer.concat([
    u32(nano ? 0xa1b23c4d : 0xa1b2c3d4),
    u16(2),
    u16(4),
    u32(0),
    u32(0),
    u32(65535),
    u32(linkType),
  ]);
  const records = frames.map(({ time, frame, incl }) => {
    const sec = Math.floor(time);
    const frac = Math.round((time - sec) * (nano ? 1e9 : 1e6));
    const data = frame.subarray(0, incl ?? frame.length);
    return Buffer.concat([u32(sec), u32(frac), u32(data.length), u32(frame.length), data]);
  });
  return Buffer.concat([header, ...records]);
}

/** A UA's RTP stream as Ethernet/IPv4/UDP frames, 20 ms (160 samples) per packet. */
interface StreamSpec {
  ssrc: number;
  src: [string, number];
  dst: [string, number];
  /** Capture time of the first packet. */
  start: number;
  frames: number;
  seq0?: number;
  ts0?: number;
  pt?: number;
  /** Payload of frame f (160 bytes for G.711). */
  payload: (f: number) => Buffer;
}

function streamFrames(s: StreamSpec): (Frame & { f: number })[] {
  return Array.from({ length: s.frames }, (_, f) => ({
    f,
    time: s.start + f * 0.02,
    frame: ethernet(
      ipv4(
        s.src[0],
        s.dst[0],
        udp(
          s.src[1],
          s.dst[1],
          rtp({
            pt: s.pt ?? 0,
            seq: (s.seq0 ?? 1000) + f,
            ts: (s.ts0 ?? 50_000) + f * 160,
            ssrc: s.ssrc,
            payload: s.payload(f),
          }),
        ),
      ),
      0x0800,
    ),
  }));
}

const T0 = 1_796_580_000.5;
const A: Pick<StreamSpec, 'src' | 'dst'> = { src: ['10.0.0.1', 4000], dst: ['10.0.0.9', 31000] };
const B: Pick<StreamSpec, 'src' | 'dst'> = { src: ['10.0.0.2', 5000], dst: ['10.0.0.9', 31002] };

const byTime = (a: Frame, b: Frame) => a.time - b.time;

const wavSamples = (wav: Buffer): Int16Array => decodeWav(wav).samples;

// --- G.711 -------------------------------------------------------------------------------

// Reference tables: ffmpeg 5.1 (`-f mulaw` / `-f alaw` → s16le) decoding codes 0..255.
const FFMPEG_ULAW =
  'hIKEhoSKhI6EkoSWhJqEnoSihKaEqoSuhLKEtoS6hL6EwYTDhMWEx4TJhMuEzYTPhNGE04TVhNeE2YTbhN2E3wThBOIE4wTkBOUE5gTnBOgE6QTqBOsE7ATtBO4E7wTwxPBE8cTxRPLE8kTzxPNE9MT0RPXE9UT2xPZE98T3RPik+OT4JPlk+aT55Pkk+mT6pPrk+iT7ZPuk++T7JPxk/JT8tPzU/PT8FP00/VT9dP2U/bT91P30/RT+NP5U/nT+jP6c/qz+vP7M/tz+7P78/gz/HP8s/zz/TP9c/2z/fP+I/5D/mP+g/6j/sP+4/8D/yP/Q/9j/4P/o//D/+P8AAHx9fHl8dXxxfG18aXxlfGF8XXxZfFV8UXxNfEl8RXxBfD58PHw6fDh8Nnw0fDJ8MHwufCx8KnwofCZ8JHwifCD8Hvwd/Bz8G/wa/Bn8GPwX/Bb8FfwU/BP8EvwR/BD8DzwPvA48DrwNPA28DDwMvAs8C7wKPAq8CTwJvAg8CLwHXAccB9wGnAZcBhwG3AWcBVwFHAXcBJwEXAQcBNwDnANsA0wDLAMMA+wCzAKsAowCbAJMAiwCDALsAcwBrAGMAXQBZAFUAUQBNAEkARQBBAH0AOQA1ADEALQApACUAIQAeABwAGgAYABYAFAASABAADgAMAAoACAAGAAQAAgAAAA=';
const FFMPEG_ALAW =
  'gOqA64DogOmA7oDvgOyA7YDigOOA4IDhgOaA54DkgOVA9cD1QPTA9ED3wPdA9sD2QPHA8UDwwPBA88DzQPLA8gCqAK4AogCmALoAvgCyALYAigCOAIIAhgCaAJ4AkgCWANUA1wDRANMA3QDfANkA2wDFAMcAwQDDAM0AzwDJAMuo/rj+iP6Y/uj++P7I/tj+KP44/gj+GP5o/nj+SP5Y/qj/uP+I/5j/6P/4/8j/2P8o/zj/CP8Y/2j/eP9I/1j/oPrg+iD6YPqg++D7IPtg+6D44Pgg+GD4oPng+SD5YPlQ/XD9EP0w/dD98P2Q/bD9UPxw/BD8MPzQ/PD8kPyw/IAVgBSAF4AWgBGAEIATgBKAHYAcgB+AHoAZgBiAG4AawApACsALQAvACEAIwAlACcAOQA7AD0APwAxADMANQA0AVgBSAF4AWgBGAEIATgBKAHYAcgB+AHoAZgBiAG4AagArACkALwAtACMAIQAnACUAOwA5AD8APQAzADEANwA1WAFIAXgBaAEYAQgBOAEoAdgByAH4AegBmAGIAbgBqAFYAEgAeABoABgACAA4ACgA2ADIAPgA6ACYAIgAuACoAGAFIAXgBaAFYAQgBOAEoARgByAH4AegB2AGIAbgBqAGsAKQAvAC0AIwAhACcAJQArADkAPwA9ADMAMQA3ADUAM=';

function table(b64: string): number[] {
  const b = Buffer.from(b64, 'base64');
  return Array.from({ length: 256 }, (_, i) => b.readInt16LE(i * 2));
}

const ALL_CODES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

describe('G.711 decoding', () => {
  const mu = (code: number) => decodeG711(Buffer.from([code]), 0)[0];
  const a = (code: number) => decodeG711(Buffer.from([code]), 8)[0];

  it('decodes µ-law (PCMU) known values', () => {
    expect(mu(0xff)).toBe(0);
    expect(mu(0x7f)).toBe(0); // "negative zero"
    expect(mu(0x00)).toBe(-32124);
    expect(mu(0x80)).toBe(32124);
    expect(mu(0xef)).toBe(132);
    expect(mu(0xfe)).toBe(8);
    expect(mu(0x7e)).toBe(-8);
    expect(mu(0x8f)).toBe(16764);
    expect(mu(0x5a)).toBe(-556);
  });

  it('decodes A-law (PCMA) known values', () => {
    expect(a(0xd5)).toBe(8);
    expect(a(0x55)).toBe(-8);
    expect(a(0xaa)).toBe(32256);
    expect(a(0x2a)).toBe(-32256);
    expect(a(0x80)).toBe(5504);
    expect(a(0x00)).toBe(-5504);
    expect(a(0xa5)).toBe(16896);
    expect(a(0xf0)).toBe(688);
  });

  it('matches an independent decoder (ffmpeg) on all 256 codes of both laws', () => {
    expect(Array.from(decodeG711(ALL_CODES, 0))).toEqual(table(FFMPEG_ULAW));
    expect(Array.from(decodeG711(ALL_CODES, 8))).toEqual(table(FFMPEG_ALAW));
  });

  it('is odd-symmetric in the sign bit and monotonic within each sign', () => {
    for (let c = 0; c < 128; c++) {
      expect(mu(c | 0x80)).toBe(-mu(c)! || 0);
      expect(a(c | 0x80)).toBe(-a(c)!);
    }
    // µ-law codes 0x80..0xff run from loudest to quietest positive value.
    const positive = Array.from({ length: 128 }, (_, i) => mu(0x80 + i)!);
    expect(positive).toEqual([...positive].sort((x, y) => y - x));
  });

  it('round-trips the encoder within the µ-law quantization step', () => {
    for (const v of [0, 1, -1, 100, -100, 1000, 8000, -8000, 32000, -32000, 32767, -32768]) {
      const back = mu(encodeUlaw(Int16Array.of(v))[0]!)!;
      expect(Math.abs(back - v)).toBeLessThanOrEqual(Math.max(8, Math.abs(v) / 16));
    }
  });

  it('encodes every decoded µ-law value back to its code (negative zero to zero)', () => {
    const decoded = decodeG711(ALL_CODES, 0);
    const expected = Array.from(ALL_CODES, (c) => (c === 0x7f ? 0xff : c));
    expect(Array.from(encodeUlaw(decoded))).toEqual(expected);
  });

  it('refuses payload types that are not G.711', () => {
    expect(() => decodeG711(Buffer.from([0]), 111)).toThrow(/neither PCMU nor PCMA/);
  });
});

// --- pcap --------------------------------------------------------------------------------

describe('parsePcap', () => {
  const payload = Buffer.from('hello rtp');
  const v4udp = ipv4('192.168.1.10', '10.20.30.40', udp(40000, 31000, payload));
  const v6udp = ipv6(V6_A, V6_B, udp(40000, 31000, payload));
  const time = T0 + 0.123456;

  const v4 = { src: '192.168.1.10', dst: '10.20.30.40', srcPort: 40000, dstPort: 31000 };
  const v6 = { src: '2001:db8::1', dst: '2001:db8::2', srcPort: 40000, dstPort: 31000 };
  const cases: [string, number, Buffer, typeof v4][] = [
    ['Ethernet / IPv4', LINKTYPE.ETHERNET, ethernet(v4udp, 0x0800), v4],
    ['Ethernet / IPv6', LINKTYPE.ETHERNET, ethernet(v6udp, 0x86dd), v6],
    ['Ethernet 802.1Q / IPv4', LINKTYPE.ETHERNET, ethernet(v4udp, 0x0800, 42), v4],
    ['raw (101) / IPv4', LINKTYPE.RAW, v4udp, v4],
    ['raw (101) / IPv6', LINKTYPE.RAW, v6udp, v6],
    ['IPv4 (228)', LINKTYPE.IPV4, v4udp, v4],
    ['IPv6 (229)', LINKTYPE.IPV6, v6udp, v6],
    ['Linux SLL (113) / IPv4', LINKTYPE.LINUX_SLL, sll(v4udp, 0x0800), v4],
    ['Linux SLL (113) / IPv6', LINKTYPE.LINUX_SLL, sll(v6udp, 0x86dd), v6],
    ['Linux SLL2 (276) / IPv4', LINKTYPE.LINUX_SLL2, sll2(v4udp, 0x0800), v4],
    ['Linux SLL2 (276) / IPv6', LINKTYPE.LINUX_SLL2, sll2(v6udp, 0x86dd), v6],
  ];
  const encodings = [
    { le: true, nano: false },
    { le: false, nano: false },
    { le: true, nano: true },
    { le: false, nano: true },
  ];

  describe.each(cases)('%s', (_name, linkType, frame, addr) => {
    it.each(encodings)('little-endian=$le nanoseconds=$nano', ({ le, nano }) => {
      const [p, ...rest] = parsePcap(pcapFile([{ time, frame }], { linkType, le, nano }));
      expect(rest).toHaveLength(0);
      expect(p).toMatchObject(addr);
      expect(p!.payload.equals(payload)).toBe(true);
      expect(p!.time).toBeCloseTo(time, 6);
    });
  });

  it('keeps nanosecond resolution', () => {
    const [p] = parsePcap(
      pcapFile([{ time: 100.000000123, frame: v4udp }], { linkType: 101, nano: true }),
    );
    expect(p!.time).toBeCloseTo(100.000000123, 9);
  });

  it('ignores the Ethernet trailer (frames padded to 60 bytes, FCS)', () => {
    const short = ipv4('1.2.3.4', '5.6.7.8', udp(1, 2, Buffer.from('x')));
    const [p] = parsePcap(
      pcapFile([{ time, frame: ethernet(Buffer.concat([short, Buffer.alloc(20, 0xaa)]), 0x0800) }]),
    );
    expect(p!.payload.toString()).toBe('x');
  });

  it('skips what is not a whole UDP datagram: TCP, ARP, fragments, snapped captures', () => {
    const frames: Frame[] = [
      { time, frame: ethernet(ipv4('1.1.1.1', '2.2.2.2', Buffer.alloc(20), { proto: 6 }), 0x0800) },
      { time, frame: ethernet(Buffer.alloc(28), 0x0806) },
      {
        time,
        frame: ethernet(
          ipv4('1.1.1.1', '2.2.2.2', udp(1, 2, payload), { flagsFrag: 0x2000 }),
          0x0800,
        ),
      },
      {
        time,
        frame: ethernet(
          ipv4('1.1.1.1', '2.2.2.2', udp(1, 2, payload), { flagsFrag: 0x0010 }),
          0x0800,
        ),
      },
      { time, frame: ethernet(ipv6(V6_A, V6_B, udp(1, 2, payload), 44), 0x86dd) },
      { time, frame: ethernet(v4udp, 0x0800), incl: 14 + 20 + 8 + 3 },
      { time, frame: ethernet(v4udp, 0x0800) },
    ];
    const packets = parsePcap(pcapFile(frames));
    expect(packets).toHaveLength(1);
    expect(packets[0]!.payload.equals(payload)).toBe(true);
  });

  it('walks IPv6 extension headers to the UDP header', () => {
    const hopByHop = Buffer.alloc(8);
    hopByHop[0] = 17; // next header: UDP
    const frame = ipv6(V6_A, V6_B, Buffer.concat([hopByHop, udp(1, 2, payload)]), 0);
    const [p] = parsePcap(pcapFile([{ time, frame }], { linkType: LINKTYPE.RAW }));
    expect(p!.payload.equals(payload)).toBe(true);
  });

  it('stops at a last record cut short (file still being written)', () => {
    const file = pcapFile(
      [
        { time, frame: v4udp },
        { time, frame: v4udp },
      ],
      { linkType: LINKTYPE.RAW },
    );
    expect(parsePcap(file.subarray(0, file.length - 5))).toHaveLength(1);
    expect(parsePcap(file.subarray(0, 24))).toHaveLength(0);
  });

  it('rejects pcapng, unknown magic, short files and unsupported link types', () => {
    const ng = Buffer.alloc(28);
    ng.writeUInt32LE(0x0a0d0d0a, 0);
    expect(() => parsePcap(ng)).toThrow(/pcapng/);
    expect(() => parsePcap(Buffer.alloc(24, 0x42))).toThrow(/magic/);
    expect(() => parsePcap(Buffer.alloc(10))).toThrow(/shorter/);
    expect(() => parsePcap(pcapFile([{ time, frame: v4udp }], { linkType: 105 }))).toThrow(
      /link type 105/,
    );
  });

  it('writes IPv6 addresses in their RFC 5952 text form', () => {
    const hex = (h: string) => ipv6ToString(Buffer.from(h, 'hex'));
    expect(hex('00000000000000000000000000000001')).toBe('::1');
    expect(hex('00000000000000000000000000000000')).toBe('::');
    expect(hex('20010db8000000000000000000000001')).toBe('2001:db8::1');
    expect(hex('fe800000000000000001000000000001')).toBe('fe80::1:0:0:1');
    expect(hex('20010db8000100000001000100010001')).toBe('2001:db8:1:0:1:1:1:1');
    expect(hex('20010db8000000010000000000000001')).toBe('2001:db8:0:1::1');
  });
});

// --- RTP ---------------------------------------------------------------------------------

describe('parseRtp', () => {
  const payload = Buffer.from([1, 2, 3, 4, 5]);

  it('reads the fixed header', () => {
    const p = parseRtp(
      rtp({ pt: 8, seq: 65535, ts: 0xfffffff0, ssrc: 0xdeadbeef, payload, marker: true }),
    );
    expect(p).toMatchObject({
      payloadType: 8,
      marker: true,
      sequence: 65535,
      timestamp: 0xfffffff0,
      ssrc: 0xdeadbeef,
      csrcs: [],
    });
    expect(p!.payload.equals(payload)).toBe(true);
  });

  it('skips CSRCs and the header extension, and strips padding', () => {
    const p = parseRtp(
      rtp({ seq: 1, ts: 2, ssrc: 3, payload, csrcs: [7, 8], extensionWords: 2, padding: 3 }),
    );
    expect(p!.csrcs).toEqual([7, 8]);
    expect(p!.payload.equals(payload)).toBe(true);
  });

  it('returns null for RTCP, STUN, DTLS, SIP and malformed packets', () => {
    const sr = Buffer.alloc(28);
    sr[0] = 0x80;
    sr[1] = 200; // RTCP sender report
    expect(parseRtp(sr)).toBeNull();
    sr[1] = 201; // receiver report
    expect(parseRtp(sr)).toBeNull();
    expect(parseRtp(Buffer.from('0001000c2112a442000000000000000000000000', 'hex'))).toBeNull();
    expect(parseRtp(Buffer.from([22, 0xfe, 0xfd, ...Buffer.alloc(20)]))).toBeNull();
    expect(parseRtp(Buffer.from('SIP/2.0 200 OK\r\n\r\n'))).toBeNull();
    expect(parseRtp(Buffer.from([0x80, 0, 0, 1]))).toBeNull(); // too short
    const badPadding = rtp({ seq: 1, ts: 1, ssrc: 1, payload: Buffer.alloc(0) });
    badPadding[0] = badPadding[0]! | 0x20;
    expect(parseRtp(Buffer.concat([badPadding, Buffer.from([200])]))).toBeNull();
    const badCsrc = rtp({ seq: 1, ts: 1, ssrc: 1, payload: Buffer.alloc(0) });
    badCsrc[0] = badCsrc[0]! | 0x0f;
    expect(parseRtp(badCsrc)).toBeNull();
  });
});

// --- WAV ---------------------------------------------------------------------------------

describe('encodeWav', () => {
  it('writes a RIFF PCM 16-bit mono header and little-endian samples', () => {
    const wav = encodeWav(Int16Array.from([0, 1, -1, 32767, -32768]));
    expect(wav.length).toBe(44 + 10);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(36 + 10);
    expect(wav.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect(wav.readUInt32LE(16)).toBe(16);
    expect(wav.readUInt16LE(20)).toBe(1); // PCM
    expect(wav.readUInt16LE(22)).toBe(1); // mono
    expect(wav.readUInt32LE(24)).toBe(8000);
    expect(wav.readUInt32LE(28)).toBe(16000);
    expect(wav.readUInt16LE(32)).toBe(2);
    expect(wav.readUInt16LE(34)).toBe(16);
    expect(wav.toString('ascii', 36, 40)).toBe('data');
    expect(wav.readUInt32LE(40)).toBe(10);
    expect(Array.from(wavSamples(wav))).toEqual([0, 1, -1, 32767, -32768]);
  });

  it('takes another sample rate', () => {
    const wav = encodeWav(new Int16Array(0), 16000);
    expect(wav.readUInt32LE(24)).toBe(16000);
    expect(wav.readUInt32LE(28)).toBe(32000);
    expect(wav.length).toBe(44);
  });
});

describe('decodeWav', () => {
  it('reads back what encodeWav wrote, with its rate', () => {
    const read = decodeWav(encodeWav(Int16Array.from([5, -5, 1000]), 22050));
    expect(Array.from(read.samples)).toEqual([5, -5, 1000]);
    expect(read.sampleRate).toBe(22050);
  });

  it('skips chunks it does not know (LIST, an odd-sized one)', () => {
    const wav = encodeWav(Int16Array.from([7, 8]));
    const list = Buffer.concat([
      Buffer.from('LIST'),
      Buffer.from([3, 0, 0, 0]),
      Buffer.from('abc\0'),
    ]);
    const withList = Buffer.concat([wav.subarray(0, 36), list, wav.subarray(36)]);
    expect(Array.from(decodeWav(withList).samples)).toEqual([7, 8]);
  });

  it('refuses what is not 16-bit PCM mono, saying what it is', () => {
    const stereo = encodeWav(Int16Array.from([1, 2]));
    stereo.writeUInt16LE(2, 22);
    expect(() => decodeWav(stereo)).toThrow('WAV: 2 channel(s) of 16-bit format 1');
    expect(() => decodeWav(Buffer.from('not a wave file'))).toThrow('not a RIFF/WAVE');
    expect(() => decodeWav(encodeWav(new Int16Array(0)).subarray(0, 36))).toThrow('no data chunk');
  });
});

describe('rtpPacket', () => {
  it('builds what parseRtp reads', () => {
    const payload = Buffer.from([1, 2, 3]);
    const packet = rtpPacket({
      payloadType: 0,
      marker: true,
      sequence: 70000,
      timestamp: 2 ** 32 + 5,
      ssrc: 0xdeadbeef,
      payload,
    });
    expect(parseRtp(packet)).toEqual({
      payloadType: 0,
      marker: true,
      sequence: 70000 & 0xffff,
      timestamp: 5,
      ssrc: 0xdeadbeef,
      csrcs: [],
      payload,
    });
  });
});

// --- the whole call ----------------------------------------------------------------------

describe('callAudio', () => {
  const sine440 = (f: number) => sineUlaw(440, f * 160, 160);
  const silence = () => Buffer.alloc(160, ULAW_SILENCE);
  /** What the mix must hold for a 440 Hz stream alone: its decoded µ-law samples. */
  const expected440 = (frames: number) => decodeG711(sineUlaw(440, 0, frames * 160), 0);

  it('mixes a 440 Hz stream and a silent one into one mono track', () => {
    const frames = [
      ...streamFrames({ ...A, ssrc: 0x1111, start: T0, frames: 50, payload: sine440 }),
      ...streamFrames({ ...B, ssrc: 0x2222, start: T0 + 0.005, frames: 50, payload: silence }),
    ].sort(byTime);
    const out = callAudio(pcapFile(frames));

    expect(out.streams).toEqual([
      expect.objectContaining({ ssrc: 0x1111, payloadType: 0, packets: 50, src: '10.0.0.1:4000' }),
      expect.objectContaining({ ssrc: 0x2222, payloadType: 0, packets: 50, rms: 0 }),
    ]);
    // B starts 5 ms (40 samples) after A: 1 s of A plus that offset.
    expect(out.durationSeconds).toBeCloseTo(1 + 40 / 8000, 6);
    // A sine of amplitude 8000 has an RMS of 8000/√2.
    expect(out.rms).toBeCloseTo(8000 / Math.SQRT2 / 32768, 2);
    expect(out.streams[0]!.rms).toBeCloseTo(8000 / Math.SQRT2 / 32768, 2);
    const samples = wavSamples(out.wav);
    expect(Array.from(samples.subarray(0, 8000))).toEqual(Array.from(expected440(50)));
    expect(tonePowerAt8k(samples, 440)).toBeGreaterThan(100 * tonePowerAt8k(samples, 880));
  });

  it('places each stream by the capture time of its first packet and sums them', () => {
    const sine880 = (f: number) => sineUlaw(880, f * 160, 160, 4000);
    const frames = [
      ...streamFrames({ ...A, ssrc: 1, start: T0, frames: 10, payload: sine440 }),
      ...streamFrames({ ...B, ssrc: 2, start: T0 + 0.1, frames: 10, payload: sine880 }),
    ].sort(byTime);
    const out = callAudio(pcapFile(frames));
    const samples = wavSamples(out.wav);
    expect(out.durationSeconds).toBeCloseTo(0.3, 6); // 0.1 s offset + 0.2 s of B
    const a = expected440(10);
    const b = decodeG711(sineUlaw(880, 0, 1600, 4000), 0);
    for (let i = 0; i < samples.length; i++) {
      const inB = i >= 800 ? b[i - 800]! : 0;
      expect(samples[i]).toBe((a[i] ?? 0) + inB);
    }
  });

  it('orders packets by sequence number across the 65535 → 0 wrap, even if captured out of order', () => {
    const frames = streamFrames({
      ...A,
      ssrc: 7,
      start: T0,
      frames: 20,
      seq0: 65530,
      ts0: 0xffffffff - 5 * 160, // and the RTP timestamp wraps too
      payload: sine440,
    });
    // Swap capture order of the packets around the wrap (seq 65535 and 0), keep their times.
    [frames[5], frames[6]] = [frames[6]!, frames[5]!];
    const out = callAudio(pcapFile(frames));
    expect(out.streams[0]!.packets).toBe(20);
    expect(out.durationSeconds).toBeCloseTo(20 * 0.02, 6);
    expect(Array.from(wavSamples(out.wav))).toEqual(Array.from(expected440(20)));
  });

  it('turns a lost packet into silence of exactly its length', () => {
    const frames = streamFrames({ ...A, ssrc: 7, start: T0, frames: 20, payload: sine440 });
    frames.splice(7, 1); // packet 7 (samples 1120..1279) never arrived
    const out = callAudio(pcapFile(frames));
    const samples = wavSamples(out.wav);
    const want = expected440(20);
    want.fill(0, 7 * 160, 8 * 160);
    expect(out.streams[0]!.packets).toBe(19);
    expect(out.durationSeconds).toBeCloseTo(20 * 0.02, 6);
    expect(Array.from(samples)).toEqual(Array.from(want));
  });

  it('starts a stream whose first packet was lost where its first packet arrived', () => {
    const a = streamFrames({ ...A, ssrc: 1, start: T0, frames: 10, payload: sine440 });
    const b = streamFrames({ ...B, ssrc: 2, start: T0, frames: 10, payload: sine440 }).slice(1);
    const out = callAudio(pcapFile([...a, ...b].sort(byTime)));
    const samples = wavSamples(out.wav);
    const one = expected440(10);
    for (let i = 0; i < 1600; i++) expect(samples[i]).toBe(one[i]! + (i >= 160 ? one[i]! : 0));
  });

  it('drops duplicate packets', () => {
    const frames = streamFrames({ ...A, ssrc: 7, start: T0, frames: 10, payload: sine440 });
    frames.splice(4, 0, { ...frames[3]!, time: frames[3]!.time + 0.001 });
    const out = callAudio(pcapFile(frames));
    expect(out.streams[0]!.packets).toBe(10);
    expect(Array.from(wavSamples(out.wav))).toEqual(Array.from(expected440(10)));
  });

  it('skips RTCP, telephone-event and comfort noise; their time is silence', () => {
    const frames = streamFrames({ ...A, ssrc: 9, start: T0, frames: 20, payload: sine440 });
    const ip = (l4: Buffer) => ethernet(ipv4('10.0.0.1', '10.0.0.9', l4), 0x0800);
    // Frames 5..7: a DTMF digit (RFC 4733, PT 101) instead of audio, same SSRC.
    for (let f = 5; f < 8; f++) {
      const ev = Buffer.from([5, 10, 0, 0]); // event 5, volume 10, duration below
      ev.writeUInt16BE((f - 4) * 160, 2);
      frames[f]!.frame = ip(
        udp(
          4000,
          31000,
          rtp({ pt: 101, seq: 1000 + f, ts: 50_000 + 5 * 160, ssrc: 9, payload: ev }),
        ),
      );
    }
    // Frame 12: comfort noise (PT 13, one noise-level byte).
    frames[12]!.frame = ip(
      udp(
        4000,
        31000,
        rtp({ pt: 13, seq: 1012, ts: 50_000 + 12 * 160, ssrc: 9, payload: Buffer.from([40]) }),
      ),
    );
    // RTCP, both rtcp-mux'd (same port) and on the odd port.
    const sr = Buffer.alloc(28);
    sr[0] = 0x80;
    sr[1] = 200;
    sr.writeUInt32BE(9, 4);
    frames.push({ f: -1, time: T0 + 0.1, frame: ip(udp(4000, 31000, sr)) });
    frames.push({ f: -1, time: T0 + 0.2, frame: ip(udp(4001, 31001, sr)) });

    const out = callAudio(pcapFile(frames.sort(byTime)));
    expect(out.streams).toHaveLength(1);
    expect(out.streams[0]).toMatchObject({ ssrc: 9, payloadType: 0, packets: 20 });
    const want = expected440(20);
    want.fill(0, 5 * 160, 8 * 160);
    want.fill(0, 12 * 160, 13 * 160);
    expect(Array.from(wavSamples(out.wav))).toEqual(Array.from(want));
  });

  it('decodes PCMA streams', () => {
    const alaw = Buffer.alloc(160, 0xaa); // +32256
    const out = callAudio(
      pcapFile(streamFrames({ ...A, ssrc: 3, start: T0, frames: 5, pt: 8, payload: () => alaw })),
    );
    expect(out.streams[0]).toMatchObject({ payloadType: 8, packets: 5 });
    expect(Array.from(new Set(wavSamples(out.wav)))).toEqual([32256]);
  });

  it('clips the sum instead of wrapping around', () => {
    const loud = () => Buffer.alloc(160, 0x80); // µ-law +32124
    const quiet = () => Buffer.alloc(160, 0x00); // µ-law -32124
    const frames = [
      ...streamFrames({ ...A, ssrc: 1, start: T0, frames: 2, payload: loud }),
      ...streamFrames({ ...B, ssrc: 2, start: T0, frames: 2, payload: loud }),
      ...streamFrames({
        src: ['10.0.0.3', 6000],
        dst: ['10.0.0.9', 31004],
        ssrc: 3,
        start: T0 + 0.04,
        frames: 2,
        payload: quiet,
      }),
      ...streamFrames({
        src: ['10.0.0.4', 6000],
        dst: ['10.0.0.9', 31006],
        ssrc: 4,
        start: T0 + 0.04,
        frames: 2,
        payload: quiet,
      }),
    ].sort(byTime);
    const samples = wavSamples(callAudio(pcapFile(frames)).wav);
    expect(samples[0]).toBe(32767);
    expect(samples[319]).toBe(32767);
    expect(samples[320]).toBe(-32768);
    expect(samples[639]).toBe(-32768);
  });

  it('lists an Opus stream without decoding it, and keeps it out of the mix', () => {
    const opus = (f: number) => Buffer.alloc(60 + (f % 7), 0x5a); // varying sizes, like Opus
    const frames = [
      ...streamFrames({ ...A, ssrc: 1, start: T0, frames: 10, payload: sine440 }),
      ...streamFrames({ ...B, ssrc: 2, start: T0, frames: 10, pt: 111, payload: opus }),
    ].sort(byTime);
    const out = callAudio(pcapFile(frames));
    expect(out.streams[1]).toMatchObject({ ssrc: 2, payloadType: 111, packets: 10 });
    expect(out.streams[1]!.rms).toBeNaN();
    expect(out.streams[1]!.note).toMatch(/payload type 111 not decoded/);
    expect(Array.from(wavSamples(out.wav))).toEqual(Array.from(expected440(10)));
  });

  it('mixes a relayed copy of a stream (capture taken on the relay) only once', () => {
    const leg1 = streamFrames({ ...A, ssrc: 5, start: T0, frames: 10, payload: sine440 });
    const leg2 = streamFrames({
      src: ['10.0.0.9', 31002],
      dst: ['10.0.0.2', 5000],
      ssrc: 5,
      start: T0 + 0.0003,
      frames: 10,
      payload: sine440,
    });
    const out = callAudio(pcapFile([...leg1, ...leg2].sort(byTime)));
    expect(out.streams).toHaveLength(2);
    expect(out.streams[1]!.note).toMatch(/copy of 10\.0\.0\.1:4000/);
    expect(Array.from(wavSamples(out.wav))).toEqual(Array.from(expected440(10)));
  });

  it('re-anchors on capture time when a sender restarts its RTP clock', () => {
    const frames = streamFrames({ ...A, ssrc: 7, start: T0, frames: 20, payload: sine440 });
    // From frame 10 on, the timestamps jump by an hour: placed by capture time instead.
    for (const fr of frames.slice(10)) {
      const at = 14 + 20 + 8 + 4;
      fr.frame.writeUInt32BE((fr.frame.readUInt32BE(at) + 3600 * 8000) >>> 0, at);
    }
    const out = callAudio(pcapFile(frames));
    expect(out.durationSeconds).toBeCloseTo(0.4, 6);
    expect(Array.from(wavSamples(out.wav))).toEqual(Array.from(expected440(20)));
  });

  it('returns an empty, silent track for a pcap without RTP', () => {
    const out = callAudio(pcapFile([], { linkType: LINKTYPE.RAW }));
    expect(out).toMatchObject({ durationSeconds: 0, rms: 0, streams: [] });
    expect(out.wav.length).toBe(44);
  });
});

// --- a real recording ---------------------------------------------------------------------

describe('a real rtpengine 10.5 recording (test/tools/make-rtpengine-pcap.mjs)', () => {
  // Kept in sync with the tool: 3 s of 440 Hz from A, 3 s of 880 Hz from B starting
  // 200 ms later, with a DTMF digit (PT 101) replacing 100 ms of B's audio at 1.5 s.
  const PLAYED_SECONDS = 3;
  const B_START = 0.2;
  const pcap = readFileSync(join(__dirname, '../../test/fixtures/rtpengine-call.pcap'));

  it('is a little-endian µs pcap of raw IP (link type 101), one record per packet', () => {
    expect(pcap.readUInt32LE(0)).toBe(0xa1b2c3d4);
    expect(pcap.readUInt32LE(20)).toBe(LINKTYPE.RAW);
    expect(parsePcap(pcap)).toHaveLength(300);
  });

  it('gives two PCMU streams, the call duration and audible audio', () => {
    const out = callAudio(pcap);
    expect(out.streams).toHaveLength(2);
    for (const s of out.streams) {
      expect(s).toMatchObject({ payloadType: 0, packets: 150 });
      expect(s.rms).toBeGreaterThan(0.1);
      expect(s.note).toBeUndefined();
    }
    expect(Math.abs(out.durationSeconds - (PLAYED_SECONDS + B_START))).toBeLessThan(0.5);
    expect(out.rms).toBeGreaterThan(0.1);

    // Only A (440 Hz) plays at the start, only B (880 Hz) at the end.
    const samples = wavSamples(out.wav);
    const head = [0, 0.15 * 8000] as const;
    const tail = [samples.length - 0.15 * 8000, samples.length] as const;
    expect(tonePowerAt8k(samples, 440, ...head)).toBeGreaterThan(
      100 * tonePowerAt8k(samples, 880, ...head),
    );
    expect(tonePowerAt8k(samples, 880, ...tail)).toBeGreaterThan(
      100 * tonePowerAt8k(samples, 440, ...tail),
    );
  });
});

describe('resample', () => {
  const sine = (hertz: number, rate: number, seconds: number) =>
    Int16Array.from({ length: rate * seconds }, (_, n) =>
      Math.round(10000 * Math.sin((2 * Math.PI * hertz * n) / rate)),
    );
  const rms = (s: Int16Array) => Math.sqrt(s.reduce((a, x) => a + x * x, 0) / s.length);

  it('keeps samples at the same rate', () => {
    const same = Int16Array.from([1, 2, 3]);
    expect(resample(same, 8000)).toBe(same);
  });

  it('brings 48 kHz down to 8 kHz, keeping speech-band tones and their level', () => {
    const out = resample(sine(440, 48000, 1), 48000);
    expect(out.length).toBe(8000);
    expect(rms(out)).toBeGreaterThan(0.95 * rms(sine(440, 8000, 1)));
  });

  it('takes out what the line cannot carry instead of folding it back', () => {
    // 16 kHz picked every sixth sample at 48 kHz folds to a steady level; six averaged cancel.
    const high = Int16Array.from({ length: 48000 }, (_, n) =>
      Math.round(10000 * Math.cos((2 * Math.PI * 16000 * n) / 48000)),
    );
    expect(rms(high.filter((_, n) => n % 6 === 0))).toBeGreaterThan(9000);
    expect(rms(resample(high, 48000))).toBeLessThan(10);
  });

  it('interpolates a lower rate up', () => {
    expect(Array.from(resample(Int16Array.from([0, 100, 200]), 4000))).toEqual([
      0, 50, 100, 150, 200, 200,
    ]);
  });
});
