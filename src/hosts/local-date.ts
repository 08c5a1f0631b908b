/**
 * The user's calendar date as ISO `yyyy-mm-dd`, in the machine's own time zone: at 07:00 in
 * Beijing it is already the next day while UTC still has the previous one. The core never reads
 * a clock; hosts pass this date in (`resolveSettings`' `clockToday`).
 */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
