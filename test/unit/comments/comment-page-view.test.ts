import {
  boardPath,
  failedPostState,
  formKeyOf,
  permalink,
  wantsPreview,
} from '../../../src/comments/comment-page-view';
import { RateLimitedError, ValidationError } from '../../../src/http/errors';

const TOP = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const REPLY = '01ARZ3NDEKTSV4RRFFQ69G5FAW';

describe('comment page addresses', () => {
  it('when the board is main, then its page is /comments; other boards are /b/<slug>', () => {
    expect(boardPath('', 'main')).toBe('/comments');
    expect(boardPath('/dev', 'help-desk')).toBe('/dev/b/help-desk');
  });

  it("when a comment is a reply, then its permalink is its thread at the reply's anchor", () => {
    expect(permalink('', { id: TOP, board: 'help-desk', parentId: null })).toBe(
      `/b/help-desk/c/${TOP}`,
    );
    expect(permalink('/dev', { id: REPLY, board: 'help-desk', parentId: TOP })).toBe(
      `/dev/b/help-desk/c/${TOP}#comment-${REPLY}`,
    );
  });
});

describe('compose form fields', () => {
  it('when the form key is not a UUID, then it is ignored', () => {
    const key = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';
    expect(formKeyOf({ idempotencyKey: key })).toBe(key);
    expect(formKeyOf({ idempotencyKey: 'form:anything' })).toBeUndefined();
    expect(formKeyOf(undefined)).toBeUndefined();
  });

  it('when the Preview button sent the form, then it is a preview; any other button is a send', () => {
    expect(wantsPreview({ action: 'preview' })).toBe(true);
    expect(wantsPreview({ action: 'send' })).toBe(false);
    expect(wantsPreview({})).toBe(false);
  });

  it('when a write fails with invalid text or the rate limit, then the page says so in words and keeps the Retry-After', () => {
    const invalid = new ValidationError('text is required', 'validation_error', {
      pageMessage: 'Please write something before posting.',
    });
    expect(failedPostState(invalid)).toEqual({
      status: 400,
      textError: 'Please write something before posting.',
    });
    const limited = failedPostState(new RateLimitedError(37));
    expect(limited).toMatchObject({ status: 429, headers: { 'Retry-After': '37' } });
    expect(limited?.formError).toContain('Your text is still here.');
    expect(failedPostState(new Error('boom'))).toBeUndefined();
  });
});
