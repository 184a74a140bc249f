import type { MailAttachment } from '../outbox-message.entity';

export interface CalendarEvent {
  /** Stays the same across updates and the cancellation of one event, so calendars replace their entry. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  organizer?: { name: string; email: string };
  /** Raise with every change that is sent again, so calendars take the newer version. */
  sequence?: number;
  cancelled?: boolean;
  /** When the file was made; now unless given. */
  stamp?: Date;
}

const PRODID = '-//Konzeptwerk//Integrationskonferenz//DE';
/** RFC 5545 3.1: lines longer than this many octets, without the CRLF, are folded. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/**
 * One event as an RFC 5545 calendar file (METHOD:PUBLISH, or METHOD:CANCEL
 * with STATUS:CANCELLED), with CRLF line endings and lines folded at 75
 * octets. Throws on values that cannot be represented.
 */
export function calendarEvent(e: CalendarEvent): string {
  if (!(e.end.getTime() > e.start.getTime())) throw new Error('A calendar event must end after it starts.');
  const sequence = e.sequence ?? 0;
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new Error(`SEQUENCE must be a non-negative integer, not ${sequence}.`);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${e.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${text(e.uid)}`,
    `DTSTAMP:${utc(e.stamp ?? new Date())}`,
    `DTSTART:${utc(e.start)}`,
    `DTEND:${utc(e.end)}`,
    `SUMMARY:${text(e.summary)}`,
  ];
  if (e.location !== undefined) lines.push(`LOCATION:${text(e.location)}`);
  if (e.description !== undefined) lines.push(`DESCRIPTION:${text(e.description)}`);
  if (e.url !== undefined) lines.push(`URL:${uri(e.url)}`);
  if (e.organizer) {
    lines.push(`ORGANIZER;CN=${param(e.organizer.name)}:${uri(`mailto:${e.organizer.email}`)}`);
  }
  lines.push(`SEQUENCE:${sequence}`);
  if (e.cancelled) lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map((line) => fold(line) + CRLF).join('');
}

/** The file as a mail attachment, with the content type calendar programs expect. */
export function calendarAttachment(e: CalendarEvent, filename = 'termin.ics'): MailAttachment {
  return {
    filename,
    contentType: `text/calendar; method=${e.cancelled ? 'CANCEL' : 'PUBLISH'}; charset=UTF-8`,
    content: calendarEvent(e),
  };
}

/** DATE-TIME in UTC: `YYYYMMDDTHHMMSSZ` (seconds; milliseconds are dropped). */
function utc(date: Date): string {
  const iso = date.toISOString();
  if (!/^\d{4}-/.test(iso)) throw new Error(`${iso} lies outside the years a calendar file can hold.`);
  return iso.replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** TEXT value (RFC 5545 3.3.11). */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A URI value is not escaped, so it must not contain anything that breaks the line. */
function uri(value: string): string {
  if (/[\p{Cc} ]/u.test(value)) throw new Error(`${JSON.stringify(value)} is not a valid URI.`);
  return value;
}

/**
 * A quoted parameter value: quoting lets it hold `:;,`; a double quote or a
 * line break, which it cannot hold, is written with RFC 6868's caret escapes.
 */
function param(value: string): string {
  const escaped = value
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
  return `"${escaped.replace(/\p{Cc}/gu, '')}"`;
}

/**
 * Folds a content line so that no physical line exceeds 75 octets of UTF-8,
 * never inside a character: continuation lines start with a space, which
 * counts towards their 75.
 */
function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}
