// Minimal SIP-over-WebSocket probe (Node 20 has no WebSocket client):
// upgrade on ws://127.0.0.1:8088 with subprotocol "sip", send a REGISTER
// without credentials and print the first SIP reply (expect 401 + challenge).
//   node voice/test/ws-probe.mjs [port]
import crypto from 'node:crypto';
import net from 'node:net';

const port = Number(process.argv[2] ?? 8088);
const sock = net.connect({ host: '127.0.0.1', port });
let buf = Buffer.alloc(0);
let upgraded = false;
sock.on('connect', () => {
  sock.write(
    `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
      `Sec-WebSocket-Protocol: sip\r\nOrigin: http://127.0.0.1\r\n\r\n`,
  );
});
function frame(text) {
  const payload = Buffer.from(text);
  const mask = crypto.randomBytes(4);
  const head =
    payload.length < 126
      ? Buffer.from([0x81, 0x80 | payload.length])
      : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 255]);
  return Buffer.concat([head, mask, Buffer.from(payload.map((b, i) => b ^ mask[i % 4]))]);
}
sock.on('data', (d) => {
  buf = Buffer.concat([buf, d]);
  if (!upgraded) {
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) return;
    console.log(buf.subarray(0, end).toString().split('\r\n')[0]);
    buf = buf.subarray(end + 4);
    upgraded = true;
    const tag = crypto.randomBytes(4).toString('hex');
    sock.write(
      frame(
        `REGISTER sip:dengon.local SIP/2.0\r\nVia: SIP/2.0/WS abc.invalid;branch=z9hG4bK${tag}\r\nMax-Forwards: 70\r\n` +
          `From: <sip:op-ws@dengon.local>;tag=${tag}\r\nTo: <sip:op-ws@dengon.local>\r\nCall-ID: ws-${tag}\r\nCSeq: 1 REGISTER\r\n` +
          `Contact: <sip:x@abc.invalid;transport=ws>;expires=60\r\nContent-Length: 0\r\n\r\n`,
      ),
    );
    return;
  }
  if (buf.length > 2) {
    let len = buf[1] & 127;
    let off = 2;
    if (len === 126) {
      len = buf.readUInt16BE(2);
      off = 4;
    }
    if (buf.length < off + len) return;
    const text = buf.subarray(off, off + len).toString();
    console.log(
      text
        .split('\r\n')
        .filter((l) => /^SIP\/2.0|^WWW-Authenticate/i.test(l))
        .join('\n'),
    );
    sock.destroy();
    process.exit(0);
  }
});
setTimeout(() => {
  console.log('timeout');
  process.exit(1);
}, 3000);
