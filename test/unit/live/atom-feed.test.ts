import { atomFeed, xmlEscape } from '../../../src/live/atom-feed';
import type { Board } from '../../../src/boards/board';
import type { Comment } from '../../../src/comments/comment';

const board: Board = {
  slug: 'news',
  title: 'News',
  description: '',
  visibility: 'public',
  commentCount: 1,
  lastCommentAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2025-12-01T00:00:00.000Z',
};
const comment: Comment = {
  id: '01JABCDEFGHJKMNPQRSTVWXYZ0',
  board: 'news',
  parentId: null,
  userId: 'u1',
  username: 'alice',
  text: 'x',
  html: '<p>a &amp; b</p>',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  editedAt: '2026-01-02T00:00:00.000Z',
  replyCount: 0,
  deleted: false,
  likes: 0,
  likedByMe: false,
};
const links = {
  board: 'https://s.example/b/news',
  self: 'https://s.example/b/news/feed.atom',
  comment: (c: Comment) => `https://s.example/b/news/c/${c.id}`,
};

describe('atom-feed', () => {
  it('when text holds markup characters or controls XML cannot carry, then they are escaped or dropped', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0000\u0008ok`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok',
    );
  });

  it("when a board has an edited comment, then the feed's updated is the latest edit and the html is escaped once more", () => {
    const xml = atomFeed(board, [comment], links);
    expect(xml).toContain('<updated>2026-01-02T00:00:00.000Z</updated>');
    expect(xml).toContain('<content type="html">&lt;p&gt;a &amp;amp; b&lt;/p&gt;</content>');
    expect(xml).toContain('<published>2026-01-01T00:00:00.000Z</published>');
    expect(xml).not.toContain('<subtitle');
  });
});
