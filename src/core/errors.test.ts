// One error model: the general, workflow and media refusals are all PortalErrors, so the error
// handler answers each in the reader's language with its own status, with or without a detail.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError, PortalError, parseId, parsePageNumber } from './errors.ts';
import { MediaError } from './media/errors.ts';
import { WorkflowError } from './workflow/errors.ts';

describe('PortalError', () => {
  it('every area’s refusal is a PortalError with its status, code and both languages', () => {
    const refusals = [new AppError('BAD_QUERY'), new WorkflowError('EDIT_CONFLICT'), new MediaError('TOO_LARGE', { name: 'a.pdf', maxMb: 20 })];
    assert.deepEqual(
      refusals.map((e) => [e instanceof PortalError, e.status, e.code, e.name]),
      [
        [true, 400, 'BAD_QUERY', 'AppError'],
        [true, 409, 'EDIT_CONFLICT', 'WorkflowError'],
        [true, 413, 'TOO_LARGE', 'MediaError'],
      ],
    );
    assert.equal(refusals[2]!.messageIn('vi'), 'Tệp “a.pdf” quá lớn: dung lượng tối đa là 20 MB.');
    assert.equal(refusals[2]!.messageIn('en'), 'The file “a.pdf” is too large: the limit is 20 MB.');
  });

  it('a name or number as detail reads the same in both languages; a sentence is given in each', () => {
    const named = new WorkflowError('UNKNOWN_CATEGORY', 'tin-cu');
    assert.equal(named.messageIn('vi'), 'Chuyên mục không tồn tại. (tin-cu)');
    assert.equal(named.messageIn('en'), 'Unknown category. (tin-cu)');
    const sentence = new AppError('BAD_QUERY', { vi: 'nam phải là một năm, ví dụ 2020', en: 'nam must be a year such as 2020' });
    assert.equal(sentence.messageIn('vi'), 'Tham số không hợp lệ. (nam phải là một năm, ví dụ 2020)');
    assert.deepEqual(sentence.toJSON(), { code: 'BAD_QUERY', message: 'Invalid parameter. (nam must be a year such as 2020)', messageVi: 'Tham số không hợp lệ. (nam phải là một năm, ví dụ 2020)' });
    assert.equal(sentence.message, 'Invalid parameter. (nam must be a year such as 2020)', 'logs read the English text');
    assert.equal(new AppError('NOT_FOUND').messageIn('en'), 'Content not found.');
  });

  it('page numbers and ids refuse anything but positive whole numbers', () => {
    assert.equal(parsePageNumber(undefined), 1);
    assert.equal(parsePageNumber('3'), 3);
    for (const bad of ['0', '-1', '1.5', 'abc', ['2'], '9999999']) assert.throws(() => parsePageNumber(bad), (e: unknown) => e instanceof AppError && e.code === 'BAD_PAGE_NUMBER', String(bad));
    assert.equal(parseId('12'), 12);
    for (const bad of ['0', '2147483648', 'x', undefined]) assert.throws(() => parseId(bad), (e: unknown) => e instanceof AppError && e.code === 'BAD_ID', String(bad));
  });
});
