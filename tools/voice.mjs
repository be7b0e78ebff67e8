// The self-hosted voice edge: Kamailio (SIP, WebSocket, registrar,
// auth_ephemeral) + rtpengine (media, recording), both from Debian packages,
// rendered from voice/*.{cfg,conf} and run as foreground child processes.
// Kamailio holds no routing policy: it asks the Dengon API (see
// docs/decisions/0007-voice-stack.md).
//
//   node tools/voice.mjs --data-dir var/dev --api-url http://127.0.0.1:3000
//
// needs VOICE_AUTH_SECRET and VOICE_EDGE_SECRET in the environment.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const templatesDir = path.resolve(here, '..', 'voice');

const MODULE_DIRS = [
  '/usr/lib/x86_64-linux-gnu/kamailio/modules',
  '/usr/lib/aarch64-linux-gnu/kamailio/modules',
  '/usr/lib64/kamailio/modules',
  '/usr/lib/kamailio/modules',
  '/usr/local/lib64/kamailio/modules',
  '/usr/local/lib/kamailio/modules',
];
const NEEDED_MODULES = [
  'auth_ephemeral.so',
  'websocket.so',
  'xhttp.so',
  'rtpengine.so',
  'http_client.so',
];

function findBinary(name, preferred) {
  if (preferred && isExecutable(preferred)) return preferred;
  for (const dir of (process.env.PATH ?? '')
    .split(':')
    .concat(['/usr/sbin', '/usr/bin', '/sbin', '/bin'])) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function findModulesDir() {
  return (
    MODULE_DIRS.find((dir) => NEEDED_MODULES.every((m) => fs.existsSync(path.join(dir, m)))) ?? null
  );
}

/** The Debian packages of the voice edge (and sox, which tests and tools use for audio). */
export const VOICE_PACKAGES = [
  'kamailio',
  'kamailio-websocket-modules',
  'kamailio-json-modules',
  'kamailio-utils-modules',
  'kamailio-extra-modules',
  'kamailio-autheph-modules',
  'kamailio-tls-modules',
  'rtpengine-daemon',
  'espeak-ng',
  'sox',
];

/** Both daemons and the Kamailio modules the edge needs are installed. */
export function voiceInstalled() {
  return Boolean(
    findBinary('kamailio', '/usr/sbin/kamailio') &&
    findBinary('rtpengine', '/usr/bin/rtpengine') &&
    findModulesDir(),
  );
}

/**
 * Ephemeral SIP credentials as auth_ephemeral checks them by default:
 * username "<unix expiry>:<user>", password base64(HMAC-SHA1(secret, username)).
 */
export function ephemeralCredentials(secret, user, ttlSeconds = 3600, now = Date.now()) {
  const username = `${Math.floor(now / 1000) + ttlSeconds}:${user}`;
  const password = createHmac('sha1', secret).update(username).digest('base64');
  return { username, password };
}

/** Settings from env, with the documented defaults. */
export function voiceSettings(env = process.env) {
  const [rtpMin, rtpMax] = (env.VOICE_RTP_PORTS || '30000-30999')
    .split('-')
    .map((p) => Number(p.trim()));
  const settings = {
    listenAddress: env.VOICE_LISTEN_ADDRESS || '127.0.0.1',
    sipPort: Number(env.VOICE_SIP_PORT || 5060),
    wsPort: Number(env.VOICE_WS_PORT || 8088),
    wssPort: Number(env.VOICE_WSS_PORT || 8089),
    tlsCert: env.VOICE_TLS_CERT || null,
    tlsKey: env.VOICE_TLS_KEY || null,
    domain: env.VOICE_DOMAIN || 'dengon.local',
    rtpMin,
    rtpMax,
    ngPort: Number(env.VOICE_NG_PORT || 22223),
    // Dengon's media server (in the API): announcements and voicemail.
    mediaAddress: env.VOICE_MEDIA_ADDRESS || '127.0.0.1',
    mediaPort: Number(env.VOICE_MEDIA_PORT || 5070),
    authSecret: env.VOICE_AUTH_SECRET,
    edgeSecret: env.VOICE_EDGE_SECRET,
    trunkAddresses: (env.VOICE_TRUNK_ADDRESSES ?? '127.0.0.1')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
  };
  if (!net.isIP(settings.listenAddress))
    throw new Error(`VOICE_LISTEN_ADDRESS must be an IP address`);
  if (settings.listenAddress === '0.0.0.0' || settings.listenAddress === '::')
    throw new Error('VOICE_LISTEN_ADDRESS must be a concrete address, not a wildcard');
  for (const [name, port] of [
    ['VOICE_SIP_PORT', settings.sipPort],
    ['VOICE_WS_PORT', settings.wsPort],
    ['VOICE_WSS_PORT', settings.wssPort],
    ['VOICE_NG_PORT', settings.ngPort],
    ['VOICE_MEDIA_PORT', settings.mediaPort],
  ])
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new Error(`${name} must be a port number`);
  if (!(
    Number.isInteger(rtpMin) &&
    Number.isInteger(rtpMax) &&
    rtpMin >= 1024 &&
    rtpMax > rtpMin &&
    rtpMax <= 65535
  ))
    throw new Error('VOICE_RTP_PORTS must look like 30000-30999');
  if (!/^[A-Za-z0-9.-]+$/.test(settings.domain))
    throw new Error('VOICE_DOMAIN must be a plain domain name');
  // Secrets end up inside quoted Kamailio strings, where '"', '\' and '$'
  // (pseudo-variables) would change their meaning.
  for (const [name, value] of [
    ['VOICE_AUTH_SECRET', settings.authSecret],
    ['VOICE_EDGE_SECRET', settings.edgeSecret],
  ]) {
    if (!value) throw new Error(`${name} is required`);
    if (!/^[A-Za-z0-9._~+/=:@%^*!-]{8,256}$/.test(value))
      throw new Error(`${name} must be 8-256 characters of [A-Za-z0-9._~+/=:@%^*!-]`);
  }
  if (Boolean(settings.tlsCert) !== Boolean(settings.tlsKey))
    throw new Error('VOICE_TLS_CERT and VOICE_TLS_KEY go together: set both or neither');
  for (const [name, file] of [
    ['VOICE_TLS_CERT', settings.tlsCert],
    ['VOICE_TLS_KEY', settings.tlsKey],
  ])
    if (file && !fs.existsSync(file)) throw new Error(`${name}: ${file} does not exist`);
  if (!net.isIPv4(settings.mediaAddress))
    throw new Error('VOICE_MEDIA_ADDRESS must be an IPv4 address');
  for (const address of settings.trunkAddresses)
    if (!net.isIP(address))
      throw new Error(`VOICE_TRUNK_ADDRESSES: ${address} is not an IP address`);
  return settings;
}

/** Replace every {{NAME}}; an unknown placeholder is an error, not a blank. */
export function render(template, values) {
  return template.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`no value for {{${name}}}`);
    return String(values[name]);
  });
}

