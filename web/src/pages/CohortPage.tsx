import { Alert, Button, Checkbox, Field, Heading, Label, Paragraph, Select, Spinner, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api, ok, type Schemas } from '../api/client';
import { useMunicipalities } from '../api/queries';
import { MunicipalityOptions } from '../components/MunicipalityOptions';

type Plan = Schemas['MentorAssignmentView'];
type Pair = { candidateId: string; mentorId: string };
const keyOf = (p: Pair) => `${p.candidateId}:${p.mentorId}`;
/** The most candidates one page of the picker shows: «Velg alle» selects those shown. */
const PICK_LIMIT = 100;

/**
 * Cohort matching: pick candidates, see the proposed pairs and who is left out and why, remove or
 * swap pairs and plan again for the rest, confirm the pairs that remain.
 */
export function CohortPage() {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [plan, setPlan] = useState<Plan | null>(null);
  /** Pairs taken out of this plan: not confirmed, and never proposed again when planning anew. */
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [excluded, setExcluded] = useState<Pair[]>([]);
  /** Per candidate, the mentor picked instead of the proposed one. */
  const [swaps, setSwaps] = useState<Map<string, string>>(new Map());
  const [confirmed, setConfirmed] = useState<Plan | null>(null);

  const run = useMutation({
    mutationFn: async (body: { candidateIds: string[]; excludedPairs?: Pair[]; fixedPairs?: Pair[] }) =>
      ok(await api.POST('/api/v1/mentor-assignments', { body })),
    onSuccess: (next) => {
      setPlan(next);
      setRemoved(new Set());
      setSwaps(new Map());
    },
  });
  const confirm = useMutation({
    mutationFn: async ({ id, pairs }: { id: string; pairs: Pair[] }) =>
      ok(await api.POST('/api/v1/mentor-assignments/{id}/confirm', { params: { path: { id } }, body: { pairs } })),
    onSuccess: setConfirmed,
  });

  const startOver = () => {
    setPlan(null);
    setConfirmed(null);
    setExcluded([]);
    setRemoved(new Set());
    setSwaps(new Map());
    run.reset();
    confirm.reset();
  };

  if (confirmed) return <Confirmed result={confirmed} onAgain={startOver} />;

  if (!plan) {
    return (
      <Picker
        selected={selected}
        onSelect={setSelected}
        planning={run.isPending}
        failed={run.isError}
        onPlan={() => {
          setExcluded([]);
          run.mutate({ candidateIds: [...selected] });
        }}
      />
    );
  }

  const kept = plan.assignments.filter((p) => !removed.has(keyOf(p)) && !swaps.has(p.candidateId));
  const changed = removed.size > 0 || swaps.size > 0;
  const replan = () => {
    const nextExcluded = [...excluded, ...plan.assignments.filter((p) => removed.has(keyOf(p))).map(({ candidateId, mentorId }) => ({ candidateId, mentorId }))];
    setExcluded(nextExcluded);
    run.mutate({
      candidateIds: [...selected],
      excludedPairs: nextExcluded,
      fixedPairs: [...swaps.entries()].map(([candidateId, mentorId]) => ({ candidateId, mentorId })),
    });
  };

  return (
    <section aria-labelledby="cohort-title">
      <div className="page-head">
        <Heading level={1} data-size="lg" id="cohort-title">
          {t('cohort.planTitle')}
        </Heading>
        <Button variant="secondary" onClick={startOver}>
          {t('cohort.back')}
        </Button>
      </div>
      <Paragraph role="status" aria-live="polite">
        {t('cohort.planSummary', { pairs: plan.assignments.length, unassigned: plan.unassigned.length })}
      </Paragraph>
      {run.isError && (
        <Alert data-color="danger">
          <Paragraph>{t('cohort.planFailed')}</Paragraph>
        </Alert>
      )}

      <Heading level={2} data-size="md">
        {t('cohort.pairsTitle')}
      </Heading>
      {plan.assignments.length === 0 ? (
        <Paragraph>{t('cohort.noPairs')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra data-size="md">
            <caption className="visually-hidden">{t('cohort.pairsTitle')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('cohort.candidate')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cohort.mentor')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cohort.score')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cohort.reasons')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cohort.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {plan.assignments.map((p) => {
                const isRemoved = removed.has(keyOf(p));
                const swap = swaps.get(p.candidateId) ?? '';
                return (
                  <Table.Row key={keyOf(p)} data-testid="cohort-pair">
                    <Table.Cell>{p.candidateName}</Table.Cell>
                    <Table.Cell>
                      {p.mentorName}
                      {p.fixed && (
                        <>
                          {' '}
                          <Tag data-size="sm" data-color="info">
                            {t('cohort.fixed')}
                          </Tag>
                        </>
                      )}
                      {isRemoved && (
                        <>
                          {' '}
                          <Tag data-size="sm" data-color="warning">
                            {t('cohort.removed')}
                          </Tag>
                        </>
                      )}
                    </Table.Cell>
                    <Table.Cell>{Math.round(p.score * 100)}</Table.Cell>
                    <Table.Cell>
                      {p.reasons.length > 0 ? (
                        <ul className="reasons">
                          {p.reasons.map((r) => (
                            <li key={r}>{r}</li>
                          ))}
                        </ul>
                      ) : (
                        '–'
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <div className="cohort-actions">
                        <Button
                          variant="secondary"
                          data-size="sm"
                          aria-label={t(isRemoved ? 'cohort.undoFor' : 'cohort.removeFor', { candidate: p.candidateName, mentor: p.mentorName })}
                          onClick={() => {
                            const next = new Set(removed);
                            if (isRemoved) next.delete(keyOf(p));
                            else next.add(keyOf(p));
                            setRemoved(next);
                          }}
                        >
                          {isRemoved ? t('cohort.undo') : t('cohort.remove')}
                        </Button>
                        {p.alternatives.length > 0 && !isRemoved && (
                          <Field data-size="sm">
                            <Label>{t('cohort.swapFor', { candidate: p.candidateName })}</Label>
                            <Select
                              value={swap}
                              onChange={(e) => {
                                const next = new Map(swaps);
                                if (e.target.value) next.set(p.candidateId, e.target.value);
                                else next.delete(p.candidateId);
                                setSwaps(next);
                              }}
                            >
                              <Select.Option value="">{t('cohort.keepMentor')}</Select.Option>
                              {p.alternatives.map((a) => (
                                <Select.Option key={a.mentorId} value={a.mentorId}>
                                  {t('cohort.alternative', { mentor: a.mentorName, score: Math.round(a.score * 100) })}
                                </Select.Option>
                              ))}
                            </Select>
                          </Field>
                        )}
                      </div>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}

      {plan.unassigned.length > 0 && (
        <>
          <Heading level={2} data-size="md">
            {t('cohort.unassignedTitle')}
          </Heading>
          <div className="table-wrap">
            <Table zebra data-size="md">
              <caption className="visually-hidden">{t('cohort.unassignedTitle')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('cohort.candidate')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('cohort.why')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {plan.unassigned.map((u) => (
                  <Table.Row key={u.candidateId}>
                    <Table.Cell>{u.candidateName}</Table.Cell>
                    <Table.Cell>{u.detail}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}

      <div className="cohort-buttons">
        <Button variant="secondary" disabled={!changed || run.isPending} loading={run.isPending} onClick={replan}>
          {t('cohort.replan')}
        </Button>
        <Button
          disabled={kept.length === 0 || swaps.size > 0 || confirm.isPending}
          loading={confirm.isPending}
          onClick={() => confirm.mutate({ id: plan.id, pairs: kept.map(({ candidateId, mentorId }) => ({ candidateId, mentorId })) })}
        >
          {t('cohort.confirm', { count: kept.length })}
        </Button>
      </div>
      {swaps.size > 0 && <Paragraph data-size="sm">{t('cohort.swapHelp')}</Paragraph>}
      {confirm.isError && (
        <Alert data-color="danger">
          <Paragraph>{t('cohort.confirmFailed')}</Paragraph>
        </Alert>
      )}
    </section>
  );
}

function Picker({
  selected,
  onSelect,
  planning,
  failed,
  onPlan,
}: {
  selected: Set<string>;
  onSelect: (next: Set<string>) => void;
  planning: boolean;
  failed: boolean;
  onPlan: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const municipalities = useMunicipalities();
  const list = useQuery({
    queryKey: ['cohort-candidates', { q, municipalityCode }],
    queryFn: async () =>
      ok(
        await api.GET('/api/v1/candidates', {
          params: { query: { page: 1, limit: PICK_LIMIT, ...(q ? { q } : {}), ...(municipalityCode ? { municipalityCode } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  const allShown = items.length > 0 && items.every((c) => selected.has(c.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
  };

  return (
    <section aria-labelledby="cohort-title">
      <Heading level={1} data-size="lg" id="cohort-title">
        {t('cohort.title')}
      </Heading>
      <Paragraph>{t('cohort.intro')}</Paragraph>
      <form className="filters" onSubmit={onSearch} role="search" aria-label={t('cohort.filters')}>
        <div className="filters__search">
          <Textfield label={t('cohort.search')} type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <Button type="submit" variant="secondary">
            {t('cohort.searchButton')}
          </Button>
        </div>
        <Field>
          <Label>{t('cohort.municipality')}</Label>
          <Select value={municipalityCode} onChange={(e) => setMunicipalityCode(e.target.value)}>
            <MunicipalityOptions empty={t('cohort.allMunicipalities')} />
          </Select>
        </Field>
      </form>

      <Paragraph className="count" role="status" aria-live="polite">
        {list.data ? t('cohort.selectedCount', { count: selected.size, shown: items.length }) : ''}
      </Paragraph>
      {list.isPending && <Spinner aria-label={t('cohort.loading')} />}
      {list.isError && (
        <Alert data-color="danger">
          <Paragraph>{t('cohort.loadFailed')}</Paragraph>
        </Alert>
      )}
      {list.data && items.length === 0 && <Paragraph>{t('cohort.empty')}</Paragraph>}
      {items.length > 0 && (
        <div className="table-wrap">
          <Table zebra data-size="md">
            <caption className="visually-hidden">{t('cohort.pickCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>
                  <Checkbox
                    label={t('cohort.selectAll')}
                    checked={allShown}
                    onChange={(e) => {
                      const next = new Set(selected);
                      for (const c of items) {
                        if (e.target.checked) next.add(c.id);
                        else next.delete(c.id);
                      }
                      onSelect(next);
                    }}
                  />
                </Table.HeaderCell>
                <Table.HeaderCell>{t('cohort.municipality')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cohort.consent')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell>
                    <Checkbox label={c.fullName} checked={selected.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                  </Table.Cell>
                  <Table.Cell>{municipalities.data?.nameOf.get(c.municipalityCode) ?? c.municipalityCode}</Table.Cell>
                  <Table.Cell>{c.consent.matching ? t('cohort.yes') : t('cohort.no')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {failed && (
        <Alert data-color="danger">
          <Paragraph>{t('cohort.planFailed')}</Paragraph>
        </Alert>
      )}
      <div className="cohort-buttons">
        <Button disabled={selected.size === 0 || planning} loading={planning} onClick={onPlan}>
          {t('cohort.plan', { count: selected.size })}
        </Button>
      </div>
    </section>
  );
}

function Confirmed({ result, onAgain }: { result: Plan; onAgain: () => void }) {
  const { t } = useTranslation();
  const created = result.confirmation?.created.length ?? 0;
  const lost = result.confirmation?.lost ?? [];
  return (
    <section aria-labelledby="cohort-title">
      <Heading level={1} data-size="lg" id="cohort-title">
        {t('cohort.confirmedTitle')}
      </Heading>
      <Alert data-color="success" role="status">
        <Paragraph>{t('cohort.created', { count: created })}</Paragraph>
      </Alert>
      {lost.length > 0 && (
        <>
          <Heading level={2} data-size="md">
            {t('cohort.lostTitle')}
          </Heading>
          <Alert data-color="warning">
            <ul>
              {lost.map((l) => (
                <li key={keyOf(l)}>{t('cohort.lostPair', { candidate: l.candidateName, mentor: l.mentorName, reason: l.reason })}</li>
              ))}
            </ul>
          </Alert>
        </>
      )}
      <div className="cohort-buttons">
        <Button onClick={onAgain}>{t('cohort.again')}</Button>
        <Button variant="secondary" asChild>
          <RouterLink to="/kandidater">{t('cohort.toCandidates')}</RouterLink>
        </Button>
      </div>
    </section>
  );
}
