import { calendarAttachment, calendarEvent, type CalendarEvent } from './ics';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Splits into physical lines, checking each is CRLF-terminated, at most 75 octets and whole UTF-8 on its own. */
function physicalLines(ics: string): string[] {
  const bytes = Buffer.from(ics, 'utf8');
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) throw new Error(`LF without CR at octet ${i}`);
    if (bytes[i] !== 0x0d) continue;
    if (bytes[i + 1] !== 0x0a) throw new Error(`CR without LF at octet ${i}`);
    const line = bytes.subarray(start, i);
    if (line.length > 75) throw new Error(`line of ${line.length} octets: ${line.toString()}`);
    // Throws if the line starts or ends inside a multi-byte character.
    lines.push(new TextDecoder('utf-8', { fatal: true }).decode(line));
    start = i + 2;
    i++;
  }
  if (start !== bytes.length) throw new Error('the last line does not end with CRLF');
  return lines;
}

function unfold(lines: string[]): string[] {
  const logical: string[] = [];
  for (const line of lines) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}

/** NAME;PARAM="quoted";PARAM=plain:VALUE — a colon inside a quoted parameter does not end the name part. */
function parseLine(line: string): Property {
  const head = /^([A-Z-]+)((?:;[A-Z-]+=(?:"[^"]*"|[^";:,]*))*):/.exec(line);
  if (!head) throw new Error(`not a content line: ${line}`);
  const params: Record<string, string> = {};
  for (const [, key, quoted, plain] of head[2].matchAll(/;([A-Z-]+)=(?:"([^"]*)"|([^";:,]*))/g)) {
    params[key] = quoted ?? plain;
  }
  return { name: head[1], params, value: line.slice(head[0].length) };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])|\\/g, (escape, char?: string) => {
    if (!char) throw new Error(`lone backslash in ${value}`);
    return char === 'n' || char === 'N' ? '\n' : char;
  });
}

const unescapeParam = (value: string) =>
  value.replace(/\^(.)/g, (_, c: string) => ({ n: '\n', "'": '"', '^': '^' })[c] ?? `^${c}`);

function parse(ics: string): Property[] {
  return unfold(physicalLines(ics)).map(parseLine);
}

