// Every setting of the process, typed, read from environment variables with a documented default.
// A bad value stops the start with one line that names the variable (ConfigError).
import { isIP } from 'node:net';
import path from 'node:path';

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** undefined → embedded SQLite file in dataDir */
  databaseUrl: string | undefined;
  nodeEnv: 'development' | 'production' | 'test';
  baseUrl: string;
  /** load the seed and demo articles when the database has no content yet (off by default in production) */
  loadDemo: boolean;
  /** whether DEMO_CONTENT was set explicitly (start-up says how to load demo content when it was not) */
  loadDemoExplicit: boolean;
  /** addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed */
  trustedProxies: string[];
  logLevel: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  uploadMaxBytes: number;
}

/** What the README's configuration table is generated from: name, default, meaning. */
export const settingsDoc = [
  ['HOST', '127.0.0.1', 'address to listen on (0.0.0.0 behind a proxy)'],
  ['PORT', '3000', 'TCP port, 1–65535'],
  ['DATA_DIR', './data', 'folder of the SQLite database file and uploaded media'],
  ['DATABASE_URL', '(unset)', 'unset → SQLite file DATA_DIR/congtin.db; postgres://user@host:5432/db → PostgreSQL'],
  ['NODE_ENV', 'development', 'development, production or test'],
  ['BASE_URL', 'http://HOST:PORT', 'public address of the portal, used in absolute links (share links, feeds)'],
  ['DEMO_CONTENT', 'true (false in production)', 'load the seed and demo articles on the first start of an empty database'],
  ['TRUSTED_PROXIES', '127.0.0.1,::1', 'comma-separated addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For is believed; "none" trusts no proxy'],
  ['LOG_LEVEL', 'info', 'pino level: fatal, error, warn, info, debug, trace, silent'],
  ['SESSION_IDLE_MINUTES', '30', 'back-office sessions end after this long without activity'],
  ['SESSION_MAX_HOURS', '12', 'back-office sessions end this long after sign-in, active or not'],
  ['UPLOAD_MAX_MB', '20', 'largest accepted upload, in megabytes'],
] as const;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Configuration error: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parsePort(raw: string): number {
  if (!/^\d{1,5}$/.test(raw)) throw new ConfigError('PORT', `must be a whole number from 1 to 65535, got "${raw}"`);
  const port = Number(raw);
  if (port < 1 || port > 65535) throw new ConfigError('PORT', `must be from 1 to 65535, got ${port}`);
  return port;
}

function parseWhole(name: string, raw: string, min: number, max: number): number {
  if (!/^\d{1,7}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function parseBoolean(name: string, raw: string): boolean {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function parseUrl(name: string, raw: string, protocols: string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL: "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => p + '//').join(' or ')}, got "${raw}"`);
  }
  return url;
}

/** "10.0.0.1, 10.1.0.0/16, ::1" → a list Fastify's trustProxy takes; every entry must be an IP or CIDR. */
function parseProxies(raw: string): string[] {
  if (/^none$/i.test(raw)) return [];
  return raw.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 4 ? 32 : 128;
    const badBits = bits !== undefined && (!/^\d{1,3}$/.test(bits) || Number(bits) > maxBits);
    if (!family || badBits || extra !== undefined) {
      throw new ConfigError('TRUSTED_PROXIES', `must list IP addresses or CIDR ranges separated by commas, got "${entry}"`);
    }
    return entry;
  });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const value = (name: string): string | undefined => {
    const raw = env[name];
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  };

  const host = value('HOST') ?? '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host)) throw new ConfigError('HOST', `is not a host name or address: "${host}"`);
  const port = parsePort(value('PORT') ?? '3000');

  const nodeEnv = value('NODE_ENV') ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnv}"`);
  }

  const databaseUrl = value('DATABASE_URL');
  if (databaseUrl !== undefined) parseUrl('DATABASE_URL', databaseUrl, ['postgres:', 'postgresql:']);

  const rawBase = value('BASE_URL');
  const baseUrl = rawBase
    ? parseUrl('BASE_URL', rawBase, ['http:', 'https:']).toString().replace(/\/$/, '')
    : `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!logLevels.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${logLevels.join(', ')}, got "${logLevel}"`);

  return {
    host,
    port,
    dataDir: path.resolve(value('DATA_DIR') ?? './data'),
    databaseUrl,
    nodeEnv,
    baseUrl,
    loadDemo: parseBoolean('DEMO_CONTENT', value('DEMO_CONTENT') ?? (nodeEnv === 'production' ? 'false' : 'true')),
    loadDemoExplicit: value('DEMO_CONTENT') !== undefined,
    trustedProxies: parseProxies(value('TRUSTED_PROXIES') ?? '127.0.0.1,::1'),
    logLevel,
    sessionIdleMinutes: parseWhole('SESSION_IDLE_MINUTES', value('SESSION_IDLE_MINUTES') ?? '30', 1, 1440),
    sessionMaxHours: parseWhole('SESSION_MAX_HOURS', value('SESSION_MAX_HOURS') ?? '12', 1, 720),
    uploadMaxBytes: parseWhole('UPLOAD_MAX_MB', value('UPLOAD_MAX_MB') ?? '20', 1, 1024) * 1024 * 1024,
  };
}
