import { Alert, Button, Heading, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, ApiError, ok } from '../api/client';

/**
 * `/mentor-svar?token=…`: the mentor's answer to a proposal, from the e-mailed link, without an
 * account. Shows who asks and the candidate's first name, then «Ja» or «Nei», then a confirmation.
 */
export function MentorAnswerPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const proposal = useQuery({
    queryKey: ['mentorship-answer', token],
    enabled: token !== '',
    retry: false,
    queryFn: async () => ok(await api.GET('/api/v1/mentorship-answers/{token}', { params: { path: { token } } })),
  });
  const answer = useMutation({
    mutationFn: async (body: { answer: 'accept' | 'decline'; reason?: string }) =>
      ok(await api.POST('/api/v1/mentorship-answers/{token}', { params: { path: { token } }, body })),
  });

  const problemCode = (error: unknown) => (error instanceof ApiError ? error.problem?.code : undefined);
  const failure = (error: unknown) => {
    const code = problemCode(error);
    if (code === 'mentorship_answer_link_invalid' || code === 'mentorship_answer_link_expired' || code === 'mentorship_already_answered' || code === 'mentorship_answer_closed') {
      return t(`mentorshipFlow.mentorPage.${code}`);
    }
    if (error instanceof ApiError && error.status === 429) return t('mentorshipFlow.mentorPage.tooMany');
    return t('app.error');
  };

  const body = (() => {
    if (!token) return <Alert data-color="warning"><Paragraph>{t('mentorshipFlow.mentorPage.missingToken')}</Paragraph></Alert>;
    if (proposal.isPending) return <Spinner aria-label={t('app.loading')} />;
    if (proposal.isError) return <Alert data-color="warning"><Paragraph>{failure(proposal.error)}</Paragraph></Alert>;
    const p = answer.data ?? proposal.data;
    const contact = p.contact ? t('mentorshipFlow.mentorPage.contact', { name: p.contact.name, email: p.contact.email }) : t('mentorshipFlow.mentorPage.contactCoordinator');
    if (answer.isSuccess) {
      return (
        <div className="stack">
          <Alert data-color="success" role="status">
            <Heading level={2} data-size="xs">
              {p.answer === 'accepted' ? t('mentorshipFlow.mentorPage.thanksYes') : t('mentorshipFlow.mentorPage.thanksNo')}
            </Heading>
            <Paragraph>{p.answer === 'accepted' ? t('mentorshipFlow.mentorPage.nextYes', { organisation: p.organisationName ?? '' }) : t('mentorshipFlow.mentorPage.nextNo')}</Paragraph>
          </Alert>
          <Paragraph>{contact}</Paragraph>
        </div>
      );
    }
    if (p.answer) {
      return (
        <div className="stack">
          <Alert data-color="info" role="status">
            <Paragraph>{t(p.answer === 'accepted' ? 'mentorshipFlow.mentorPage.answeredYes' : 'mentorshipFlow.mentorPage.answeredNo')}</Paragraph>
          </Alert>
          <Paragraph>{contact}</Paragraph>
        </div>
      );
    }
    if (!p.open) return <Alert data-color="warning"><Paragraph>{t('mentorshipFlow.mentorPage.mentorship_answer_closed')}</Paragraph></Alert>;
    return (
      <div className="stack">
        <Paragraph>{t('mentorshipFlow.mentorPage.greeting', { name: p.mentorName })}</Paragraph>
        <Paragraph>
          {p.organisationName
            ? t('mentorshipFlow.mentorPage.proposal', { organisation: p.organisationName, candidate: p.candidateFirstName })
            : t('mentorshipFlow.mentorPage.proposalNoOrganisation', { candidate: p.candidateFirstName })}
        </Paragraph>
        <Paragraph>{t('mentorshipFlow.mentorPage.about', { candidate: p.candidateFirstName })}</Paragraph>
        <Paragraph>{contact}</Paragraph>
        {answer.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{failure(answer.error)}</Paragraph>
          </Alert>
        )}
        {!declining ? (
          <div className="form__actions">
            <Button onClick={() => answer.mutate({ answer: 'accept' })} loading={answer.isPending && answer.variables?.answer === 'accept'}>
              {t('mentorshipFlow.mentorPage.yes')}
            </Button>
            <Button variant="secondary" onClick={() => setDeclining(true)}>
              {t('mentorshipFlow.mentorPage.no')}
            </Button>
          </div>
        ) : (
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              answer.mutate({ answer: 'decline', ...(reason.trim() ? { reason: reason.trim() } : {}) });
            }}
          >
            <Textfield
              id="decline-reason"
              label={t('mentorshipFlow.mentorPage.reason')}
              description={t('mentorshipFlow.mentorPage.reasonHelp')}
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
              autoFocus
            />
            <div className="form__actions">
              <Button type="submit" loading={answer.isPending}>
                {t('mentorshipFlow.mentorPage.declineConfirm')}
              </Button>
              <Button type="button" variant="tertiary" onClick={() => setDeclining(false)}>
                {t('mentorshipFlow.mentorPage.back')}
              </Button>
            </div>
          </form>
        )}
        <Paragraph data-size="sm" className="muted">
          {t('mentorshipFlow.mentorPage.validUntil', { date: new Date(p.expiresAt).toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' }) })}
        </Paragraph>
      </div>
    );
  })();

  return (
    <section className="narrow" aria-labelledby="mentor-answer-title">
      <Heading level={1} data-size="lg" id="mentor-answer-title">
        {t('mentorshipFlow.mentorPage.title')}
      </Heading>
      {body}
    </section>
  );
}