function trunkCondition(addresses) {
  if (addresses.length === 0) return '0';
  return addresses.map((a) => `$si == "${a}"`).join(' || ');
}

function userIds(name) {
  try {
    return {
      uid: Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim()),
      gid: Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim()),
    };
  } catch {
    return null;
  }
}

function logTail(file, lines = 25) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Kill a daemon left by an earlier run of this dataDir (parent was kill -9'd). */
async function killStale(pidFile, binaryName, marker, log) {
  let pid;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  } catch {
    return;
  }
  fs.rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 1 || !alive(pid)) return;
  let cmdline = '';
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return;
  }
  // Only our own daemon: same binary, same config file.
  if (!cmdline.includes(binaryName) || !cmdline.includes(marker)) return;
  log(`voice: stopping stale ${binaryName} (pid ${pid}) from an earlier run`);
  await terminate(pid);
}

/** SIGTERM the daemon's process group, SIGKILL after 3 s. */
async function terminate(pid, graceMs = 3000) {
  const signalGroup = (signal) => {
    try {
      process.kill(-pid, signal);
    } catch {
      try {
        process.kill(pid, signal);
      } catch {
        /* gone */
      }
    }
  };
  if (!alive(pid)) return;
  signalGroup('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return;
    await sleep(50);
  }
  signalGroup('SIGKILL');
  for (let i = 0; i < 40 && alive(pid); i++) await sleep(50);
}

function udpRequest(host, port, payload, match, timeoutMs = 400) {
  return new Promise((resolve) => {
    const socket = dgram.createSocket(net.isIPv6(host) ? 'udp6' : 'udp4');
    const timer = setTimeout(() => done(false), timeoutMs);
    function done(ok) {
      clearTimeout(timer);
      socket.close();
      resolve(ok);
    }
    socket.on('error', () => done(false));
    socket.on('message', (msg) => {
      if (match(msg.toString('latin1'))) done(true);
    });
    socket.bind(0, host, () => socket.send(payload, port, host));
  });
}

