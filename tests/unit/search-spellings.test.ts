import {describe, expect, test} from 'vitest';
import {MAX_SPELLINGS, spellingsOf} from '@/lib/search/spellings';

describe('the spellings searched for a query', () => {
  test('an Azerbaijani word typed without ə and ı stands for each way of reading its e’s and i’s, as typed first', () => {
    expect(spellingsOf('seher', 'az')).toEqual(['seher', 'sehər', 'səher', 'səhər']);
    expect(spellingsOf('qisa', 'az')).toEqual(['qisa', 'qısa']);
  });

  test('an Azerbaijani plural or case ending is taken off, so that every form of the word is found', () => {
    expect(spellingsOf('minalar', 'az')).toEqual(['mina', 'mına']);
    expect(spellingsOf('Minaların', 'az')).toEqual(['mina', 'mına']);
    expect(spellingsOf('şəhərlərdən', 'az')).toEqual(['şəhər']);
    expect(spellingsOf('seherlerden', 'az')).toEqual(['seher', 'sehər', 'səher', 'səhər']);
    // Three letters remain at least: "alar" is not a form of "a".
    expect(spellingsOf('alar', 'az')).toEqual(['alar']);
  });

  test('words keep their order, and each combination of their spellings is a query', () => {
    expect(spellingsOf('  uzun   yol ', 'az')).toEqual(['uzun yol']);
    expect(spellingsOf('qisa yoldan', 'az')).toEqual(['qisa yoldan', 'qısa yoldan']);
    expect(spellingsOf('mina seher', 'az')).toEqual([
      'mina seher',
      'mina sehər',
      'mina səher',
      'mina səhər',
      'mına seher',
      'mına sehər',
      'mına səher',
      'mına səhər',
    ]);
  });

  test('Swedish and English queries are searched as typed (Pagefind folds å, ä, ö and stems the words itself)', () => {
    expect(spellingsOf('Åker Göteborg', 'sv')).toEqual(['åker göteborg']);
    expect(spellingsOf('mines', 'en')).toEqual(['mines']);
  });

  test('a query without words has no spelling; a long one at most MAX_SPELLINGS', () => {
    expect(spellingsOf('   ', 'az')).toEqual([]);
    const many = spellingsOf('eeeeeeeeee iiiii', 'az');
    expect(many).toHaveLength(MAX_SPELLINGS);
    expect(many[0]).toBe('eeeeeeeeee iiiii');
  });
});
