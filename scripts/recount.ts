import { createBoardsRepository } from '../src/boards/boards-repository';
import { recountBoard } from '../src/comments/comments-recount';
import { parseRecountArgs } from './cli-args';
import { reportFailure } from './report-failure';
import { openTable } from './table-target';

/** `npm run recount -- --board <slug> [--local]`: recomputes a board's counts with Queries. */
async function main(): Promise<void> {
  const args = parseRecountArgs(process.argv.slice(2));
  const target = await openTable(args);
  try {
    const result = await recountBoard(
      target.table,
      createBoardsRepository(target.table),
      args.board,
    );
    console.log(
      `Board "${result.board}" in ${target.tableName}: ${result.commentCount} comments (${result.topLevel} top-level, ${result.replies} replies); ${result.corrected} thread count(s) corrected; ${result.placedInTop} placed in "top".`,
    );
  } finally {
    target.close();
  }
}

main().catch((error: unknown) => reportFailure('recount', error));
