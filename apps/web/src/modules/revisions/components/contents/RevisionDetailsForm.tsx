import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ReportConflict } from '../../../../components/ConflictBoundary';
import { UPDATE_REVISION } from '../../graphql/mutations';
import { ItemForm, type ItemFieldSpec } from './ItemForm';
import type { Contents } from './types';

/** Title and description of the revision itself. */
export function RevisionDetailsForm({
  revision,
  onDone,
  onConflict,
}: {
  revision: Pick<Contents, 'id' | 'title' | 'description' | 'version'>;
  onDone: () => void;
  onConflict: ReportConflict;
}) {
  const { t } = useTranslation();
  const [update] = useMutation(UPDATE_REVISION);
  const fields: ItemFieldSpec<'title' | 'description'>[] = [
    { name: 'title', label: t('revisions.create.title'), required: true, maxLength: 300 },
    { name: 'description', label: t('contents.description'), multiline: true },
  ];
  return (
    <ItemForm
      idPrefix="revision-details"
      fields={fields}
      initial={{ title: revision.title, description: revision.description ?? '' }}
      save={(v) =>
        update({
          variables: {
            input: { id: revision.id, version: revision.version, title: v.title, description: v.description || null },
          },
        })
      }
      onDone={onDone}
      onConflict={onConflict}
    />
  );
}
