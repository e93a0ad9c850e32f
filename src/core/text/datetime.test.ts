import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDatetimeAttr, formatStamp, isStampLine, parseLocalInput, parseLocalTime, parseStamp } from './datetime.ts';

describe('portal time stamps', () => {
  it('parses the seed stamp as Vietnam time', () => {
    const date = parseStamp('(13:42 | 07/07/2020)');
    assert.equal(date?.toISOString(), '2020-07-07T06:42:00.000Z');
  });
  it('formats in Asia/Ho_Chi_Minh whatever the process time zone', () => {
    assert.equal(formatStamp('2020-07-07T06:42:00.000Z'), '13:42 | 07/07/2020');
    assert.equal(formatDate('2020-07-07T06:42:00.000Z'), '07/07/2020');
    assert.equal(formatDatetimeAttr('2020-07-07T06:42:00.000Z'), '2020-07-07T13:42+07:00');
  });
  it('crosses midnight correctly', () => {
    const date = parseLocalTime(2024, 1, 1, 3, 5);
    assert.equal(date?.toISOString(), '2023-12-31T20:05:00.000Z');
    assert.equal(formatStamp(date!), '03:05 | 01/01/2024');
  });
  it('round-trips', () => {
    for (const stamp of ['00:00 | 01/01/2021', '23:59 | 31/12/2025', '09:07 | 29/02/2024']) {
      assert.equal(formatStamp(parseStamp(`(${stamp})`)!), stamp);
    }
  });
  it('refuses impossible dates and times', () => {
    for (const bad of ['(13:42 | 31/02/2020)', '(25:00 | 01/01/2020)', '(12:60 | 01/01/2020)', '(12:00 | 01/13/2020)', '(12:00 | 29/02/2023)', 'no stamp']) {
      assert.equal(parseStamp(bad), undefined, bad);
    }
  });
  it('reads days and times typed in forms and data files as Vietnam time', () => {
    assert.equal(parseLocalInput('2024-05-31')?.toISOString(), '2024-05-30T17:00:00.000Z');
    assert.equal(parseLocalInput('2024-05-31 09:30')?.toISOString(), '2024-05-31T02:30:00.000Z');
    assert.equal(parseLocalInput(' 2024-05-31T09:30 ')?.toISOString(), '2024-05-31T02:30:00.000Z');
    for (const bad of ['2024-02-30', '2024-13-01', '31/05/2024', '2024-05-31T25:00', '2024-05-31T09:30:00', '', 'ngày mai']) assert.equal(parseLocalInput(bad), undefined, bad);
  });

  it('recognises a line that is only a stamp', () => {
    assert.ok(isStampLine('(13:42 | 07/07/2020)'));
    assert.ok(isStampLine('  ( 9:05 | 7/7/2020 ) '));
    assert.ok(!isStampLine('Đăng (13:42 | 07/07/2020) bởi'));
  });
});
