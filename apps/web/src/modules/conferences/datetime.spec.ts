import { formatInstant, formatRange, fromInputValue, toInputValue } from './datetime';

describe('date-times of a conference, read and shown in Berlin time', () => {
  it('reads an input value as Berlin winter and summer time', () => {
    expect(fromInputValue('2027-01-14T09:00')).toBe('2027-01-14T08:00:00.000Z');
    expect(fromInputValue('2027-06-10T09:30')).toBe('2027-06-10T07:30:00.000Z');
  });

  it('shows an instant as the input value in Berlin time', () => {
    expect(toInputValue('2027-01-14T08:00:00.000Z')).toBe('2027-01-14T09:00');
    expect(toInputValue('2027-06-10T07:30:00Z')).toBe('2027-06-10T09:30');
    expect(toInputValue('2027-12-31T23:30:00Z')).toBe('2028-01-01T00:30');
    expect(toInputValue(null)).toBe('');
  });

  it('goes there and back unchanged across the year', () => {
    for (const value of ['2027-03-27T23:59', '2027-03-28T04:00', '2027-10-30T12:00', '2027-10-31T04:00']) {
      expect(toInputValue(fromInputValue(value))).toBe(value);
    }
  });

  it('reads a time in the skipped hour as summer time an hour later, and the repeated hour as its first pass', () => {
    expect(toInputValue(fromInputValue('2027-03-28T02:30'))).toBe('2027-03-28T03:30');
    expect(fromInputValue('2027-10-31T02:30')).toBe('2027-10-31T00:30:00.000Z');
  });

  it('refuses what is not a date-time', () => {
    expect(fromInputValue('')).toBeNull();
    expect(fromInputValue('11.03.2027 09:00')).toBeNull();
    expect(fromInputValue('2027-02-30T09:00')).toBeNull();
    expect(fromInputValue('2027-13-01T09:00')).toBeNull();
    expect(fromInputValue('2027-01-01T24:00')).toBeNull();
  });

  it('formats a day of the conference with its times in German and English', () => {
    expect(formatRange('2027-03-11T08:00:00Z', '2027-03-11T15:00:00Z', 'de')).toBe(
      'Donnerstag, 11. März 2027, 09:00–16:00 Uhr',
    );
    expect(formatRange('2027-03-11T08:00:00Z', '2027-03-11T15:00:00Z', 'en')).toBe(
      'Thursday, 11 March 2027, 09:00–16:00',
    );
    expect(formatRange('2027-03-11T08:00:00Z', '2027-03-12T12:00:00Z', 'de')).toBe(
      'Donnerstag, 11. März 2027, 09:00 Uhr – Freitag, 12. März 2027, 13:00 Uhr',
    );
    expect(formatInstant('2027-03-01T22:59:00Z', 'de')).toBe('01.03.2027, 23:59');
  });
});
