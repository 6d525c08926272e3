import { highlightPrefix, highlightWordPrefixes, highlightWords, queryTokens, searchWords } from './search-text';

describe('search text', () => {
  it.each([
    ['Кабель ВВГнг-LS 3×2,5', ['кабель', 'ввгнг', 'ls', '3', '2', '5']],
    ['Саморез по дереву 4,2×76 оцинк.', ['саморез', 'по', 'дереву', '4', '2', '76', 'оцинк']],
    ['Светильник LED 36 Вт 4000K, 36 Вт', ['светильник', 'led', '36', 'вт', '4000k']],
    ['Щётка ёршик', ['щетка', 'ершик']],
  ])('%s → %j', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });

  it('tokenises queries the same way', () => {
    expect(queryTokens('  ВВГ 3х2')).toEqual(['ввг', '3х2']);
  });

  it('highlights word prefixes, whole words and leading SKU parts', () => {
    expect(highlightWordPrefixes('Кабель ВВГнг-LS', ['ввг', 'каб'])).toEqual([
      { start: 0, length: 3 },
      { start: 7, length: 3 },
    ]);
    expect(highlightWords('Светильник LED 36 Вт', ['led'])).toEqual([{ start: 11, length: 3 }]);
    expect(highlightPrefix('KB-0042', 'kb-00')).toEqual([{ start: 0, length: 5 }]);
    expect(highlightPrefix('KB-0042', '42')).toEqual([]);
  });
});
