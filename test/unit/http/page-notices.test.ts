import { noticeText, withNotice } from '../../../src/http/page-notices';

describe('page notices', () => {
  it('when the key is known, then its sentence is returned', () => {
    expect(noticeText('signed-out')).toBe('You are signed out.');
  });

  it('when the key is unknown or not a string, then there is no notice', () => {
    expect(noticeText('<script>')).toBeUndefined();
    expect(noticeText('toString')).toBeUndefined();
    expect(noticeText(['signed-out'])).toBeUndefined();
  });

  it('when a path already has a query, then the notice is appended with &', () => {
    expect(withNotice('/comments', 'comment-deleted')).toBe('/comments?notice=comment-deleted');
    expect(withNotice('/comments?cursor=x', 'signed-in')).toBe(
      '/comments?cursor=x&notice=signed-in',
    );
  });
});
