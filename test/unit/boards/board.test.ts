import { newBoardProblems, parseNewBoard } from '../../../src/boards/board';
import { ValidationError } from '../../../src/http/errors';

describe('new board validation', () => {
  it('when every field is wrong, then each field has its own problem', () => {
    const problems = newBoardProblems({
      slug: '-Bad-',
      title: ' ',
      description: 'd'.repeat(301),
      visibility: 'secret',
    });
    expect(Object.keys(problems).sort()).toEqual(['description', 'slug', 'title', 'visibility']);
  });

  it('when only slug and title are given, then the board is members-only with no description', () => {
    expect(newBoardProblems({ slug: 'help-desk', title: 'Help desk' })).toEqual({});
    expect(
      parseNewBoard({ slug: 'help-desk', title: ' Help desk ' }, '2026-01-01T00:00:00.000Z'),
    ).toMatchObject({
      slug: 'help-desk',
      title: 'Help desk',
      description: '',
      visibility: 'members',
    });
  });

  it('when the API gets a bad board, then one 400 names every problem, as before', () => {
    expect(() => parseNewBoard({ slug: 'x y', title: '' }, '2026-01-01T00:00:00.000Z')).toThrow(
      new ValidationError(
        'slug must be 1 to 40 lower-case letters, digits or inner hyphens (for example "help-desk"); title must be text of 1 to 80 characters',
      ),
    );
  });
});
