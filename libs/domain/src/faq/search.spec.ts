import { bigrams, faqSearchText, normalizeForSearch, searchTerms } from './search';

describe('FAQ search terms', () => {
  it('normalises width and case', () => {
    expect(normalizeForSearch('ｽｲﾄﾞｳ ＡＢＣ')).toBe('スイドウ abc');
  });

  it('makes the bigrams of each word, not across words', () => {
    expect(bigrams('水漏れ 修理')).toEqual(['修理', '水漏', '漏れ']);
    expect(bigrams('a b')).toEqual([]);
  });

  it('finds a 2-character term among the bigrams of a text', () => {
    const indexed = new Set(bigrams('キッチンの水漏れはどうすればいいですか'));
    expect(bigrams('水漏').every((g) => indexed.has(g))).toBe(true);
    expect(bigrams('解約').every((g) => indexed.has(g))).toBe(false);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(bigrams('𠮷野家')).toEqual(['野家', '𠮷野']);
  });

  it('splits queries into words', () => {
    expect(searchTerms('  解約  手続き ')).toEqual(['解約', '手続き']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('indexes question, answer and tags', () => {
    expect(faqSearchText({ question: 'Q', answer: 'A', tags: ['t1', 't2'] })).toBe('Q A t1 t2');
  });
});
