import { berlinInstant, checkMeeting, minutesHtml, type MeetingDraft } from './meeting-form';

const draft: MeetingDraft = {
  title: '2. Workshop Sprache und Bildung',
  fieldOfActionId: 'f1',
  startsAt: '2026-04-15T16:00',
  location: '',
  attendance: '17',
  minutes: '',
  recommendationIds: [],
};

describe('the meeting form', () => {
  it('asks for title, field and date, and a whole number of people', () => {
    expect(checkMeeting(draft)).toEqual({});
    expect(checkMeeting({ ...draft, title: ' ', fieldOfActionId: '', startsAt: '', attendance: 'viele' })).toEqual({
      title: 'required',
      fieldOfActionId: 'required',
      startsAt: 'required',
      attendance: 'invalidNumber',
    });
    expect(checkMeeting({ ...draft, attendance: '' })).toEqual({});
  });

  it('turns typed minutes into paragraphs and escapes markup', () => {
    expect(minutesHtml('Erster Punkt\nweiter\n\n<b>Zweiter</b>')).toBe(
      '<p>Erster Punkt<br>weiter</p><p>&#60;b&#62;Zweiter&#60;/b&#62;</p>',
    );
    expect(minutesHtml('  \n\n ')).toBe('');
  });

  it('reads the date and time as German time, summer and winter', () => {
    expect(berlinInstant('2026-04-15T16:00')).toBe('2026-04-15T14:00:00.000Z');
    expect(berlinInstant('2026-01-15T16:00')).toBe('2026-01-15T15:00:00.000Z');
  });
});
