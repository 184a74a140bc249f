import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AddItem } from './AddItem';
import { EditableItem } from './EditableItem';
import { GoalList } from './GoalList';
import { ItemForm, type ItemFieldSpec } from './ItemForm';
import { SectionHeading } from './SectionHeading';
import type { FieldOfActionItem, SectionProps } from './types';

/** The API's rule for codes, checked before sending so the field can say it. */
const CODE = /^[A-ZÄÖÜ]{2,4}$/;

type FieldName = 'code' | 'title' | 'description';

export function FieldsOfActionSection({ fields, ...section }: SectionProps & { fields: readonly FieldOfActionItem[] }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { revisionId, canEdit, mutations, reload } = section;
  const specs: ItemFieldSpec<FieldName>[] = [
    { name: 'title', label: t('contents.fieldsOfAction.fieldTitle'), required: true, maxLength: 300 },
    {
      name: 'code',
      label: t('contents.fieldsOfAction.code'),
      hint: t('contents.fieldsOfAction.codeHint'),
      required: true,
      maxLength: 4,
      normalise: (v) => v.toUpperCase(),
      validate: (v) => (v && !CODE.test(v) ? t('contents.fieldsOfAction.codeInvalid') : undefined),
    },
    { name: 'description', label: t('contents.description'), multiline: true },
  ];
  const toInput = (v: Record<FieldName, string>) => ({
    revisionId,
    code: v.code,
    title: v.title,
    description: v.description || null,
  });

  return (
    <section aria-labelledby="fields-of-action">
      <SectionHeading id="fields-of-action" level={2} ref={heading}>
        {t('contents.fieldsOfAction.title')}
      </SectionHeading>
      {fields.length === 0 && <p className="kern-body">{t('contents.fieldsOfAction.none')}</p>}
      <ul className="app-item-list">
        {fields.map((field) => (
          <li key={field.id} className="app-panel">
            <EditableItem
              name={field.title}
              canEdit={canEdit}
              view={
                <>
                  <h3 className="kern-heading-medium">
                    <span className="app-code">{field.code}</span> {field.title}
                  </h3>
                  {field.description && <p className="kern-body">{field.description}</p>}
                </>
              }
              form={(close, onConflict) => (
                <ItemForm
                  idPrefix={`field-${field.id}`}
                  fields={specs}
                  initial={{ code: field.code, title: field.title, description: field.description ?? '' }}
                  save={(v) => mutations.saveFieldOfAction({ ...toInput(v), id: field.id, version: field.version })}
                  onDone={close}
                  onConflict={onConflict}
                />
              )}
              remove={() => mutations.deleteFieldOfAction(field.id)}
              onRemoved={() => heading.current?.focus()}
              reload={reload}
            />
            <GoalList
              {...section}
              goals={field.goals}
              fieldOfActionId={field.id}
              title={t('contents.goals.ofField', { field: field.title })}
              level={4}
              context={field.title}
            />
          </li>
        ))}
      </ul>
      {canEdit && (
        <AddItem
          label={t('contents.fieldsOfAction.add')}
          form={(close) => (
            <ItemForm
              idPrefix="field-new"
              fields={specs}
              initial={{ code: '', title: '', description: '' }}
              save={(v) => mutations.saveFieldOfAction(toInput(v))}
              onDone={close}
            />
          )}
        />
      )}
    </section>
  );
}