function sipOptions(host, port) {
  const callId = `probe-${process.pid}-${Date.now()}`;
  return new Promise((resolve) => {
    const socket = dgram.createSocket(net.isIPv6(host) ? 'udp6' : 'udp4');
    const timer = setTimeout(() => done(false), 400);
    function done(ok) {
      clearTimeout(timer);
      socket.close();
      resolve(ok);
    }
    socket.on('error', () => done(false));
    socket.on('message', (msg) => {
      const text = msg.toString('latin1');
      if (text.startsWith('SIP/2.0 200') && text.includes(callId)) done(true);
    });
    socket.bind(0, host, () => {
      const { port: localPort } = socket.address();
      const request =
        `OPTIONS sip:${host}:${port} SIP/2.0\r\n` +
        `Via: SIP/2.0/UDP ${host}:${localPort};branch=z9hG4bK${Date.now()}${Math.floor(Math.random() * 1e6)};rport\r\n` +
        `Max-Forwards: 70\r\nFrom: <sip:probe@${host}>;tag=${process.pid}\r\nTo: <sip:${host}>\r\n` +
        `Call-ID: ${callId}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n`;
      socket.send(request, port, host);
    });
  });
}

function tcpOpen(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(400);
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * Start rtpengine then Kamailio for this dataDir. Resolves once both answer
 * (rtpengine ng ping, SIP OPTIONS over UDP, WebSocket port accepting).
 */
export async function startVoice({ dataDir, apiUrl, env = process.env, log = console.log }) {
  if (!dataDir) throw new Error('startVoice: dataDir is required');
  if (!apiUrl || !/^https?:\/\/[^\s"$\\]+$/.test(apiUrl))
    throw new Error('startVoice: apiUrl must be an http(s) URL');
  const kamailioBin = findBinary('kamailio', '/usr/sbin/kamailio');
  const rtpengineBin = findBinary('rtpengine', '/usr/bin/rtpengine');
  const modulesDir = findModulesDir();
  if (!kamailioBin || !rtpengineBin || !modulesDir)
    throw new Error(
      `voice: kamailio/rtpengine not installed (apt-get install ${VOICE_PACKAGES.join(' ')})`,
    );
  const settings = voiceSettings(env);

  const voiceDir = path.resolve(dataDir, 'voice');
  const recordingsDir = path.join(voiceDir, 'recordings');
  const promptsDir = path.join(voiceDir, 'prompts');
  // Kamailio reads this path inside a quoted string.
  if (!/^[A-Za-z0-9._/-]+$/.test(promptsDir))
    throw new Error(
      `voice: the data directory ${voiceDir} must be a plain path (A-Z a-z 0-9 . _ / -)`,
    );
  const spoken = renderPrompts(promptsDir);
  log(
    spoken
      ? `voice: prompts spoken by espeak-ng in ${promptsDir}`
      : `voice: no espeak-ng/sox, so announcements are chimes (apt-get install espeak-ng sox)`,
  );
  const runDir = path.join(voiceDir, 'run');
  fs.mkdirSync(recordingsDir, { recursive: true });
  fs.mkdirSync(runDir, { recursive: true });

  const asRoot = process.getuid?.() === 0;
  const kamailioUser = asRoot ? userIds('kamailio') : null;
  const rtpengineUser = asRoot ? userIds('rtpengine') : null;
  if (asRoot && (!kamailioUser || !rtpengineUser))
    throw new Error('voice: running as root but the kamailio/rtpengine users do not exist');

  const kamailioCfg = path.join(voiceDir, 'kamailio.cfg');
  const rtpengineConf = path.join(voiceDir, 'rtpengine.conf');
  const kamailioLog = path.join(voiceDir, 'kamailio.log');
  const rtpengineLog = path.join(voiceDir, 'rtpengine.log');
  const kamailioPid = path.join(voiceDir, 'kamailio.pid');
  const rtpenginePid = path.join(voiceDir, 'rtpengine.pid');

  await killStale(rtpenginePid, 'rtpengine', rtpengineConf, log);
  await killStale(kamailioPid, 'kamailio', kamailioCfg, log);

  const tls = prepareTls({ settings, voiceDir, modulesDir, owner: kamailioUser, log });

  const values = {
    LISTEN_ADDRESS: settings.listenAddress,
    SIP_PORT: settings.sipPort,
    WS_PORT: settings.wsPort,
    WSS_PORT: settings.wssPort,
    TLS_CONFIG: tls?.config ?? '',
    DOMAIN: settings.domain,
    NG_PORT: settings.ngPort,
    MEDIA_ADDRESS: settings.mediaAddress,
    MEDIA_PORT: settings.mediaPort,
    PROMPTS_DIR: promptsDir,
    // Whole seconds the called party of a recorded callback hears the consent for (0: none to play).
    CONSENT_SECONDS: Math.ceil(wavSeconds(path.join(promptsDir, 'consent.wav'))),
    RTP_PORT_MIN: settings.rtpMin,
    RTP_PORT_MAX: settings.rtpMax,
    AUTH_SECRET: settings.authSecret,
    EDGE_SECRET: settings.edgeSecret,
    API_URL: apiUrl.replace(/\/+$/, ''),
    TRUNK_CONDITION: trunkCondition(settings.trunkAddresses),
    MODULES_DIR: modulesDir,
    RECORDINGS_DIR: recordingsDir,
  };
  // Kamailio reads its config as root before dropping privileges: keep the
  // secrets private. rtpengine reads its own after dropping them.
  fs.writeFileSync(
    kamailioCfg,
    render(fs.readFileSync(path.join(templatesDir, 'kamailio.cfg'), 'utf8'), values),
    {
      mode: 0o600,
    },
  );
  fs.chmodSync(kamailioCfg, 0o600);
  fs.writeFileSync(
    rtpengineConf,
    render(fs.readFileSync(path.join(templatesDir, 'rtpengine.conf'), 'utf8'), values),
    {
      mode: 0o640,
    },
  );
  if (asRoot) {
    fs.chownSync(rtpengineConf, 0, rtpengineUser.gid);
    fs.chmodSync(rtpengineConf, 0o640);
    // pcaps are written by rtpengine; readable by the API (same host).
    fs.chownSync(recordingsDir, rtpengineUser.uid, rtpengineUser.gid);
    fs.chmodSync(recordingsDir, 0o755);
    fs.chownSync(runDir, kamailioUser.uid, kamailioUser.gid);
    // The unprivileged users must be able to reach these files.
    try {
      execFileSync('setpriv', [
        `--reuid=${rtpengineUser.uid}`,
        `--regid=${rtpengineUser.gid}`,
        '--clear-groups',
        '--',
        'test',
        '-r',
        rtpengineConf,
        '-a',
        '-w',
        recordingsDir,
      ]);
    } catch {
      throw new Error(
        `voice: user rtpengine cannot read ${rtpengineConf} or write ${recordingsDir}; ` +
          `a parent directory of ${voiceDir} is not traversable (chmod o+x it or use another dataDir)`,
      );
    }
  }

  const children = [];
  const onExit = () => {
    // Synchronous: last chance when Node exits normally.
    for (const child of children)
      for (const target of [-child.pid, child.pid])
        try {
          process.kill(target, 'SIGTERM');
        } catch {
          /* gone */
        }
  };
  process.on('exit', onExit);

  function launch(name, command, args, logFile, pidFile) {
    const out = fs.openSync(logFile, 'a');
    fs.writeSync(out, `\n--- ${new Date().toISOString()} starting ${command} ${args.join(' ')}\n`);
    // Own process group, so stop() also reaches Kamailio's worker processes.
    const child = spawn(command, args, { stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    child.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        child.exitInfo = { code, signal };
        resolve(child.exitInfo);
      }),
    );
    child.on('error', (error) => {
      child.exitInfo = { code: -1, signal: null, error };
    });
    child.voiceName = name;
    child.logFile = logFile;
    children.push(child);
    if (child.pid) fs.writeFileSync(pidFile, `${child.pid}\n`);
    return child;
  }

  async function waitUntil(child, probe, what, timeoutMs = 20000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitInfo)
        throw new Error(
          `voice: ${child.voiceName} exited early (${JSON.stringify({ code: child.exitInfo.code, signal: child.exitInfo.signal })}` +
            `${child.exitInfo.error ? ` ${child.exitInfo.error.message}` : ''}). Last lines of ${child.logFile}:\n${logTail(child.logFile)}`,
        );
      if (await probe()) return;
      await sleep(150);
    }
    throw new Error(
      `voice: ${child.voiceName} did not ${what} within ${timeoutMs / 1000} s. Last lines of ${child.logFile}:\n${logTail(child.logFile)}`,
    );
  }

  async function stop() {
    process.removeListener('exit', onExit);
    for (const child of [...children].reverse()) {
      if (!child.exitInfo && child.pid) await terminate(child.pid);
    }
    fs.rmSync(kamailioPid, { force: true });
    fs.rmSync(rtpenginePid, { force: true });
  }

  try {
    // rtpengine first: Kamailio's rtpengine module probes it at startup.
    const rtpArgs = [
      `--config-file=${rtpengineConf}`,
      '--config-section=rtpengine',
      '--foreground',
    ];
    const rtpengine = asRoot
      ? launch(
          'rtpengine',
          'setpriv',
          [
            `--reuid=${rtpengineUser.uid}`,
            `--regid=${rtpengineUser.gid}`,
            '--init-groups',
            '--',
            rtpengineBin,
            ...rtpArgs,
          ],
          rtpengineLog,
          rtpenginePid,
        )
      : launch('rtpengine', rtpengineBin, rtpArgs, rtpengineLog, rtpenginePid);
    const cookie = `ping${process.pid}`;
    await waitUntil(
      rtpengine,
      () =>
        udpRequest(
          settings.listenAddress,
          settings.ngPort,
          `${cookie} d7:command4:pinge`,
          (text) => text.startsWith(`${cookie} `) && text.includes('pong'),
        ),
      'answer an ng ping',
    );

    const kamArgs = ['-f', kamailioCfg, '-DD', '-E', '-Y', runDir, '-m', '128', '-M', '16'];
    if (tls) kamArgs.push('-A', 'WITH_TLS');
    if (asRoot) kamArgs.push('-u', 'kamailio', '-g', 'kamailio');
    const kamailio = launch('kamailio', kamailioBin, kamArgs, kamailioLog, kamailioPid);
    await waitUntil(
      kamailio,
      () => sipOptions(settings.listenAddress, settings.sipPort),
      'answer SIP OPTIONS',
    );
    await waitUntil(
      kamailio,
      () => tcpOpen(settings.listenAddress, settings.wsPort),
      'accept WebSocket connections',
    );
    if (tls)
      await waitUntil(
        kamailio,
        () => tcpOpen(settings.listenAddress, settings.wssPort),
        'accept secure WebSocket connections',
      );
  } catch (error) {
    await stop();
    throw error;
  }

  const host = net.isIPv6(settings.listenAddress)
    ? `[${settings.listenAddress}]`
    : settings.listenAddress;
  const wssUrl = tls ? `wss://${host}:${settings.wssPort}` : null;
  log(
    `voice: kamailio sip:${host}:${settings.sipPort} ws://${host}:${settings.wsPort}${wssUrl ? ` ${wssUrl}` : ''}, rtpengine ng ${host}:${settings.ngPort}, media server sip:${settings.mediaAddress}:${settings.mediaPort}`,
  );
  return {
    mediaPort: settings.mediaPort,
    mediaAddress: settings.mediaAddress,
    promptsDir,
    sipUri: `sip:${host}:${settings.sipPort}`,
    wsUrl: `ws://${host}:${settings.wsPort}`,
    wssUrl,
    tlsCertificate: tls?.certificate ?? null,
    domain: settings.domain,
    recordingsDir,
    stop,
  };
}

