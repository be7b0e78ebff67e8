// `npm start`: build what changed (Nx caches the rest), start the voice edge
// (Kamailio + rtpengine) when its Debian packages are installed, then run the
// API, which serves both front ends, on an embedded PostgreSQL unless
// DATABASE_URL is set.
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { startVoice, VOICE_PACKAGES, voiceInstalled } from './voice.mjs';

execFileSync(
  'npx',
  [
    'nx',
    'run-many',
    '-t',
    'build',
    '-p',
    'api',
    'operator-console',
    'client-portal',
    '--output-style=static',
  ],
  {
    stdio: 'inherit',
  },
);

// The API's own configuration: the same validation, and the same secrets kept under DATA_DIR.
const { loadConfig, ConfigError } = createRequire(import.meta.url)(
  '../dist/api/apps/api/src/config/config.js',
);
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

const env = { ...process.env };
// Mail for the clients' intake addresses (*@in.dengon.example): point a mail server or `swaks` here.
env.INBOUND_SMTP_PORT ??= '2525';
let voice = null;
if (voiceInstalled()) {
  try {
    voice = await startVoice({
      dataDir: config.dataDir,
      apiUrl: `http://127.0.0.1:${config.PORT}`,
      env: {
        ...process.env,
        VOICE_AUTH_SECRET: config.voiceAuthSecret,
        VOICE_EDGE_SECRET: config.voiceEdgeSecret,
        VOICE_DOMAIN: config.VOICE_DOMAIN,
      },
    });
    // A page served over HTTPS may only open wss://; on http://localhost ws:// is enough.
    const secure = config.PUBLIC_URL?.startsWith('https:') && voice.wssUrl;
    env.VOICE_WS_URL ??= secure ? voice.wssUrl : voice.wsUrl;
    // The API runs the media server where the edge sends announcements and voicemail.
    env.VOICE_MEDIA_PORT ??= String(voice.mediaPort);
    env.VOICE_MEDIA_ADDRESS ??= voice.mediaAddress;
    env.VOICE_PROMPTS_DIR ??= voice.promptsDir;
    console.log(`voice: SIP ${voice.sipUri}, softphones ${env.VOICE_WS_URL}`);
  } catch (error) {
    // Dengon still answers simulated calls; the reason says what to fix for real ones.
    console.error(
      `voice: simulated, the voice edge did not start: ${error instanceof Error ? error.message : error}`,
    );
  }
} else {
  console.log(
    `voice: simulated (calls come from \`npm run simulate\`); for real audio: apt-get install --no-install-recommends ${VOICE_PACKAGES.join(' ')}`,
  );
}

// In its own process group and told to stop over IPC, not by a signal: a signal would also
// reach the embedded PostgreSQL's exit hook, which stops the database under the API's open
// connections. Asked this way, the API closes them first. Without this script (its parent
// gone), the API stops as well.
const api = spawn(process.execPath, ['--enable-source-maps', 'dist/api/apps/api/src/main.js'], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env,
  detached: true,
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => (api.connected ? api.send({ type: 'stop' }) : api.kill(signal)));
api.on('exit', async (code, signal) => {
  await voice?.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
