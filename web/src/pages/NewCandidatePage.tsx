import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CandidateForm } from '../components/CandidateForm';

/** Registers a candidate with the one candidate form; the candidate page opens after. */
export function NewCandidatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section aria-labelledby="new-title" className="narrow wide-form">
      <Heading level={1} data-size="lg" id="new-title">
        {t('newCandidate.title')}
      </Heading>
      <Paragraph>{t('newCandidate.intro')}</Paragraph>
      <CandidateForm onSaved={(created) => void navigate(`/kandidater/${created.id}`)} onCancel={() => void navigate('/kandidater')} />
    </section>
  );
}