/** The length of a PCM WAV file in seconds (0 when there is none). */
export function wavSeconds(file) {
  let wav;
  try {
    wav = fs.readFileSync(file);
  } catch {
    return 0;
  }
  if (wav.length < 44 || wav.toString('latin1', 0, 4) !== 'RIFF') return 0;
  const byteRate = wav.readUInt32LE(28);
  for (let at = 12; at + 8 <= wav.length; at += 8 + wav.readUInt32LE(at + 4))
    if (wav.toString('latin1', at, at + 4) === 'data')
      return byteRate ? Math.min(wav.readUInt32LE(at + 4), wav.length - at - 8) / byteRate : 0;
  return 0;
}

/**
 * The secure WebSocket's certificate and Kamailio's tls.cfg: VOICE_TLS_CERT
 * and VOICE_TLS_KEY when set (copied so Kamailio's user can read them), or a
 * self-signed one for this address made once by openssl. Null, and said,
 * when the tls module or openssl is missing: plain WebSocket still works on
 * loopback, where browsers allow it.
 */
function prepareTls({ settings, voiceDir, modulesDir, owner, log }) {
  if (!fs.existsSync(path.join(modulesDir, 'tls.so'))) {
    log('voice: no secure WebSocket (apt-get install kamailio-tls-modules)');
    return null;
  }
  const dir = path.join(voiceDir, 'tls');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const certificate = path.join(dir, 'certificate.pem');
  const key = path.join(dir, 'key.pem');
  if (settings.tlsCert) {
    fs.copyFileSync(settings.tlsCert, certificate);
    fs.copyFileSync(settings.tlsKey, key);
  } else if (!fs.existsSync(certificate) || !fs.existsSync(key)) {
    const address = settings.listenAddress;
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '825',
        '-subj',
        `/CN=${address}`,
        '-addext',
        `subjectAltName=IP:${address},DNS:localhost,DNS:${settings.domain}`,
        '-keyout',
        key,
        '-out',
        certificate,
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) {
      log(
        `voice: no secure WebSocket, openssl could not make a certificate: ${made.stderr ?? made.error}`,
      );
      return null;
    }
    log(`voice: made a self-signed certificate for wss:// in ${certificate}`);
  }
  fs.chmodSync(key, 0o600);
  const config = path.join(voiceDir, 'tls.cfg');
  fs.writeFileSync(
    config,
    render(fs.readFileSync(path.join(templatesDir, 'tls.cfg'), 'utf8'), {
      TLS_CERT: certificate,
      TLS_KEY: key,
    }),
  );
  if (owner)
    for (const file of [dir, certificate, key, config]) fs.chownSync(file, owner.uid, owner.gid);
  return { config, certificate };
}

