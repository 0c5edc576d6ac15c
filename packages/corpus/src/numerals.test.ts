import { describe, expect, it } from 'vitest';
import { findNumerals, NUMERAL_LANGUAGES, parseNumeral } from './numerals.js';

const found = (text: string, language?: string) => findNumerals(text, language).map((t) => t.text);

describe('findNumerals', () => {
  it('finds digits with thousands separators as one numeral', () => {
    expect(found('housing around 5,000 detainees')).toEqual(['5,000']);
  });

  it('finds number words in any case, and vague quantities', () => {
    expect(found('Two days after, six fighters; dozens fled; Eleven soldiers')).toEqual([
      'Two',
      'six',
      'dozens',
      'Eleven',
    ]);
  });

  it('finds ordinals written as words or with a suffix', () => {
    expect(found('the third day, the 4th anniversary')).toEqual(['third', '4th']);
  });

  it('keeps dates, times and year ranges in one piece', () => {
    expect(found('Status: 01/22/2022 3:17 p.m, between 2013-2014')).toEqual([
      '01/22/2022',
      '3:17',
      '2013-2014',
    ]);
  });

  it('finds digits inside a file name, so a name cannot hide a figure', () => {
    expect(found('406c3147.png')).toEqual(['406', '3147']);
  });

  it('does not take number words inside other words', () => {
    expect(findNumerals('someone, often, tension, anyone')).toEqual([]);
  });

  it('does not take number words inside words with accented letters', () => {
    expect(findNumerals('un salaire décent', 'fr')).toEqual([]);
  });

  it('gives offsets that slice back to the numeral', () => {
    const text = 'held 5,000 detainees';
    const [token] = findNumerals(text);
    expect(text.slice(token!.start, token!.end)).toBe('5,000');
  });

  it.each(['٣٥٠٠', '۳۵۰۰', '٣٬٥٠٠'])(
    'finds %s, in the Arabic digits, in an English text',
    (digits) => {
      expect(found(`it held ${digits} detainees`)).toEqual([digits]);
    },
  );

  it('finds the number words of the text’s language', () => {
    expect(found('trois morts et vingt blessés', 'fr')).toEqual(['trois', 'vingt']);
  });

  it('does not find the number words of another language', () => {
    expect(found('trois morts', 'en')).toEqual([]);
  });

  it.each([
    ['fr', 'une femme et un homme'],
    ['de', 'eine Frau und ein Mann'],
    ['es', 'una mujer y un hombre, uno de ellos'],
  ])('does not report the articles that also mean one in %s: %s', (language, text) => {
    expect(findNumerals(text, language)).toEqual([]);
  });

  it('reports "eins", the German one that is never an article', () => {
    expect(found('Punkt eins', 'de')).toEqual(['eins']);
  });

  it.each([
    ['en', 'Twenty-five fighters', 'Twenty-five'],
    ['fr', 'quatre-vingt-dix morts', 'quatre-vingt-dix'],
  ])('finds a hyphenated number in %s as one numeral', (language, text, numeral) => {
    expect(found(text, language)).toEqual([numeral]);
  });

  it('finds the number at the start of a hyphenated word', () => {
    expect(found('a twenty-year-old man')).toEqual(['twenty']);
  });

  it('finds a German number written as one word, but not a word that ends in one', () => {
    expect(found('zweitausendfünfhundert Menschen im Jahrhundert', 'de')).toEqual([
      'zweitausendfünfhundert',
    ]);
  });

  it('finds an accented number word whether its accents are composed or not', () => {
    const decomposed = 'dieciséis'.normalize('NFD');
    expect(found(`${decomposed} personas`, 'es')).toEqual([decomposed]);
  });

  it.each(['1 500', '1\u00a0500', '1\u202f500'])(
    'finds a French number grouped with spaces, %s, as one numeral',
    (numeral) => {
      expect(found(`${numeral} soldats`, 'fr')).toEqual([numeral]);
    },
  );

  it('does not join a French year and the number after it', () => {
    expect(found('en 2022 500 morts', 'fr')).toEqual(['2022', '500']);
  });

  it('reads a text in a language it does not know as English', () => {
    expect(found('six morti', 'it')).toEqual(['six']);
  });
});

