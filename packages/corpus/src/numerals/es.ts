import type { NumeralLanguage } from './language.js';

const BELOW_THIRTY = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const TENS = ['treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = [
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

/** cero to noventa y nueve: "treinta y cinco". */
function belowHundred(): Map<string, number> {
  const numbers = new Map(BELOW_THIRTY.map((word, value) => [word, value]));
  TENS.forEach((ten, i) => {
    const value = (i + 3) * 10;
    numbers.set(ten, value);
    for (let unit = 1; unit < 10; unit++)
      numbers.set(`${ten} y ${BELOW_THIRTY[unit]}`, value + unit);
  });
  return numbers;
}

/** cero to novecientos noventa y nueve: a hundred alone is "cien", before more "ciento". */
function belowThousand(): Map<string, number> {
  const below = belowHundred();
  const numbers = new Map([...below, ['cien', 100]]);
  HUNDREDS.forEach((hundreds, i) => {
    if (hundreds !== 'ciento') numbers.set(hundreds, (i + 1) * 100);
    for (const [word, value] of below)
      if (value > 0) numbers.set(`${hundreds} ${word}`, (i + 1) * 100 + value);
  });
  // One shortens before a noun and agrees with a feminine one, as hundreds do:
  // "veintiún soldados", "treinta y una personas", "doscientas personas".
  for (const [word, value] of [...numbers]) {
    if (word.endsWith('uno')) {
      numbers.set(word.replace(/iuno$/, 'iún').replace(/uno$/, 'un'), value);
      numbers.set(word.replace(/uno$/, 'una'), value);
    }
  }
  for (const [word, value] of [...numbers])
    if (word.includes('ientos')) numbers.set(word.replaceAll('ientos', 'ientas'), value);
  return numbers;
}

export const spanish: NumeralLanguage = {
  code: 'es',
  groupMarks: ['.'],
  decimalMark: ',',
  ordinalSuffix: '',
  numbers: belowThousand(),
  scales: new Map([
    ['mil', 3],
    ['millón', 6],
    ['millones', 6],
  ]),
  scalesAlone: ['mil'],
  ordinals: new Map(),
  vague: ['decenas', 'cientos', 'miles', 'millones', 'decenas de miles', 'cientos de miles'],
  unreported: ['un', 'una', 'uno'],
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  daySuffix: '',
  dates: [
    '{day} de {month} del? {year}', // 22 de enero de 2022
    '(?:del )?{day}(?: al |\\s?[-–]\\s?){until} de {month}', // del 20 al 21 de enero
    '{day} de {month}', // 22 de enero
    '{month} del? {year}', // enero de 2022
    '{dd}/{mm}/{year}', // 22/01/2022
  ],
  ranges: [
    ['entre ', ' y '],
    ['de ', ' a '],
    ['', ' a '],
  ],
};
