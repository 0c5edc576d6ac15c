import type { NumeralLanguage } from './language.js';

const BELOW_TWENTY = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix sept',
  'dix huit',
  'dix neuf',
];

/**
 * A ten and the numbers written on it: "vingt", "vingt et un", "vingt-deux" … Sixty and eighty
 * count on to 79 and 99 ("soixante-dix", "quatre-vingt-dix"); eighty takes no "et".
 */
function tens(ten: string, value: number, span: 10 | 20, et: boolean): [string, number][] {
  return [
    [ten, value],
    ...BELOW_TWENTY.slice(1, span).map((unit, i): [string, number] => {
      const joined =
        et && (unit === 'un' || unit === 'onze') ? `${ten} et ${unit}` : `${ten} ${unit}`;
      return [joined, value + i + 1];
    }),
  ];
}

/** zéro to quatre-vingt-dix-neuf, with Belgian and Swiss septante, huitante and nonante. */
function belowHundred(): Map<string, number> {
  const numbers = new Map<string, number>([
    ...BELOW_TWENTY.map((word, value): [string, number] => [word, value]),
    ...tens('vingt', 20, 10, true),
    ...tens('trente', 30, 10, true),
    ...tens('quarante', 40, 10, true),
    ...tens('cinquante', 50, 10, true),
    ...tens('soixante', 60, 20, true),
    ...tens('septante', 70, 10, true),
    ...tens('huitante', 80, 10, true),
    ...tens('nonante', 90, 10, true),
    ...tens('quatre vingt', 80, 20, false),
    ['quatre vingts', 80],
  ]);
  // One agrees with a feminine noun: "vingt et une personnes".
  for (const [word, value] of [...numbers])
    if (/(?:^| )un$/.test(word)) numbers.set(`${word}e`, value);
  return numbers;
}

export const french: NumeralLanguage = {
  code: 'fr',
  groupMarks: [' ', '\u00a0', '\u202f'],
  decimalMark: ',',
  ordinalSuffix: '',
  numbers: belowHundred(),
  scales: new Map([
    ['cent', 2],
    ['cents', 2],
    ['mille', 3],
    ['million', 6],
    ['millions', 6],
    ['milliard', 9],
    ['milliards', 9],
  ]),
  scalesAlone: ['cent', 'mille'],
  ordinals: new Map(),
  vague: [
    'des dizaines',
    'des centaines',
    'des milliers',
    'des millions',
    'des dizaines de milliers',
    'des centaines de milliers',
  ],
  unreported: ['un', 'une'],
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  daySuffix: '(?:er)?',
  dates: [
    '{day} {month} {year}', // 22 janvier 2022, 1er janvier 2022
    '(?:du )?{day}(?: au |\\s?[-–]\\s?){until} {month}', // du 20 au 21 janvier, 20-21 janvier
    '{day} {month}', // 22 janvier
    '{month} {year}', // janvier 2022
    '{dd}/{mm}/{year}', // 22/01/2022
  ],
  ranges: [
    ['entre ', ' et '],
    ['de ', ' à '],
    ['', ' à '],
  ],
};