describe('parseNumeral', () => {
  it.each([
    ['3,500', 3500],
    ['12,000', 12000],
    ['89', 89],
    ['six', 6],
    ['Eleven', 11],
    ['third', 3],
    ['4th', 4],
    ['fifty', 50],
  ])('reads %s as %d', (written, value) => {
    expect(parseNumeral(written)).toEqual({ kind: 'number', value });
  });

  it.each(['dozens', 'Dozens', 'hundreds', 'thousands', 'millions'])(
    'reads %s as committing to no number',
    (written) => {
      expect(parseNumeral(written)).toEqual({ kind: 'vague' });
    },
  );

  it.each([
    ['January 20, 2022', { year: 2022, month: 1, day: 20 }],
    ['23 March 2019', { year: 2019, month: 3, day: 23 }],
    ['November 2021', { year: 2021, month: 11 }],
    ['2019', { year: 2019 }],
    ['01/22/2022', { year: 2022, month: 1, day: 22 }],
    ['January 22', { month: 1, day: 22 }],
    ['14 March', { month: 3, day: 14 }],
  ])('reads %s as a date with only the parts it gives', (written, from) => {
    expect(parseNumeral(written)).toEqual({ kind: 'date', from });
  });

  it('reads a span of days or years as a range', () => {
    expect(parseNumeral('January 20 to 21')).toEqual({
      kind: 'date',
      from: { month: 1, day: 20 },
      to: { month: 1, day: 21 },
    });
    expect(parseNumeral('2013-2014')).toEqual({
      kind: 'date',
      from: { year: 2013 },
      to: { year: 2014 },
    });
  });

  it('reads a bare four-digit number as a count when asked', () => {
    expect(parseNumeral('2019', { as: 'number' })).toEqual({ kind: 'number', value: 2019 });
  });

  it('refuses forms it does not know instead of guessing', () => {
    expect(parseNumeral('5.000,5')).toBeNull();
    expect(parseNumeral('many')).toBeNull();
  });

  it('reads a numeral in a language it does not know as English', () => {
    expect(parseNumeral('1,500', { language: 'it' })).toEqual({ kind: 'number', value: 1500 });
  });
});

describe('parseNumeral: digits', () => {
  const number = (written: string, language: string) =>
    parseNumeral(written, { as: 'number', language });

  it.each([
    ['en', '4.2'],
    ['fr', '4,2'],
    ['de', '4,2'],
    ['es', '4,2'],
  ])('reads decimals with the mark of the language (%s: %s)', (language, written) => {
    expect(number(written, language)).toEqual({ kind: 'number', value: 4.2 });
  });

  it.each([
    ['en', '1,500,000'],
    ['fr', '1 500 000'],
    ['fr', '1\u00a0500\u00a0000'],
    ['fr', '1\u202f500\u202f000'],
    ['de', '1.500.000'],
    ['es', '1.500.000'],
  ])('groups thousands with the mark of the language (%s: %s)', (language, written) => {
    expect(number(written, language)).toEqual({ kind: 'number', value: 1_500_000 });
  });

  it.each([
    ['en', '1,500.25'],
    ['fr', '1 500,25'],
    ['de', '1.500,25'],
  ])('reads groups and decimals together (%s: %s)', (language, written) => {
    expect(number(written, language)).toEqual({ kind: 'number', value: 1500.25 });
  });

  it('reads "1.500" as 1.5 in English and as 1500 in German', () => {
    expect(number('1.500', 'en')).toEqual({ kind: 'number', value: 1.5 });
    expect(number('1.500', 'de')).toEqual({ kind: 'number', value: 1500 });
  });

  it('reads "1,5" as 1.5 in German', () => {
    expect(number('1,5', 'de')).toEqual({ kind: 'number', value: 1.5 });
  });

  it.each(['1,5', '1,50,000', '1,5000'])(
    'refuses %s in English: thousands are grouped in threes',
    (written) => {
      expect(number(written, 'en')).toBeNull();
    },
  );

  it.each([
    ['en', '1 500'],
    ['fr', '1.500'],
    ['de', '1,500.5'],
  ])('refuses a grouping mark the language does not use (%s: %s)', (language, written) => {
    expect(number(written, language)).toBeNull();
  });

  it('refuses a number grouped with two different marks', () => {
    expect(number('1.500 000', 'fr')).toBeNull();
  });

  it.each([
    ['٣٥٠٠', 3500],
    ['۳۵۰۰', 3500],
    ['٣٬٥٠٠', 3500],
    ['٣٫٥', 3.5],
    ['١٢٬٠٠٠٫٥', 12000.5],
  ])('reads %s, in the Arabic digits and separators, as %d', (written, value) => {
    expect(number(written, 'en')).toEqual({ kind: 'number', value });
  });
});

