import type { NumeralLanguage } from './language.js';

const BELOW_TWENTY = [
  'null',
  'eins',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
const TENS = [
  'zwanzig',
  'dreißig',
  'vierzig',
  'fünfzig',
  'sechzig',
  'siebzig',
  'achtzig',
  'neunzig',
];

/** null to neunundneunzig; one is "ein" inside a compound ("einundzwanzig") and before a noun. */
function belowHundred(): Map<string, number> {
  const numbers = new Map<string, number>([
    ...BELOW_TWENTY.map((word, value): [string, number] => [word, value]),
    ['ein', 1],
    ['eine', 1],
  ]);
  TENS.forEach((ten, i) => {
    const value = (i + 2) * 10;
    numbers.set(ten, value);
    for (let unit = 1; unit < 10; unit++)
      numbers.set(`${unit === 1 ? 'ein' : BELOW_TWENTY[unit]}und${ten}`, value + unit);
  });
  return numbers;
}

export const german: NumeralLanguage = {
  code: 'de',
  groupMarks: ['.'],
  decimalMark: ',',
  ordinalSuffix: '',
  numbers: belowHundred(),
  scales: new Map([
    ['hundert', 2],
    ['tausend', 3],
    ['million', 6],
    ['millionen', 6],
    ['milliarde', 9],
    ['milliarden', 9],
  ]),
  scalesAlone: ['hundert', 'tausend'],
  // German writes every number below a million as one word: "zweitausendfünfhundert".
  splitCompound: (word) => word.replace(/hundert|tausend/g, ' $& '),
  ordinals: new Map(),
  vague: ['dutzende', 'hunderte', 'tausende', 'zehntausende', 'hunderttausende', 'millionen'],
  unreported: ['ein', 'eine'],
  months: [
    'januar',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ],
  daySuffix: '\\.',
  dates: [
    '{day} {month} {year}', // 22. Januar 2022
    '(?:vom )?{day}(?: bis |\\s?[-–]\\s?){until} {month}', // vom 20. bis 21. Januar, 20.–21. Januar
    '{day} {month}', // 22. Januar
    '{month} {year}', // Januar 2022
    '{dd}\\.{mm}\\.{year}', // 22.01.2022
  ],
  ranges: [
    ['zwischen ', ' und '],
    ['von ', ' bis '],
    ['', ' bis '],
  ],
};
