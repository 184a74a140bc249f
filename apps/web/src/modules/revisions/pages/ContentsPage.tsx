import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Button } from '../../../components/Button';
import { ConflictBoundary } from '../../../components/ConflictBoundary';
import { QueryFallback } from '../../../components/QueryFallback';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { FieldsOfActionSection } from '../components/contents/FieldsOfActionSection';
import { GoalList } from '../components/contents/GoalList';
import { NamedItemsSection } from '../components/contents/NamedItemsSection';
import { RevisionDetailsForm } from '../components/contents/RevisionDetailsForm';
import type { SectionProps } from '../components/contents/types';
import { useContentMutations } from '../components/contents/useContentMutations';
import { useFocusReturn } from '../components/contents/useFocusReturn';
import { RevisionHeader } from '../components/RevisionHeader';
import { REVISION_CONTENTS } from '../graphql/queries';

/** Inhalte: the revision's fields of action with their goals, guiding goals, guidelines and target groups. */
export function ContentsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const rights = rightsOf(useSignedInViewer());
  const { data, error, refetch } = useQuery(REVISION_CONTENTS, { variables: { id } });
  const mutations = useContentMutations();
  const details = useFocusReturn();

  if (!data) return <QueryFallback error={error} title={t('contents.title')} />;
  const revision = data.revision;
  const section: SectionProps = {
    revisionId: revision.id,
    canEdit: rights.coordinates(revision.regionId),
    mutations,
    reload: () => refetch(),
  };

  return (
    <>
      <RevisionHeader revision={revision} page="contents" title={t('contents.title')} subtitle={revision.title} />
      {!section.canEdit && <p className="kern-body">{t('contents.readOnly')}</p>}
      {section.canEdit && (
        <section aria-labelledby="revision-details" className="app-panel">
          <h2 className="kern-heading-large" id="revision-details">
            {t('contents.details')}
          </h2>
          {details.open ? (
            <ConflictBoundary reload={section.reload}>
              {(onConflict) => (
                <RevisionDetailsForm
                  revision={revision}
                  onDone={() => details.setOpen(false)}
                  onConflict={onConflict}
                />
              )}
            </ConflictBoundary>
          ) : (
            <>
              {revision.description && <p className="kern-body">{revision.description}</p>}
              <Button ref={details.button} onClick={() => details.setOpen(true)}>
                {t('contents.editDetails')}
              </Button>
            </>
          )}
        </section>
      )}
      <FieldsOfActionSection {...section} fields={revision.fieldsOfAction} />
      <GoalList
        {...section}
        goals={revision.guidingGoals}
        fieldOfActionId={null}
        title={t('contents.guidingGoals.title')}
        level={2}
      />
      <NamedItemsSection
        {...section}
        id="guidelines"
        title={t('contents.guidelines.title')}
        none={t('contents.guidelines.none')}
        nameLabel={t('contents.guidelines.name')}
        textLabel={t('contents.guidelines.text')}
        addLabel={t('contents.guidelines.add')}
        items={revision.guidelines.map((g) => ({ id: g.id, version: g.version, name: g.title, text: g.text }))}
        save={(v, item) =>
          mutations.saveGuideline({
            id: item?.id,
            version: item?.version,
            revisionId: revision.id,
            title: v.name,
            text: v.text || null,
          })
        }
        remove={(item) => mutations.deleteGuideline(item.id)}
      />
      <NamedItemsSection
        {...section}
        id="target-groups"
        title={t('contents.targetGroups.title')}
        none={t('contents.targetGroups.none')}
        nameLabel={t('contents.targetGroups.name')}
        textLabel={t('contents.description')}
        addLabel={t('contents.targetGroups.add')}
        items={revision.targetGroups.map((g) => ({ id: g.id, version: g.version, name: g.name, text: g.description }))}
        save={(v, item) =>
          mutations.saveTargetGroup({
            id: item?.id,
            version: item?.version,
            revisionId: revision.id,
            name: v.name,
            description: v.text || null,
          })
        }
        remove={(item) => mutations.deleteTargetGroup(item.id)}
      />
    </>
  );
}
