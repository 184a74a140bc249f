import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <p className="kern-body">{t('notFound.text')}</p>
      <p className="kern-body">
        <Link className="kern-link" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
