/**
 * Conference times live in Europe/Berlin whatever the browser's time zone:
 * the people who come are there, and so are the e-mails' times.
 */
export const CONFERENCE_TIME_ZONE = 'Europe/Berlin';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: CONFERENCE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Wall-clock parts of an instant in Berlin. */
function berlinParts(date: Date) {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(PARTS.formatToParts(date).find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

/** Minutes Berlin is ahead of UTC at this instant (60 in winter, 120 in summer). */
function berlinOffset(date: Date): number {
  const p = berlinParts(date);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((wall - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}

/** English in the British form: day before month, as the people here read it. */
const localeOf = (language: string) => (language.startsWith('en') ? 'en-GB' : 'de-DE');

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the value of a datetime-local input, in Berlin time: "2027-03-11T09:00". */
export function toInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = berlinParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

const INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The value of a datetime-local input, read as Berlin time, as an ISO instant;
 * null when empty or not a real date. A time in the hour skipped when the
 * clocks go forward is read with winter time's offset (02:30 becomes 03:30
 * summer time); in the hour that repeats, the first (summer-time) one counts.
 */
export function fromInputValue(value: string): string | null {
  const m = INPUT.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null;
  // Try the offset before and after a possible switch; keep the one whose wall clock matches.
  const candidates = [120, 60].map((offset) => wall - offset * 60_000);
  const exact = candidates.find((t) => berlinOffset(new Date(t)) * 60_000 === wall - t);
  return new Date(exact ?? candidates[1]).toISOString();
}

/** "Donnerstag, 11. März 2027, 09:00 – 16:00 Uhr" or, over several days, both ends in full. */
export function formatRange(startIso: string, endIso: string, language: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const day = new Intl.DateTimeFormat(localeOf(language), {
    timeZone: CONFERENCE_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(localeOf(language), {
    timeZone: CONFERENCE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const suffix = language.startsWith('de') ? ' Uhr' : '';
  if (day.format(start) === day.format(end)) {
    return `${day.format(start)}, ${time.format(start)}–${time.format(end)}${suffix}`;
  }
  return `${day.format(start)}, ${time.format(start)}${suffix} – ${day.format(end)}, ${time.format(end)}${suffix}`;
}

/** A single instant with date and time in Berlin: "11.03.2027, 09:00". */
export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone: CONFERENCE_TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** The time of day in Berlin: "09:00". */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone: CONFERENCE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
