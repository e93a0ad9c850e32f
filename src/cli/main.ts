// The congtin command line: migrate, import, demo. Exit code non-zero on any failure.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { createContext, loadDemoIfEmpty, openDatabase, prepareDatabase } from '../core/bootstrap.ts';
import type { AppContext } from '../core/context.ts';
import { modules } from '../modules/registry.ts';
import { collectFiles, importFiles, summarize } from '../modules/news/import/importer.ts';
import { createProgress } from './progress.ts';
import { tokenCommand, userCommand } from './accounts.ts';
import { reindexCommand } from './reindex.ts';

const usage = `Usage: congtin <command> [options]

Commands:
  migrate                       apply pending database migrations
  import <file|folder>... [--dry-run]
                                import articles (seed text format or saved HTML pages)
  demo --load | --remove        load demo content into an empty database, or delete exactly the demo content
  reindex                       rebuild the search index from published content (safe while live)
  user create --email E --name N --role R --password-stdin
                                create a staff account (contributor, editor, approver, admin)
  token create --email E [--name N]
                                create an API token; printed on the last line

Configuration comes from the environment (DATABASE_URL, DATA_DIR, ...), see README.md.`;

async function withContext<T>(run: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await createContext(loadConfig(), modules);
  try {
    return await run(ctx);
  } finally {
    await ctx.db.close();
  }
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { 'dry-run': { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length === 0) {
    console.error('congtin import: give at least one file or folder');
    return 2;
  }
  const { files, missing } = await collectFiles(positionals);
  for (const m of missing) console.error(`${m}: no such file or folder`);
  if (files.length === 0) {
    console.error('congtin import: no .txt, .html or .htm file found');
    return 1;
  }
  const dryRun = values['dry-run'];
  const results = await withContext(async (ctx) => {
    const progress = createProgress(files.length, dryRun ? 'Checking' : 'Importing');
    const out = await importFiles(ctx.db.kysely, files, {
      dryRun,
      onFile: (r) => progress.tick(`${r.file}: ${r.outcome === 'failed' ? `FAILED, ${r.reason}` : `${dryRun ? 'would be ' : ''}${r.outcome}`}`),
    });
    progress.stop();
    return out;
  });
  const failed = results.filter((r) => r.outcome === 'failed');
  for (const f of failed) console.error(`error: ${f.file}: ${f.reason}`);
  console.log(summarize(results, dryRun) + (dryRun ? ' (dry run: nothing was written)' : ''));
  return failed.length > 0 || missing.length > 0 ? 1 : 0;
}

async function runDemo(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { remove: { type: 'boolean' }, load: { type: 'boolean' } } });
  if (values.remove === values.load) {
    console.error('congtin demo: say --load or --remove');
    return 2;
  }
  return withContext(async (ctx) => {
    if (values.load) {
      const n = await loadDemoIfEmpty(ctx);
      console.log(n > 0 ? `Loaded ${n} articles.` : 'The database already has content; nothing loaded.');
      return 0;
    }
    let removed = 0;
    for (const mod of ctx.modules) removed += (await mod.removeDemo?.(ctx)) ?? 0;
    console.log(`Removed ${removed} demo item(s).`);
    return 0;
  });
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'migrate': {
        const db = openDatabase(loadConfig());
        try {
          const applied = await prepareDatabase(db, modules);
          for (const name of applied) console.log(`applied ${name}`);
          console.log(`${db.description} is up to date (${applied.length} migration(s) applied now).`);
        } finally {
          await db.close();
        }
        return 0;
      }
      case 'import':
        return await runImport(rest);
      case 'demo':
        return await runDemo(rest);
      case 'reindex':
        return await withContext((ctx) => reindexCommand(ctx));
      case 'user':
        return await withContext((ctx) => userCommand(ctx, rest));
      case 'token':
        return await withContext((ctx) => tokenCommand(ctx, rest));
      case undefined:
      case 'help':
      case '--help':
        console.log(usage);
        return command === undefined ? 2 : 0;
      default:
        console.error(`congtin: unknown command "${command}"\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error(`congtin ${command}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
