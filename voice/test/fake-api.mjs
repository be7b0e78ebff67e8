// A stand-in for the Dengon API's telephony endpoints, for voice tests.
//   node voice/test/fake-api.mjs --port 3999 --key SECRET \
//     --script 'wait:1,wait:1,ring:op-test:15:true' [--then reject]
// Route answers follow --script in order (one per GET), then --then
// (default: reject 480). Every request is printed as one JSON line and kept
// for GET /_log. POST /_script replaces the script and clears the log.
import http from 'node:http';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(opt('--port', 3999));
const key = opt('--key', process.env.VOICE_EDGE_SECRET);

function parseScript(text) {
  return text
    .split(',')
    .filter(Boolean)
    .map((step) => {
      const [action, a, b, c] = step.split(':');
      if (action === 'ring')
        return { action, user: a, seconds: Number(b ?? 15), record: c === 'true' };
      if (action === 'wait') return { action, seconds: Number(a ?? 1) };
      return { action: 'reject', code: Number(a ?? 486), reason: b ?? 'Busy Here' };
    });
}
let script = parseScript(opt('--script', 'ring:op-test:15:false'));
let then = parseScript(opt('--then', 'reject:480:Temporarily Unavailable'))[0];
let seen = [];

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/_log') return res.end(JSON.stringify(seen, null, 1));
    if (url.pathname === '/_script') {
      const s = JSON.parse(body);
      script = parseScript(s.script);
      if (s.then) then = parseScript(s.then)[0];
      seen = [];
      return res.end('{}');
    }
    const entry = {
      at: new Date().toISOString(),
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      keyOk: req.headers['x-dengon-voice-key'] === key,
      contentType: req.headers['content-type'],
      body: body ? safeJson(body) : undefined,
    };
    let answer = {};
    if (!entry.keyOk) {
      res.statusCode = 401;
      answer = { error: 'bad key' };
    } else if (url.pathname === '/telephony/sip/route') {
      answer = script.length ? script.shift() : then;
    } else if (url.pathname === '/telephony/sip/status') {
      answer = { ok: true };
    } else {
      res.statusCode = 404;
    }
    entry.answer = answer;
    seen.push(entry);
    console.log(JSON.stringify(entry));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(answer));
  });
});
function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
server.listen(port, '127.0.0.1', () => console.error(`fake API on http://127.0.0.1:${port}`));
