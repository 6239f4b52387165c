import { ValidationError } from '../http/errors';
import type { Item } from '../storage/dynamo-table';

/** Who may read a board: signed-in members (the default), or everyone (the community issue). */
export type BoardVisibility = 'members' | 'public';

/** A board as the API returns it; timestamps are ISO 8601 UTC. */
export interface Board {
  slug: string;
  title: string;
  description: string;
  visibility: BoardVisibility;
  /** Visible comments and replies (placeholders not counted), kept by the writes. */
  commentCount: number;
  /** null until the first comment. */
  lastCommentAt: string | null;
  createdAt: string;
}

/** What a moderator sends to create a board. */
export type NewBoard = Pick<Board, 'slug' | 'title' | 'description' | 'visibility'>;

/** Board slugs: lower-case letters, digits and inner hyphens, 1–40 characters (never a `#`). */
export const BOARD_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
/** The board `/comments` and `/api/comments` address; it exists from its first use. */
export const MAIN_BOARD = 'main';
/** Longest board title, in characters. */
export const TITLE_MAX = 80;
/** Longest board description, in characters. */
export const DESCRIPTION_MAX = 300;

/** True when `value` can be a board's slug. */
export function isBoardSlug(value: unknown): value is string {
  return typeof value === 'string' && BOARD_SLUG.test(value);
}

/** The record board `main` gets on first use. */
export function mainBoard(createdAt: string): Board {
  const title = 'Main board';
  const description = 'The first board: everything posted before boards existed is here.';
  return { slug: MAIN_BOARD, title, description, visibility: 'members', ...counts(createdAt) };
}

function counts(createdAt: string) {
  return { commentCount: 0, lastCommentAt: null, createdAt };
}

/** The fields of a new board, as the API names them. */
export type NewBoardField = keyof NewBoard;

/** What is wrong with each field of a new board (the API's words), empty when all is well. */
export function newBoardProblems(
  input: Record<string, unknown>,
): Partial<Record<NewBoardField, string>> {
  const problems: Partial<Record<NewBoardField, string>> = {};
  const { slug, title, description = '', visibility = 'members' } = input;
  if (!isBoardSlug(slug)) {
    problems.slug =
      'slug must be 1 to 40 lower-case letters, digits or inner hyphens (for example "help-desk")';
  }
  const cleanTitle = typeof title === 'string' ? title.trim() : '';
  if ([...cleanTitle].length < 1 || [...cleanTitle].length > TITLE_MAX) {
    problems.title = `title must be text of 1 to ${TITLE_MAX} characters`;
  }
  const cleanDescription = typeof description === 'string' ? description.trim() : undefined;
  if (cleanDescription === undefined || [...cleanDescription].length > DESCRIPTION_MAX) {
    problems.description = `description must be text of at most ${DESCRIPTION_MAX} characters`;
  }
  if (visibility !== 'members' && visibility !== 'public') {
    problems.visibility = 'visibility must be "members" or "public"';
  }
  return problems;
}

/** Validates a new board; one 400 `validation_error` names every bad field. */
export function parseNewBoard(body: unknown, createdAt: string): Board {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const problems = Object.values(newBoardProblems(input));
  if (problems.length > 0) throw new ValidationError(problems.join('; '));
  const { slug, title, description = '', visibility = 'members' } = input;
  return {
    slug: slug as string,
    title: (title as string).trim(),
    description: (description as string).trim(),
    visibility: visibility as BoardVisibility,
    ...counts(createdAt),
  };
}

/** Reads a stored board item back (counts never below zero). */
export function toBoard(item: Item): Board {
  return {
    slug: String(item.id),
    title: String(item.title ?? ''),
    description: String(item.description ?? ''),
    visibility: item.visibility === 'public' ? 'public' : 'members',
    commentCount: Math.max(0, Number(item.commentCount ?? 0)),
    lastCommentAt: typeof item.lastCommentAt === 'string' ? item.lastCommentAt : null,
    createdAt: String(item.createdAt ?? ''),
  };
}
