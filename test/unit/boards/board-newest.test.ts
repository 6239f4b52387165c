import { countNewer, newestEntries, newestId } from '../../../src/boards/board-newest';

const item = { newest: { A2: null, A1: null, A3: 'A1', A4: null } };

describe('board-newest', () => {
  it('when a board item is read, then its entries come newest first with their parents', () => {
    expect(newestEntries(item)).toEqual([
      { id: 'A4', parentId: null },
      { id: 'A3', parentId: 'A1' },
      { id: 'A2', parentId: null },
      { id: 'A1', parentId: null },
    ]);
    expect(newestId(newestEntries(item))).toBe('A4');
  });

  it('when a board item has no list, then there are no entries and no newest id', () => {
    expect(newestEntries({})).toEqual([]);
    expect(newestId([])).toBeNull();
  });

  it('when counting after an id, then only newer ones count; with a thread, only its own', () => {
    const entries = newestEntries(item);
    expect(countNewer(entries, 'A1')).toBe(3);
    expect(countNewer(entries)).toBe(4);
    expect(countNewer(entries, 'A2', 'A1')).toBe(1);
  });
});
