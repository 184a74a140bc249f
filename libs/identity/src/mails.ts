import { InvitationRole } from '@konzeptwerk/contracts';
import { publicUrl } from './config';

const ROLE_NAMES: Record<InvitationRole, { de: string; en: string }> = {
  COORDINATOR: { de: 'Koordination', en: 'coordinator' },
  PARTICIPANT: { de: 'Teilnehmende*r', en: 'participant' },
  MUNICIPAL_REVIEWER: { de: 'Prüfung für die Kommune', en: 'municipal reviewer' },
  IMPLEMENTING_ACTOR: { de: 'Umsetzende Akteur*in', en: 'implementing actor' },
  OBSERVER: { de: 'Beobachtung', en: 'observer' },
};

export function invitationMail(opts: {
  token: string;
  role: InvitationRole;
  regionName: string;
  revisionTitle: string | null;
  inviterName: string;
  expiresAt: Date;
}) {
  const link = `${publicUrl()}/einladung/${opts.token}`;
  const role = ROLE_NAMES[opts.role];
  const what = opts.revisionTitle ?? opts.regionName;
  const until = opts.expiresAt.toISOString().slice(0, 10);
  return {
    subject: `Einladung zu Konzeptwerk: ${what}`,
    textBody: [
      `Guten Tag,`,
      ``,
      `${opts.inviterName} lädt Sie ein, bei „${what}“ (${opts.regionName}) als ${role.de} mitzuwirken.`,
      `Mit diesem Link legen Sie Ihr Konto an und nehmen die Einladung an (gültig bis ${until}, nur einmal verwendbar):`,
      ``,
      link,
      ``,
      `---`,
      `${opts.inviterName} invites you to take part in “${what}” (${opts.regionName}) as ${role.en}.`,
      `Use this link to create your account and accept the invitation (valid until ${until}, single use):`,
      link,
    ].join('\n'),
  };
}

export function passwordResetMail(token: string) {
  const link = `${publicUrl()}/passwort-zuruecksetzen/${token}`;
  return {
    subject: 'Konzeptwerk: Passwort zurücksetzen / Reset your password',
    textBody: [
      'Guten Tag,',
      '',
      'für Ihr Konto wurde ein neues Passwort angefordert. Mit diesem Link vergeben Sie es (60 Minuten gültig, nur einmal verwendbar):',
      '',
      link,
      '',
      'Wenn Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren.',
      '',
      '---',
      'A new password was requested for your account. Set it with this link (valid for 60 minutes, single use):',
      link,
      'If you did not ask for this, you can ignore this message.',
    ].join('\n'),
  };
}
