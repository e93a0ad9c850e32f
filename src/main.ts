// Start: config → database → migrations → (demo content) → app → listen.
import { buildApp } from './app.tsx';
import { ConfigError, loadConfig } from './config.ts';
import { createContext, loadDemoIfEmpty } from './core/bootstrap.ts';
import { setupTokenIfNeeded } from './core/auth/setup.ts';
import { startScheduler } from './core/jobs/scheduler.ts';
import { modules } from './modules/registry.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const ctx = await createContext(config, modules);
  if (config.loadDemo) {
    const loaded = await loadDemoIfEmpty(ctx);
    if (loaded > 0) console.log(`Loaded ${loaded} demo items into the empty database (remove them with: npx congtin demo --remove).`);
  } else if (!config.loadDemoExplicit) {
    console.log('Demo content is off in production. To fill an empty database with it: DEMO_CONTENT=true, or npx congtin demo --load.');
  }
  const app = await buildApp(ctx);
  const scheduler = startScheduler(ctx.db.kysely, {
    onError: (error) => app.log.error({ err: error }, 'scheduled publishing failed'),
    onPublish: (ids) => app.log.info({ ids }, 'published scheduled content'),
  });
  const close = async () => {
    scheduler.stop();
    await app.close();
    await ctx.db.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ host: config.host, port: config.port });
  console.log(`congtin is serving ${config.baseUrl} (${ctx.db.description})`);
  const setupToken = await setupTokenIfNeeded(ctx.db.kysely);
  if (setupToken) {
    // The last lines of start-up, after pino's "Server listening" lines (let pending log writes
    // go first), so the link is found at the bottom of the console; /admin also says to look here.
    await new Promise((resolve) => setImmediate(resolve));
    console.log(`\nNo account exists yet. Create the first administrator (link valid 24 hours, once):\n  ${config.baseUrl}/admin/setup?token=${setupToken}\nOr from the command line: npx congtin user create --email … --name … --role admin --password-stdin\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