describe('parseNumeral: number words', () => {
  const number = (written: string, language = 'en') =>
    parseNumeral(written, { as: 'number', language });

  it.each([
    ['Twenty-five', 25],
    ['ninety-nine', 99],
    ['twenty five', 25],
    ['a hundred', 100],
    ['one hundred and five', 105],
    ['one hundred five', 105],
    ['fifteen hundred', 1500],
    ['three thousand two hundred', 3200],
    ['two thousand and five', 2005],
    ['a thousand', 1000],
  ])('reads the English %s as %d', (written, value) => {
    expect(number(written)).toEqual({ kind: 'number', value });
  });

  it.each([
    ['2 million', 2_000_000],
    ['2.5 million', 2_500_000],
    ['two million', 2_000_000],
    ['1.2 billion', 1_200_000_000],
    ['3 thousand', 3000],
    ['4.35 million', 4_350_000],
    ['two hundred thousand', 200_000],
  ])('reads the scale word in %s', (written, value) => {
    expect(number(written)).toEqual({ kind: 'number', value });
  });

  it.each([
    'hundred',
    'million',
    'five five',
    'twenty thirty',
    'two thousand fifteen hundred',
    'one million two million',
    'zero million',
  ])('refuses "%s": the words do not make a number', (written) => {
    expect(number(written)).toBeNull();
  });

  it.each([
    ['vingt-cinq', 25],
    ['vingt et un', 21],
    ['vingt-et-une', 21],
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['quatre-vingts', 80],
    ['quatre-vingt-un', 81],
    ['quatre-vingt-dix-neuf', 99],
    ['septante', 70],
    ['nonante-cinq', 95],
    ['cent un', 101],
    ['deux cents', 200],
    ['mille', 1000],
    ['deux mille cinq cents', 2500],
    ['trois millions', 3_000_000],
    ['2,5 millions', 2_500_000],
    ['un milliard', 1_000_000_000],
    ['une', 1],
  ])('reads the French %s as %d', (written, value) => {
    expect(number(written, 'fr')).toEqual({ kind: 'number', value });
  });

  it.each([
    ['fünfundzwanzig', 25],
    ['einundzwanzig', 21],
    ['dreißig', 30],
    ['hundert', 100],
    ['zweihundertfünf', 205],
    ['tausend', 1000],
    ['zweitausendfünfhundert', 2500],
    ['eine Million', 1_000_000],
    ['zwei Millionen', 2_000_000],
    ['2,5 Millionen', 2_500_000],
    ['drei Milliarden', 3_000_000_000],
    ['ein', 1],
  ])('reads the German %s as %d', (written, value) => {
    expect(number(written, 'de')).toEqual({ kind: 'number', value });
  });

  it.each([
    ['veinticinco', 25],
    ['veintiún', 21],
    ['treinta y cinco', 35],
    ['treinta y una', 31],
    ['cien', 100],
    ['ciento uno', 101],
    ['quinientos', 500],
    ['doscientas', 200],
    ['mil', 1000],
    ['dos mil quinientos', 2500],
    ['un millón', 1_000_000],
    ['dos millones', 2_000_000],
    ['mil millones', 1_000_000_000],
    ['2,5 millones', 2_500_000],
    ['uno', 1],
  ])('reads the Spanish %s as %d', (written, value) => {
    expect(number(written, 'es')).toEqual({ kind: 'number', value });
  });

  it('refuses "ciento" alone: a hundred alone is "cien"', () => {
    expect(number('ciento', 'es')).toBeNull();
  });

  it.each([
    ['en', 'scores'],
    ['en', 'tens of thousands'],
    ['en', 'hundreds of thousands'],
    ['fr', 'des dizaines'],
    ['fr', 'des centaines'],
    ['fr', 'des milliers'],
    ['fr', 'milliers'],
    ['de', 'Dutzende'],
    ['de', 'Hunderte'],
    ['de', 'Tausende'],
    ['de', 'Zehntausende'],
    ['es', 'decenas'],
    ['es', 'cientos'],
    ['es', 'miles'],
  ])('reads the %s %s as committing to no number', (language, written) => {
    expect(number(written, language)).toEqual({ kind: 'vague' });
  });
});

