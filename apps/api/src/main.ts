import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config/config';
import { surviveConnectionLoss } from './database/connection-loss';
import { openDatabase } from './database/database';
import { createDataSource } from './data-source';
import { migrate } from './database/migrate';
import { seedDemoActivity } from './demo/demo-activity';
import { seedDemoBilling } from './demo/demo-billing';
import { demoLogins, seedDemo } from './demo/demo-seed';

async function main(): Promise<void> {
  surviveConnectionLoss((message) => console.warn(message));
  const config = loadConfig();
  const database = await openDatabase(config);

  const dataSource = await createDataSource(database.url).initialize();
  const applied = await migrate(dataSource);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const seeded = config.seedDemo && (await seedDemo(dataSource, config.DEMO_PASSWORD));
  await dataSource.destroy();

  const app = await createApp({ config, databaseUrl: database.url });
  // The demo's billing history is made through the services, before anyone can sign in.
  await app.init();
  if (seeded) {
    if (config.SEED_DEMO_ACTIVITY) await seedDemoActivity(app);
    await seedDemoBilling(app);
  }
  await app.listen(config.PORT);
  const base = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;

  console.log(
    [
      '',
      `Dengon is running${database.embedded ? ` (embedded PostgreSQL, data in ${config.dataDir}/postgres)` : ''}`,
      `  オペレーターコンソール  ${base}/console/`,
      `  お客様ポータル          ${base}/portal/`,
      `  GraphQL                 ${base}/graphql`,
      `  Health                  ${base}/healthz`,
      ...(config.seedDemo
        ? [
            '',
            `Demo logins${seeded ? ' (demo data created now)' : ''}, password "${config.DEMO_PASSWORD}":`,
            ...demoLogins().map(
              (l) => `  ${l.email.padEnd(28)} ${l.role.padEnd(14)} ${base}${l.app}`,
            ),
          ]
        : []),
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  // Started by `npm start` (tools/start.mjs): asked to stop over IPC, and stopped if it is gone.
  process.on('message', (message: { type?: string } | null) => {
    if (message?.type === 'stop') void stop();
  });
  process.once('disconnect', () => void stop());
}

main().catch((error: unknown) => {
  // Every failed start says why: the message of a configuration error, the stack of others.
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof Error)
    console.error(`Dengon did not start: ${error.stack ?? error.message}`);
  else console.error(`Dengon did not start: ${String(error)} (rejected without an error)`);
  process.exit(1);
});