/**
 * Renders voice/prompts.json into 8 kHz 16-bit mono WAVs for the media
 * server: the spoken ones by espeak-ng (Japanese, from their kana reading),
 * the hold melody by sox. False when either tool is missing (the media server
 * then plays chimes). A file newer than prompts.json is kept, so a recorded
 * voice put in its place stays.
 */
export function renderPrompts(dir) {
  const have = (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
  if (!have('espeak-ng') || !have('sox')) return false;
  const source = path.join(templatesDir, 'prompts.json');
  const prompts = JSON.parse(fs.readFileSync(source, 'utf8'));
  const written = fs.statSync(source).mtimeMs;
  fs.mkdirSync(dir, { recursive: true });
  const run = (tool, args) => {
    const done = spawnSync(tool, args, { encoding: 'utf8' });
    if (done.status !== 0) throw new Error(`voice: ${tool} ${args.join(' ')}: ${done.stderr}`);
  };
  const telephone = ['-r', '8000', '-c', '1', '-b', '16'];
  for (const [name, prompt] of Object.entries(prompts)) {
    if (name.startsWith('_')) continue;
    const out = path.join(dir, `${name}.wav`);
    if (fs.existsSync(out) && fs.statSync(out).mtimeMs > written) continue;
    const raw = `${out}.raw.wav`;
    if (prompt.reading) {
      run('espeak-ng', ['-v', 'ja', '-s', '150', '-w', raw, prompt.reading]);
      // Telephone band and level, with a breath of silence either side.
      run('sox', [
        raw,
        ...telephone,
        out,
        'highpass',
        '300',
        'lowpass',
        '3400',
        'norm',
        '-3',
        'pad',
        '0.3',
        '0.5',
      ]);
    } else {
      const notes = prompt.notes.map((note) =>
        note === '-'
          ? `|sox -n ${telephone.join(' ')} -p trim 0 ${prompt.seconds}`
          : `|sox -n ${telephone.join(' ')} -p synth ${prompt.seconds} pluck ${note} fade 0 ${prompt.seconds} 0.1`,
      );
      run('sox', [...notes, raw]);
      run('sox', [raw, ...telephone, out, 'norm', '-6']);
    }
    fs.rmSync(raw, { force: true });
  }
  return true;
}

// Script mode.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dataDir = option('--data-dir') ?? 'var/voice-dev';
  const apiUrl = option('--api-url') ?? 'http://127.0.0.1:3000';
  try {
    const voice = await startVoice({ dataDir, apiUrl });
    console.log(`SIP        ${voice.sipUri} (udp+tcp)`);
    console.log(`WebSocket  ${voice.wsUrl}${voice.wssUrl ? `, ${voice.wssUrl}` : ''}`);
    console.log(`Recordings ${voice.recordingsDir}`);
    console.log(`Prompts    ${voice.promptsDir}`);
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM'])
      process.on(signal, async () => {
        if (stopping) return;
        stopping = true;
        await voice.stop();
        process.exit(0);
      });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
