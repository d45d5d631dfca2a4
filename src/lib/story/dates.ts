/**
 * Dates as the content writes them (`2024-01-02`, `2024-04`, `2019`) and as
 * readers read them, through Intl in the locale the caller passes (the site's,
 * from src/i18n/). Never more precise than the source: a month stays a month.
 */

export type Precision = 'day' | 'month' | 'year';

export function precisionOf(date: string): Precision {
  return date.length >= 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** en-GB: "2 January 2024", "April 2024" or "2019"; de-DE: "2. Januar 2024", "April 2024", "2019". */
export function formatDate(date: string, locale: string): string {
  const precision = precisionOf(date);
  const [year, month = '1', day = '1'] = date.split('-');
  const key = `${locale} ${precision}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, OPTIONS[precision])));
  return format.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
}

/** Sort key that puts month- and year-precision dates before the days within them. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
