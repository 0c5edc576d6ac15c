import type { NumeralLanguage } from './language.js';

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** zero to ninety-nine. */
function belowHundred(): Map<string, number> {
  const numbers = new Map(UNITS.map((word, value) => [word, value]));
  TENS.forEach((ten, i) => {
    const value = (i + 2) * 10;
    numbers.set(ten, value);
    for (let unit = 1; unit < 10; unit++) numbers.set(`${ten} ${UNITS[unit]}`, value + unit);
  });
  return numbers;
}

export const english: NumeralLanguage = {
  code: 'en',
  groupMarks: [','],
  decimalMark: '.',
  ordinalSuffix: 'st|nd|rd|th',
  numbers: belowHundred(),
  scales: new Map([
    ['hundred', 2],
    ['thousand', 3],
    ['million', 6],
    ['billion', 9],
  ]),
  scalesAlone: [],
  scaleOne: 'a',
  scaleJoiner: 'and',
  // "First" is left out on purpose: in these texts it is never a figure, and as an ordinal of one
  // it carries no quantity a reader could get wrong.
  ordinals: new Map(
    [
      'second',
      'third',
      'fourth',
      'fifth',
      'sixth',
      'seventh',
      'eighth',
      'ninth',
      'tenth',
      'eleventh',
      'twelfth',
    ].map((word, i) => [word, i + 2]),
  ),
  vague: [
    'dozen',
    'dozens',
    'scores',
    'hundreds',
    'thousands',
    'millions',
    'billions',
    'tens of thousands',
    'hundreds of thousands',
  ],
  unreported: [],
  months: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
  daySuffix: '(?:st|nd|rd|th)?',
  dates: [
    '{month} {day},? {year}', // January 20, 2022
    '{day} {month},? {year}', // 23 March 2019
    '{month} {day} (?:to|-|–) {until}', // January 20 to 21
    '{month} {day}', // January 22
    '{day} {month}', // 14 March
    '{month} {year}', // November 2021
    '{mm}/{dd}/{year}', // 01/22/2022, as US-style "Status" lines write it
  ],
  ranges: [
    ['between ', ' and '],
    ['from ', ' to '],
    ['', ' to '],
  ],
};