function eventProperty(ics: string, name: string): Property {
  const properties = parse(ics);
  const begin = properties.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT');
  const end = properties.findIndex((p) => p.name === 'END' && p.value === 'VEVENT');
  const found = properties.slice(begin + 1, end).filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${found.length} ${name} properties in the VEVENT`);
  return found[0];
}

const text = (ics: string, name: string) => unescapeText(eventProperty(ics, name).value);

const conference: CalendarEvent = {
  uid: 'registration-7c0e6f1a@konzeptwerk',
  start: new Date('2026-03-12T08:30:00Z'),
  end: new Date('2026-03-12T15:45:30Z'),
  stamp: new Date('2026-01-20T10:11:12.345Z'),
  summary: '2. Integrationskonferenz Kreis Gütersloh',
  location: 'Stadthalle Gütersloh, Friedrichstraße 10; Großer Saal',
  description:
    'Workshops zu den Handlungsfeldern: Sprache und Bildung; Arbeit und Wirtschaft; Zusammenleben und aktive Teilhabe.\nBitte bringen Sie Ihre Anmeldebestätigung mit.',
  url: 'https://konzeptwerk.example/kreis-guetersloh/konferenz?anmeldung=7c0e6f1a&lang=de',
  organizer: {
    name: 'Kommunales Integrationszentrum Kreis Gütersloh, Koordination',
    email: 'ki@kreis-guetersloh.example',
  },
  sequence: 2,
};

describe('calendarEvent', () => {
  const ics = calendarEvent(conference);

  test('is one VCALENDAR with one VEVENT and the calendar properties', () => {
    const properties = parse(ics).map((p) => `${p.name}:${p.value}`);
    expect(properties.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//Konzeptwerk//Integrationskonferenz//DE',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    expect(properties.slice(-2)).toEqual(['END:VEVENT', 'END:VCALENDAR']);
    expect(properties.filter((p) => p === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(properties).not.toContain('STATUS:CANCELLED');
  });

  test('gives every event property back exactly', () => {
    expect(text(ics, 'UID')).toBe(conference.uid);
    expect(text(ics, 'SUMMARY')).toBe(conference.summary);
    expect(text(ics, 'LOCATION')).toBe(conference.location);
    expect(text(ics, 'DESCRIPTION')).toBe(conference.description);
    expect(eventProperty(ics, 'URL').value).toBe(conference.url);
    expect(eventProperty(ics, 'SEQUENCE').value).toBe('2');
    const organizer = eventProperty(ics, 'ORGANIZER');
    expect(organizer.value).toBe('mailto:ki@kreis-guetersloh.example');
    expect(unescapeParam(organizer.params.CN)).toBe(conference.organizer?.name);
  });

  test('writes times in UTC as YYYYMMDDTHHMMSSZ', () => {
    expect(eventProperty(ics, 'DTSTART').value).toBe('20260312T083000Z');
    expect(eventProperty(ics, 'DTEND').value).toBe('20260312T154530Z');
    expect(eventProperty(ics, 'DTSTAMP').value).toBe('20260120T101112Z');
  });

  test('ends every line with CRLF and nothing else', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('escapes backslash, semicolon, comma and every kind of line break in TEXT and reads them back', () => {
    const tricky = 'C:\\Pfad\\datei; a,b\\,c\\n kein Umbruch\r\nZeile 2\rZeile 3\nZeile 4 \\';
    const out = calendarEvent({ ...conference, summary: tricky, description: tricky });
    expect(eventProperty(out, 'SUMMARY').value).toBe(
      'C:\\\\Pfad\\\\datei\\; a\\,b\\\\\\,c\\\\n kein Umbruch\\nZeile 2\\nZeile 3\\nZeile 4 \\\\',
    );
    expect(text(out, 'DESCRIPTION')).toBe(tricky.replace(/\r\n|\r/g, '\n'));
  });

  test('quotes an organizer name holding colon, semicolon, comma and double quotes', () => {
    const name = 'KI "Kreis Herford": Bünde; Enger, Löhne ^ Vlotho';
    const organizer = eventProperty(
      calendarEvent({ ...conference, organizer: { name, email: 'ki@example.org' } }),
      'ORGANIZER',
    );
    expect(unescapeParam(organizer.params.CN)).toBe(name);
    expect(organizer.value).toBe('mailto:ki@example.org');
  });

  test('folds long lines at 75 octets without splitting umlauts or other multi-byte characters', () => {
    // Every offset from 0 to 3 shifts the fold points across the 2-, 3- and 4-octet characters.
    for (let offset = 0; offset < 4; offset++) {
      const description =
        'x'.repeat(offset) +
        'Größere Übergänge für Zuwanderinnen und Zuwanderer – Beratung in Bünde, Löhne und Rödinghausen € 🇺🇦 '.repeat(
          12,
        ) +
        'äöüÄÖÜß'.repeat(40);
      const out = calendarEvent({ ...conference, description, summary: 'ü'.repeat(100) });
      const lines = physicalLines(out);
      expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(20);
      expect(text(out, 'DESCRIPTION')).toBe(description);
      expect(text(out, 'SUMMARY')).toBe('ü'.repeat(100));
      // Greedy: a line was folded only because its next character would not have fit.
      lines.forEach((line, i) => {
        const next = lines[i + 1];
        if (!next?.startsWith(' ')) return;
        const nextChar = [...next.slice(1)][0];
        expect(Buffer.byteLength(line) + Buffer.byteLength(nextChar)).toBeGreaterThan(75);
      });
    }
  });

  test('leaves out optional properties that are not given and starts at SEQUENCE 0', () => {
    const out = calendarEvent({
      uid: 'u1',
      start: conference.start,
      end: conference.end,
      summary: 'Workshop',
      stamp: conference.stamp,
    });
    const names = parse(out).map((p) => p.name);
    for (const name of ['LOCATION', 'DESCRIPTION', 'URL', 'ORGANIZER', 'STATUS']) expect(names).not.toContain(name);
    expect(eventProperty(out, 'SEQUENCE').value).toBe('0');
  });

  test('stamps the current time when no stamp is given', () => {
    const before = new Date();
    const stamp = eventProperty(calendarEvent({ ...conference, stamp: undefined }), 'DTSTAMP').value;
    const parsed = new Date(stamp.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
    expect(parsed.getTime()).toBeGreaterThanOrEqual(Math.floor(before.getTime() / 1000) * 1000);
    expect(parsed.getTime()).toBeLessThanOrEqual(Date.now());
  });

  test('a cancellation says METHOD:CANCEL and STATUS:CANCELLED for the same UID', () => {
    const out = calendarEvent({ ...conference, cancelled: true, sequence: 3 });
    expect(parse(out).find((p) => p.name === 'METHOD')?.value).toBe('CANCEL');
    expect(eventProperty(out, 'STATUS').value).toBe('CANCELLED');
    expect(text(out, 'UID')).toBe(conference.uid);
    expect(eventProperty(out, 'SEQUENCE').value).toBe('3');
  });

  test('refuses an event that does not end after it starts, a bad sequence and a URI that would break the line', () => {
    expect(() => calendarEvent({ ...conference, end: conference.start })).toThrow('must end after it starts');
    expect(() => calendarEvent({ ...conference, end: new Date(Number.NaN) })).toThrow('must end after it starts');
    expect(() => calendarEvent({ ...conference, sequence: -1 })).toThrow('SEQUENCE');
    expect(() => calendarEvent({ ...conference, url: 'https://example.org/\r\nX-INJECTED:1' })).toThrow(
      'not a valid URI',
    );
    expect(() =>
      calendarEvent({ ...conference, organizer: { name: 'KI', email: 'ki@example.org\r\nATTENDEE:x' } }),
    ).toThrow('not a valid URI');
  });
});

describe('calendarAttachment', () => {
  test('carries the method in its content type', () => {
    expect(calendarAttachment(conference, 'konferenz.ics')).toEqual({
      filename: 'konferenz.ics',
      contentType: 'text/calendar; method=PUBLISH; charset=UTF-8',
      content: calendarEvent(conference),
    });
    expect(calendarAttachment({ ...conference, cancelled: true }).contentType).toBe(
      'text/calendar; method=CANCEL; charset=UTF-8',
    );
  });
});
