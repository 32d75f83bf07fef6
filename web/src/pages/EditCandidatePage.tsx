import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { CandidateLoading } from '../components/CandidateLoading';
import { api, ok } from '../api/client';
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
      <CandidateLoading query={candidate} />
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
