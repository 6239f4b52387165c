import { overflowIds } from '../../../src/storage/sized-map';

describe('overflowIds', () => {
  it('when a new id joins a full map, then the oldest one goes', () => {
    expect(overflowIds(['b', 'c', 'd'], 'e', 3)).toEqual(['b']);
  });

  it('when the map has room, then nothing goes', () => {
    expect(overflowIds(['b'], 'c', 3)).toEqual([]);
  });

  it('when the new id is older than every kept one, then it is the one that goes', () => {
    expect(overflowIds(['b', 'c', 'd'], 'a', 3)).toEqual(['a']);
  });

  it('when the id is already there, then it counts once', () => {
    expect(overflowIds(['b', 'c', 'd'], 'd', 3)).toEqual([]);
  });
});
