import { describe, expect, it } from 'vitest';
import { noteList, Notes } from './notes.js';

describe('Notes', () => {
  it('numbers claims in the order they are first cited and reuses the number after', () => {
    const notes = new Notes();
    expect([notes.cite('b'), notes.cite('a'), notes.cite('b')]).toEqual([1, 2, 1]);
    expect(notes.cited()).toEqual(['b', 'a']);
  });
});

describe('noteList', () => {
  it('collapses runs of notes and links each part to its first note', () => {
    expect(noteList([9, 3, 4, 5, 3])).toEqual([
      'notes ',
      { text: '3–5', linkToDestination: 'note-3' },
      ', ',
      { text: '9', linkToDestination: 'note-9' },
    ]);
  });

  it('says note, not notes, for one', () => {
    expect(noteList([7])[0]).toBe('note ');
  });
});
