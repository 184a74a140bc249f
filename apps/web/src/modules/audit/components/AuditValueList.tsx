import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/format';
import { isRole } from '../../members/roles';
import { isPhaseKind, isPhaseState } from '../../revisions/phases';
import { isAuditField, type AuditValues } from '../auditLabels';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The recorded state before or after a change, as "field: value" lines in the reader's language. */
export function AuditValueList({ values, fields }: { values: AuditValues | null; fields: readonly string[] }) {
  const { t, i18n } = useTranslation();
  if (!values) return <span>–</span>;

  const label = (key: string) => (isAuditField(key) ? t(`audit.field.${key}`) : key);
  const value = (key: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return '–';
    if (Array.isArray(raw)) return raw.map((item) => value(key, item)).join(', ');
    if (typeof raw === 'string') {
      if (key === 'kind' && isPhaseKind(raw)) return t(`phase.kind.${raw}`);
      if (key === 'state' && isPhaseState(raw)) return t(`phase.state.${raw}`);
      if (key === 'role' && isRole(raw)) return t(`roles.${raw}`);
      if (ISO_DAY.test(raw)) return formatDay(raw, i18n.language);
      return raw;
    }
    return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
  };

  const shown = fields.filter((key) => key in values);
  if (shown.length === 0) return <span>–</span>;
  return (
    <dl className="app-audit-values">
      {shown.map((key) => (
        <div key={key}>
          <dt>{label(key)}</dt>
          <dd>{value(key, values[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
