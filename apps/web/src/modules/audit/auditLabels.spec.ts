import { parseAuditValues, shownFields } from './auditLabels';

describe('shownFields', () => {
  it('shows only what changed in an update, keeping the phase it concerns', () => {
    const before = { kind: 'SURVEY', plannedStart: '2026-11-02', plannedEnd: '2027-02-26' };
    const after = { kind: 'SURVEY', plannedStart: '2026-11-02', plannedEnd: '2027-03-31' };
    expect(shownFields(before, after)).toEqual(['kind', 'plannedEnd']);
  });

  it('lists fields in reading order, whatever order they were stored in', () => {
    expect(
      shownFields(null, { plannedEnd: '2027-01-01', kind: 'SURVEY', plannedStart: '2026-11-02', extra: 1 }),
    ).toEqual(['kind', 'plannedStart', 'plannedEnd', 'extra']);
  });

  it('shows every recorded field of a creation or deletion, but no internal ids', () => {
    expect(shownFields(null, { text: 'Ziel', fieldOfActionId: 'f1', position: 2 })).toEqual(['text', 'position']);
    expect(shownFields({ title: 'Alt' }, null)).toEqual(['title']);
  });
});

describe('parseAuditValues', () => {
  it('reads a JSON object and ignores anything else', () => {
    expect(parseAuditValues('{"title":"Neu"}')).toEqual({ title: 'Neu' });
    expect(parseAuditValues(null)).toBeNull();
    expect(parseAuditValues('[1,2]')).toBeNull();
  });
});
