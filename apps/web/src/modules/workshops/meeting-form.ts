import { fromInputValue } from '../conferences/datetime';

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

/** A local date and time in Germany as an instant (Europe/Berlin, summer time included); call after checkMeeting. */
export function berlinInstant(local: string): string {
  const instant = fromInputValue(local);
  if (!instant) throw new Error(`Not a date and time: ${local}`);
  return instant;
}
