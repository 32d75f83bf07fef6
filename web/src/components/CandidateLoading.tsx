import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** While one candidate loads, or why it did not: another organisation's or a bad id reads as not found. */
export function CandidateLoading({ query }: { query: { isPending: boolean; isError: boolean; error: unknown } }) {
  const { t } = useTranslation();
  if (query.isPending) return <Spinner aria-label={t('app.loading')} />;
  if (!query.isError) return null;
  const status = query.error instanceof ApiError ? query.error.status : null;
  return (
    <Alert data-color={status === 404 ? 'warning' : 'danger'}>
      <Paragraph>{status === 400 || status === 404 ? t('candidate.notFound') : t('app.error')}</Paragraph>
    </Alert>
  );
}
