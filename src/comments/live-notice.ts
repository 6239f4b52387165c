import { NEWEST_KEPT } from '../boards/board-newest';

/** The live notice's script (public/js), loaded by board and thread pages only. */
export const LIVE_NOTICE_SCRIPT = 'js/live-notice.js';

/** What a page's live notice element carries: where its script asks, and where "show" leads. */
export interface LiveNoticeView {
  url: string;
  show: string;
  /** The most a count can say (the board keeps this many newest ids): "60 or more". */
  max: number;
}

/**
 * The notice of board `slug`'s page: counts from `newestId` (the board's newest comment when the
 * page was read, whatever sort or page is shown), only the thread's own with `thread`.
 */
export function liveNoticeView(
  base: string,
  slug: string,
  newestId: string | null,
  options: { thread?: string; show: string },
): LiveNoticeView {
  const query = new URLSearchParams();
  if (newestId) query.set('after', newestId);
  if (options.thread) query.set('thread', options.thread);
  const text = query.toString();
  const url = `${base}/b/${slug}/new-count${text ? `?${text}` : ''}`;
  return { url, show: options.show, max: NEWEST_KEPT };
}
