import * as z from 'zod';
import { FieldErrors, parseFields } from '../http/api-input';
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

const codePoints = (value: string) => [...value].length;
const SLUG_RULE =
  'slug must be 1 to 40 lower-case letters, digits or inner hyphens (for example "help-desk")';
const TITLE_RULE = `title must be text of 1 to ${TITLE_MAX} characters`;
const DESCRIPTION_RULE = `description must be text of at most ${DESCRIPTION_MAX} characters`;

/** What a moderator sends to create a board; one 400 `validation_error` names every bad field. */
export const NewBoardBody = z.object({
  slug: z
    .string({ error: SLUG_RULE })
    .regex(BOARD_SLUG, { error: SLUG_RULE })
    .meta({ example: 'help-desk' }),
  title: z
    .string({ error: TITLE_RULE })
    .trim()
    .refine((title) => codePoints(title) >= 1 && codePoints(title) <= TITLE_MAX, TITLE_RULE)
    .meta({ override: { minLength: 1, maxLength: TITLE_MAX }, example: 'Help desk' }),
  description: z
    .string({ error: DESCRIPTION_RULE })
    .trim()
    .refine((text) => codePoints(text) <= DESCRIPTION_MAX, DESCRIPTION_RULE)
    .default('')
    .meta({ override: { maxLength: DESCRIPTION_MAX }, example: 'Ask here' }),
  visibility: z
    .enum(['members', 'public'], { error: 'visibility must be "members" or "public"' })
    .default('members')
    .meta({ description: 'Who may read it: signed-in members, or everyone' }),
});

/** What is wrong with each field of a new board (the API's words), empty when all is well. */
export function newBoardProblems(
  input: Record<string, unknown>,
): Partial<Record<NewBoardField, string>> {
  try {
    parseFields(NewBoardBody, input);
    return {};
  } catch (error) {
    if (error instanceof FieldErrors) return error.fields;
    throw error;
  }
}

/** Validates a new board; one 400 `validation_error` names every bad field. */
export function parseNewBoard(body: unknown, createdAt: string): Board {
  const fields = parseFields(NewBoardBody, body);
  return { ...fields, ...counts(createdAt) };
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
