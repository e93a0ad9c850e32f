import { chromium } from 'playwright-core';
const [,, url, out, width = '390', height = '844'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: Number(width), height: Number(height) } });
await p.goto(url);
await p.screenshot({ path: out });
await b.close();
