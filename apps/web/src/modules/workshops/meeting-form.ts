/** What the meeting form holds, as typed. */
export interface MeetingDraft {
  title: string;
  fieldOfActionId: string;
  /** `YYYY-MM-DDTHH:mm` from the date-time input, read as German time. */
  startsAt: string;
  location: string;
  attendance: string;
  minutes: string;
  recommendationIds: string[];
}

export type MeetingField = 'title' | 'fieldOfActionId' | 'startsAt' | 'attendance';
export type MeetingProblems = Partial<Record<MeetingField, 'required' | 'invalidNumber'>>;

export function checkMeeting(draft: MeetingDraft): MeetingProblems {
  const problems: MeetingProblems = {};
  if (!draft.title.trim()) problems.title = 'required';
  if (!draft.fieldOfActionId) problems.fieldOfActionId = 'required';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(draft.startsAt)) problems.startsAt = 'required';
  if (draft.attendance.trim() && !/^\d{1,5}$/.test(draft.attendance.trim())) problems.attendance = 'invalidNumber';
  return problems;
}

/** Minutes typed as plain text become paragraphs (the server sanitizes whatever arrives). */
export function minutesHtml(text: string): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** A local date and time in Germany as an instant (Europe/Berlin, summer time included). */
export function berlinInstant(local: string): string {
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const offsetAt = (utc: number) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/Berlin',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(utc));
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - utc;
  };
  return new Date(guess - offsetAt(guess - offsetAt(guess))).toISOString();
}
