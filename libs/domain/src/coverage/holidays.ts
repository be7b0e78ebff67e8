import holidayJp from '@holiday-jp/holiday_jp';

// Looked up by date string only: the package's own isHoliday() reads a Date in
// the process's time zone, which is UTC on our servers, not Tokyo.
// The table covers 1970–2050.
const HOLIDAYS: Readonly<Record<string, { readonly name: string }>> = holidayJp.holidays;

/** The Japanese national holiday name for a 'YYYY-MM-DD' date, or null. */
export function japaneseHoliday(isoDate: string): string | null {
  // hasOwn, so that 'constructor' and friends are not holidays.
  return Object.hasOwn(HOLIDAYS, isoDate) ? (HOLIDAYS[isoDate]?.name ?? null) : null;
}