describe('parseNumeral: dates', () => {
  it.each([
    ['fr', '22 janvier 2022', { year: 2022, month: 1, day: 22 }],
    ['fr', '1er février 2022', { year: 2022, month: 2, day: 1 }],
    ['fr', '22 janvier', { month: 1, day: 22 }],
    ['fr', 'janvier 2022', { year: 2022, month: 1 }],
    ['de', '22. Januar 2022', { year: 2022, month: 1, day: 22 }],
    ['de', '3. März', { month: 3, day: 3 }],
    ['de', 'März 2021', { year: 2021, month: 3 }],
    ['es', '22 de enero de 2022', { year: 2022, month: 1, day: 22 }],
    ['es', '22 de enero', { month: 1, day: 22 }],
    ['es', 'enero de 2022', { year: 2022, month: 1 }],
  ])('reads the %s date %s with only the parts it gives', (language, written, from) => {
    expect(parseNumeral(written, { language })).toEqual({ kind: 'date', from });
  });

  it.each([
    ['fr', 'du 20 au 21 janvier'],
    ['fr', '20-21 janvier'],
    ['de', 'vom 20. bis 21. Januar'],
    ['de', '20.–21. Januar'],
    ['es', 'del 20 al 21 de enero'],
  ])('reads the %s span of days %s', (language, written) => {
    expect(parseNumeral(written, { language })).toEqual({
      kind: 'date',
      from: { month: 1, day: 20 },
      to: { month: 1, day: 21 },
    });
  });

  it.each([
    ['en', '04/03/2022', { year: 2022, month: 4, day: 3 }],
    ['fr', '03/04/2022', { year: 2022, month: 4, day: 3 }],
    ['es', '03/04/2022', { year: 2022, month: 4, day: 3 }],
    ['de', '03.04.2022', { year: 2022, month: 4, day: 3 }],
  ])(
    'reads the %s numeric date %s in the order the language writes it',
    (language, written, from) => {
      expect(parseNumeral(written, { language })).toEqual({ kind: 'date', from });
    },
  );

  it.each(['2013 to 2014', 'between 2013 and 2014'])('reads the span of years %s', (written) => {
    expect(parseNumeral(written)).toEqual({
      kind: 'date',
      from: { year: 2013 },
      to: { year: 2014 },
    });
  });
});

describe('parseNumeral: ranges', () => {
  const range = { kind: 'range', low: 70, high: 80 };

  it.each([
    ['en', 'between 70 and 80'],
    ['en', '70-80'],
    ['en', '70–80'],
    ['en', '70 – 80'],
    ['en', '70 to 80'],
    ['en', 'from 70 to 80'],
    ['fr', 'entre 70 et 80'],
    ['fr', 'de 70 à 80'],
    ['de', 'zwischen 70 und 80'],
    ['de', 'von 70 bis 80'],
    ['es', 'entre 70 y 80'],
    ['es', 'de 70 a 80'],
  ])('reads the %s %s as a range from 70 to 80', (language, written) => {
    expect(parseNumeral(written, { as: 'number', language })).toEqual(range);
  });

  it('reads a range written in words', () => {
    expect(parseNumeral('seventy to eighty', { as: 'number' })).toEqual(range);
  });

  it('finds the word that joins the ends when a number holds the same word', () => {
    expect(parseNumeral('entre vingt et un et trente', { as: 'number', language: 'fr' })).toEqual({
      kind: 'range',
      low: 21,
      high: 30,
    });
  });

  it('reads a range of years as numbers when the topic is a count', () => {
    expect(parseNumeral('2013-2014', { as: 'number' })).toEqual({
      kind: 'range',
      low: 2013,
      high: 2014,
    });
  });

  it('gives the low end of "2 to 3 million" the high end’s scale word', () => {
    expect(parseNumeral('2 to 3 million', { as: 'number' })).toEqual({
      kind: 'range',
      low: 2_000_000,
      high: 3_000_000,
    });
  });

  it('keeps a low end of a thousand or more as written', () => {
    expect(parseNumeral('500,000 to 1 million', { as: 'number' })).toEqual({
      kind: 'range',
      low: 500_000,
      high: 1_000_000,
    });
  });

  it('refuses "500 to 3 million": the low end could be 500 or 500 million', () => {
    expect(parseNumeral('500 to 3 million', { as: 'number' })).toBeNull();
  });

  it.each(['80-70', 'between 80 and 70', '70-70'])(
    'refuses %s: the low end must be below the high end',
    (written) => {
      expect(parseNumeral(written, { as: 'number' })).toBeNull();
    },
  );
});

describe('NUMERAL_LANGUAGES', () => {
  it('names the languages whose numerals are understood', () => {
    expect(NUMERAL_LANGUAGES).toEqual(['en', 'fr', 'de', 'es']);
  });
});
