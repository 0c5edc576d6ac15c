/**
 * Figures and dates as people read them: "3,500", "4th", "20 January 2022", "20–21 January 2022".
 * Written by hand rather than with Intl so the same corpus reads the same in every locale, on every
 * machine and in every browser: the quiz, the exercises and the briefing all print through here.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 3500 → "3,500"; 2.5 → "2.5"; negative numbers take a true minus sign. */
export function formatNumber(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function formatOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${formatNumber(n)}${suffix}`;
}

/** "2022" → "2022", "2022-01" → "January 2022", "2022-01-20" → "20 January 2022". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * A date or an ISO interval, only as precisely as the text gives it: "2013/2014" → "2013–2014",
 * "2022-01-20/2022-01-21" → "20–21 January 2022", otherwise "… to …".
 */
export function formatDate(value: string): string {
  const [from, to] = value.split('/') as [string, string?];
  if (to === undefined) return formatPartialDate(from);
  const [fromYear, fromMonth, fromDay] = from.split('-');
  const [toYear, toMonth, toDay] = to.split('-');
  if (fromDay && toDay && fromYear === toYear && fromMonth === toMonth) {
    return `${Number(fromDay)}–${formatPartialDate(to)}`;
  }
  if (!fromMonth && !toMonth) return `${fromYear}–${toYear}`;
  return `${formatPartialDate(from)} to ${formatPartialDate(to)}`;
}

/** A value as written in a sentence, without its unit: "3,500", "70 to 80", "20 January 2022". */
export function formatValue(value: number | string | { low: number; high: number }): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return formatDate(value);
  return `${formatNumber(value.low)} to ${formatNumber(value.high)}`;
}
