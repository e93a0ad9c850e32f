import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has documented defaults', () => {
    const config = loadConfig({});
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, path.resolve('data'));
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.nodeEnv, 'development');
    assert.equal(config.baseUrl, 'http://127.0.0.1:3000');
    assert.equal(config.loadDemo, true);
    assert.deepEqual(config.trustedProxies, ['127.0.0.1', '::1']);
  });

  it('loads no demo content in production unless asked to', () => {
    assert.equal(loadConfig({ NODE_ENV: 'production' }).loadDemo, false);
    assert.equal(loadConfig({ NODE_ENV: 'production' }).loadDemoExplicit, false);
    assert.equal(loadConfig({ NODE_ENV: 'production', DEMO_CONTENT: 'true' }).loadDemo, true);
    assert.equal(loadConfig({ NODE_ENV: 'development' }).loadDemo, true);
  });

  it('reads trusted proxies as addresses and ranges', () => {
    assert.deepEqual(loadConfig({ TRUSTED_PROXIES: '10.0.0.1, 10.1.0.0/16,fd00::/8' }).trustedProxies, ['10.0.0.1', '10.1.0.0/16', 'fd00::/8']);
    assert.deepEqual(loadConfig({ TRUSTED_PROXIES: 'none' }).trustedProxies, []);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      HOST: '0.0.0.0', PORT: '8080', DATA_DIR: '/srv/congtin', DATABASE_URL: 'postgres://u@db:5432/portal',
      NODE_ENV: 'production', BASE_URL: 'https://bqlkkt.kiengiang.gov.vn/', DEMO_CONTENT: 'false', LOG_LEVEL: 'warn',
    });
    assert.deepEqual(config, {
      host: '0.0.0.0', port: 8080, dataDir: '/srv/congtin', databaseUrl: 'postgres://u@db:5432/portal',
      nodeEnv: 'production', baseUrl: 'https://bqlkkt.kiengiang.gov.vn', loadDemo: false, loadDemoExplicit: true, logLevel: 'warn',
      trustedProxies: ['127.0.0.1', '::1'],
      sessionIdleMinutes: 30, sessionMaxHours: 12, uploadMaxBytes: 20 * 1024 * 1024,
    });
  });

  const bad: [Record<string, string>, string, RegExp][] = [
    [{ PORT: 'abc' }, 'PORT', /whole number/],
    [{ PORT: '70000' }, 'PORT', /65535/],
    [{ PORT: '0' }, 'PORT', /1 to 65535/],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV', /development, production or test/],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', /postgres/],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL', /not a valid URL/],
    [{ BASE_URL: 'ftp://x' }, 'BASE_URL', /http/],
    [{ DEMO_CONTENT: 'maybe' }, 'DEMO_CONTENT', /true or false/],
    [{ HOST: 'a b' }, 'HOST', /host name/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /one of/],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES', /1 to 1440/],
    [{ UPLOAD_MAX_MB: '20MB' }, 'UPLOAD_MAX_MB', /whole number/],
    [{ TRUSTED_PROXIES: '*' }, 'TRUSTED_PROXIES', /IP addresses or CIDR/],
    [{ TRUSTED_PROXIES: '10.0.0.0/33' }, 'TRUSTED_PROXIES', /IP addresses or CIDR/],
    [{ TRUSTED_PROXIES: 'proxy.local' }, 'TRUSTED_PROXIES', /IP addresses or CIDR/],
  ];
  for (const [env, variable, message] of bad) {
    it(`refuses ${JSON.stringify(env)} with one line naming ${variable}`, () => {
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => error instanceof ConfigError && error.variable === variable && message.test(error.message) && !error.message.includes('\n') && error.message.includes(variable),
      );
    });
  }
});
