/** Dates as the content writes them (`2024-01-02`, `2024-04`, `2019`) and as readers read them. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type Precision = 'day' | 'month' | 'year';

export function precisionOf(date: string): Precision {
  return date.length >= 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** "2 January 2024", "April 2024" or "2019": never more precise than the source. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** Sort key that puts month- and year-precision dates before the days within them. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
