import { Alert, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ApiError, api, ok } from '../api/client';
import { CandidateForm } from '../components/CandidateForm';

/** Edits a candidate with the same form as «Ny kandidat», from the version it loaded. */
export function EditCandidatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const candidate = useQuery({
    queryKey: ['candidate', id],
    queryFn: async () => ok(await api.GET('/api/v1/candidates/{id}', { params: { path: { id } } })),
    // The form keeps what it loaded: no refetch under the user's hands.
    refetchOnWindowFocus: false,
  });
  return (
    <section aria-labelledby="edit-title" className="narrow wide-form">
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/kandidater/${id}`}>← {t('candidateForm.backToCandidate')}</RouterLink>
        </Link>
      </Paragraph>
      {candidate.isPending && <Spinner aria-label={t('app.loading')} />}
      {candidate.isError && (
        <Alert data-color={candidate.error instanceof ApiError && candidate.error.status === 404 ? 'warning' : 'danger'}>
          <Paragraph>{candidate.error instanceof ApiError && [400, 404].includes(candidate.error.status) ? t('candidate.notFound') : t('app.error')}</Paragraph>
        </Alert>
      )}
      {candidate.data && (
        <>
          <Heading level={1} data-size="lg" id="edit-title">
            {t('candidateForm.editTitle', { name: candidate.data.fullName })}
          </Heading>
          <CandidateForm
            key={candidate.data.version}
            candidate={candidate.data}
            onSaved={(saved) => void navigate(`/kandidater/${saved.id}`)}
            onCancel={() => void navigate(`/kandidater/${id}`)}
            onReload={() => void candidate.refetch()}
          />
        </>
      )}
    </section>
  );
}
