import { Alert, Button, Field, Heading, Label, Link, Paragraph, Select, Spinner, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { api, ApiError, ok } from '../api/client';
import { type Mentorship, mentorAnswerText, MentorshipState, shortDate } from '../mentorships/mentorship-parts';

const STATUSES = ['proposed', 'active', 'completed', 'ended'] as const;
type Status = (typeof STATUSES)[number];

/** `/mentorskap`: the organisation's mentorships, newest first; an active one is marked completed or ended (with a reason). */
export function MentorshipsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as Status) : undefined;
  const [ending, setEnding] = useState<Mentorship | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['mentorships', 'all', status ?? ''],
    queryFn: async () => ok(await api.GET('/api/v1/mentorships', { params: { query: { limit: 100, ...(status ? { status } : {}) } } })),
  });
  const move = useMutation({
    mutationFn: async ({ m, to, endReason }: { m: Mentorship; to: 'completed' | 'ended'; endReason?: string }) =>
      ok(await api.PATCH('/api/v1/mentorships/{id}', { params: { path: { id: m.id } }, body: { status: to, version: m.version, ...(endReason ? { endReason } : {}) } })),
    onSuccess: (m, { m: before }) => {
      setEnding(null);
      const said = m.status === 'completed' ? 'completedDone' : before.status === 'proposed' ? 'withdrawnDone' : 'endedDone';
      setDone(t(`mentorshipFlow.list.${said}`, { candidate: m.candidateName, mentor: m.mentorName }));
      void client.invalidateQueries({ queryKey: ['mentorships'] });
    },
  });
  const stale = move.error instanceof ApiError && move.error.status === 409;

  return (
    <section aria-labelledby="mentorships-page-title" className="stack">
      <Heading level={1} data-size="lg" id="mentorships-page-title">
        {t('mentorshipFlow.list.title')}
      </Heading>
      <Paragraph>{t('mentorshipFlow.list.intro')}</Paragraph>
      <div className="filters">
        <Field>
          <Label>{t('mentorshipFlow.list.filterStatus')}</Label>
          <Select value={status ?? ''} onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}>
            <Select.Option value="">{t('mentorshipFlow.list.allStatuses')}</Select.Option>
            {STATUSES.map((s) => (
              <Select.Option key={s} value={s}>
                {t(`mentorshipFlow.status.${s}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      {done && (
        <Alert data-color="success" role="status">
          <Paragraph>{done}</Paragraph>
        </Alert>
      )}
      {move.isError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{stale ? t('mentorshipFlow.list.stale') : (move.error instanceof ApiError && move.error.problem?.detail) || t('app.error')}</Paragraph>
        </Alert>
      )}
      {list.isPending && <Spinner aria-label={t('app.loading')} />}
      {list.isError && (
        <Alert data-color="danger">
          <Paragraph>{t('app.error')}</Paragraph>
        </Alert>
      )}
      {list.data && list.data.items.length === 0 && <Paragraph>{t('mentorshipFlow.list.empty')}</Paragraph>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <Table zebra data-size="md" className="mentorships-table">
            <caption className="visually-hidden">{t('mentorshipFlow.list.caption', { count: list.data.total })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('mentorshipFlow.list.candidate')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mentorshipFlow.list.mentor')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mentorshipFlow.list.state')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mentorshipFlow.list.mentorAnswer')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mentorshipFlow.list.proposed')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mentorshipFlow.list.started')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mentorshipFlow.list.ended')}</Table.HeaderCell>
                <Table.HeaderCell>{t('mentorshipFlow.list.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.items.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/kandidater/${m.candidateId}`}>{m.candidateName}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{m.mentorName}</Table.Cell>
                  <Table.Cell>
                    <MentorshipState status={m.status} />
                    {m.endReason && <div className="muted">{endReasonText(m.endReason, t)}</div>}
                  </Table.Cell>
                  <Table.Cell>{mentorAnswerText(m, t)}</Table.Cell>
                  <Table.Cell>{shortDate(m.createdAt)}</Table.Cell>
                  <Table.Cell>{shortDate(m.startedAt)}</Table.Cell>
                  <Table.Cell>{shortDate(m.endedAt)}</Table.Cell>
                  <Table.Cell>
                    {m.status === 'proposed' && (
                      // A proposal not yet started can be taken back, with a reason, like ending one.
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        aria-label={t('mentorshipFlow.list.withdrawFor', { candidate: m.candidateName, mentor: m.mentorName })}
                        onClick={() => {
                          setDone(null);
                          setEnding(m);
                        }}
                      >
                        {t('mentorshipFlow.list.withdraw')}
                      </Button>
                    )}
                    {m.status === 'active' && (
                      <div className="row-actions">
                        <Button
                          data-size="sm"
                          variant="secondary"
                          aria-label={t('mentorshipFlow.list.completeFor', { candidate: m.candidateName, mentor: m.mentorName })}
                          onClick={() => move.mutate({ m, to: 'completed' })}
                          loading={move.isPending && move.variables?.m.id === m.id && move.variables.to === 'completed'}
                        >
                          {t('mentorshipFlow.list.complete')}
                        </Button>
                        <Button
                          data-size="sm"
                          variant="tertiary"
                          aria-label={t('mentorshipFlow.list.endFor', { candidate: m.candidateName, mentor: m.mentorName })}
                          onClick={() => {
                            setDone(null);
                            setEnding(m);
                          }}
                        >
                          {t('mentorshipFlow.list.end')}
                        </Button>
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {ending && (
        <EndForm
          key={ending.id}
          mentorship={ending}
          pending={move.isPending}
          onCancel={() => setEnding(null)}
          onEnd={(endReason) => move.mutate({ m: ending, to: 'ended', endReason })}
        />
      )}
    </section>
  );
}

/** A decline through the mentor's link is stored as "declined by mentor[: their words]". */
function endReasonText(reason: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const match = /^declined by mentor(?:: (.*))?$/s.exec(reason);
  if (!match) return reason;
  return match[1] ? t('mentorshipFlow.declinedByMentorWith', { reason: match[1] }) : t('mentorshipFlow.declinedByMentor');
}

/** Ending asks why: the reason is required, and goes to the outcomes the matching learns from. */
const END_WORDS = {
  title: 'mentorshipFlow.list.endTitle',
  reason: 'mentorshipFlow.list.reason',
  required: 'mentorshipFlow.list.reasonRequired',
  confirm: 'mentorshipFlow.list.endConfirm',
} as const;
const WITHDRAW_WORDS = {
  title: 'mentorshipFlow.list.withdrawTitle',
  reason: 'mentorshipFlow.list.withdrawReason',
  required: 'mentorshipFlow.list.withdrawReasonRequired',
  confirm: 'mentorshipFlow.list.withdrawConfirm',
} as const;

function EndForm({ mentorship, pending, onCancel, onEnd }: { mentorship: Mentorship; pending: boolean; onCancel: () => void; onEnd: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  // Taking back a proposal reads as that, not as ending a mentorship that never started.
  const words = mentorship.status === 'proposed' ? WITHDRAW_WORDS : END_WORDS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t(words.required));
      return;
    }
    onEnd(reason.trim());
  };
  return (
    <form className="form wide-form" onSubmit={submit} noValidate aria-labelledby="end-title">
      <Heading level={2} data-size="sm" id="end-title">
        {t(words.title, { candidate: mentorship.candidateName, mentor: mentorship.mentorName })}
      </Heading>
      <Textfield
        id="end-reason"
        label={t(words.reason)}
        description={t('mentorshipFlow.list.reasonHelp')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
        error={error}
        autoFocus
      />
      <div className="form__actions">
        <Button type="submit" loading={pending}>
          {t(words.confirm)}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('mentorshipFlow.list.cancel')}
        </Button>
      </div>
    </form>
  );
}
