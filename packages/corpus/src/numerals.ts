/**
 * What counts as a numeral in a text, and what a numeral as written means. The coverage rule uses
 * findNumerals to prove that no figure in a text escaped annotation; the value rule uses
 * parseNumeral to prove that every claim's value is what its words say.
 */

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
] as const;
const TENS = [
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
] as const;
const ORDINALS = [
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
] as const;
/** Words that name a quantity without committing to one ("dozens of people"). */
const VAGUE = ['dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'scores'] as const;
const MULTIPLIERS = { hundred: 100, thousand: 1_000, million: 1_000_000 } as const;

const WORD_VALUES = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as [string, number]),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as [string, number]),
]);
const ORDINAL_VALUES = new Map<string, number>(ORDINALS.map((w, i) => [w, i + 2]));

const MONTHS = [
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
] as const;

// "First" is left out on purpose: in these texts it is never a figure, and as an ordinal of one it
// carries no quantity a reader could get wrong.
const NUMBER_WORDS = [...UNITS, ...TENS, ...ORDINALS, ...VAGUE, ...Object.keys(MULTIPLIERS)];

const NUMERAL = new RegExp(
  String.raw`\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th)?|\b(?:${NUMBER_WORDS.join('|')})\b`,
  'gi',
);

export interface NumeralToken {
  text: string;
  start: number;
  end: number;
}

/** Every numeral in a text, digits and number words alike, in order of appearance. */
export function findNumerals(text: string): NumeralToken[] {
  return [...text.matchAll(NUMERAL)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

export type ParsedNumeral =
  | { kind: 'number'; value: number }
  | { kind: 'vague' }
  | { kind: 'date'; from: DateParts; to?: DateParts };

const monthOf = (word: string) => MONTHS.indexOf(word.toLowerCase() as (typeof MONTHS)[number]) + 1;
const MONTH = `(${MONTHS.join('|')})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;

const DATE_FORMS: [RegExp, (m: RegExpMatchArray) => ParsedNumeral][] = [
  // January 20, 2022
  [
    new RegExp(`^${MONTH} ${DAY},? ${YEAR}$`, 'i'),
    (m) => date({ year: +m[3]!, month: monthOf(m[1]!), day: +m[2]! }),
  ],
  // 23 March 2019
  [
    new RegExp(`^${DAY} ${MONTH},? ${YEAR}$`, 'i'),
    (m) => date({ year: +m[3]!, month: monthOf(m[2]!), day: +m[1]! }),
  ],
  // January 20 to 21 (no year)
  [
    new RegExp(`^${MONTH} ${DAY} (?:to|-|–) ${DAY}$`, 'i'),
    (m) => date({ month: monthOf(m[1]!), day: +m[2]! }, { month: monthOf(m[1]!), day: +m[3]! }),
  ],
  // January 22 (no year)
  [new RegExp(`^${MONTH} ${DAY}$`, 'i'), (m) => date({ month: monthOf(m[1]!), day: +m[2]! })],
  // November 2021
  [new RegExp(`^${MONTH} ${YEAR}$`, 'i'), (m) => date({ year: +m[2]!, month: monthOf(m[1]!) })],
  // 01/22/2022, as US-style "Status" lines write it
  [/^(\d{2})\/(\d{2})\/(\d{4})$/, (m) => date({ year: +m[3]!, month: +m[1]!, day: +m[2]! })],
  // 2013-2014
  [/^(\d{4})\s*(?:-|–|to)\s*(\d{4})$/, (m) => date({ year: +m[1]! }, { year: +m[2]! })],
  // 2019 (a bare year; a four-digit number from 1900 to 2099 with no thousands separator)
  [/^((?:19|20)\d{2})$/, (m) => date({ year: +m[1]! })],
];

function date(from: DateParts, to?: DateParts): ParsedNumeral {
  return to ? { kind: 'date', from, to } : { kind: 'date', from };
}

/**
 * The meaning of a numeral as written: "3,500" is 3500, "six" is 6, "4th" is 4, "January 20,
 * 2022" is a date, "dozens" commits to no number. Returns null for forms it does not know.
 * A bare four-digit year is read as a date; pass `as: 'number'` to read it as a count.
 */
export function parseNumeral(
  asWritten: string,
  as: 'date' | 'number' = 'date',
): ParsedNumeral | null {
  const written = asWritten.trim().replace(/\u00a0/g, ' ');
  const lower = written.toLowerCase();
  if ((VAGUE as readonly string[]).includes(lower)) return { kind: 'vague' };
  if (as === 'date') {
    for (const [pattern, build] of DATE_FORMS) {
      const m = written.match(pattern);
      if (m) return build(m);
    }
  }
  const digits = written.match(/^(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)?$/i);
  if (digits) return { kind: 'number', value: Number(digits[1]!.replace(/,/g, '')) };
  const word = WORD_VALUES.get(lower) ?? ORDINAL_VALUES.get(lower);
  if (word !== undefined) return { kind: 'number', value: word };
  const multiplied = lower.match(/^(\w+)[ -](hundred|thousand|million)$/);
  if (multiplied) {
    const base = WORD_VALUES.get(multiplied[1]!);
    if (base !== undefined)
      return {
        kind: 'number',
        value: base * MULTIPLIERS[multiplied[2] as keyof typeof MULTIPLIERS],
      };
  }
  return null;
}

/** The parts of an ISO partial date ("2022-01" → { year: 2022, month: 1 }). */
export function datePartsOf(iso: string): DateParts {
  const [year, month, day] = iso.split('-').map(Number);
  return {
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}
