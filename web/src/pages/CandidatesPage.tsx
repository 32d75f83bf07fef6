import { Button, Field, Heading, Label, Link, Pagination, Paragraph, Select, Spinner, Table, Tag, Textfield, usePagination, Alert } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { api, ok } from '../api/client';
import type { paths } from '../api/schema';
import { norwegianLevel, useMunicipalities } from '../api/queries';
import { currentLanguage } from '../i18n';
import { MunicipalityOptions } from '../components/MunicipalityOptions';

const PAGE_SIZE = 20;
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
type Sort = NonNullable<NonNullable<paths['/api/v1/candidates']['get']['parameters']['query']>['sort']>;
const CONSENTS = ['matching', 'no_matching', 'share', 'no_share'] as const;
type SortField = 'name' | 'createdAt' | 'updatedAt' | 'norwegianLevel';
const SORTS: SortField[] = ['name', 'createdAt', 'updatedAt', 'norwegianLevel'];
const isSort = (value: string) => SORTS.includes(value.replace(/^-/, '') as SortField);

/** A column header that sorts: ascending first, then descending; the order lives in the address too. */
function SortHeader({ field, sort, onSort, children }: { field: SortField; sort: string; onSort: (sort: string) => void; children: string }) {
  const state = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : 'none';
  return (
    <Table.HeaderCell sort={state} onClick={() => onSort(state === 'ascending' ? `-${field}` : field)}>
      {children}
    </Table.HeaderCell>
  );
}

/** The coordinator's candidates: search, filters and the page live in the address, so Back keeps them. */
export function CandidatesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const municipalityCode = params.get('kommune') ?? '';
  const prospect = params.get('hurtigspor') ?? '';
  const level = LEVELS.find((l) => l === params.get('norsk')) ?? '';
  const mentor = ['true', 'false'].find((v) => v === params.get('mentor')) ?? '';
  const consent = CONSENTS.find((c) => c === params.get('samtykke')) ?? '';
  const sort = isSort(params.get('sorter') ?? '') ? params.get('sorter')! : '';
  const page = Math.max(1, Number(params.get('side')) || 1);
  const [text, setText] = useState(q);
  const municipalities = useMunicipalities();

  const list = useQuery({
    queryKey: ['candidates', { q, municipalityCode, prospect, level, mentor, consent, sort, page }],
    queryFn: async () =>
      ok(
        await api.GET('/api/v1/candidates', {
          params: {
            query: {
              page,
              limit: PAGE_SIZE,
              ...(q ? { q } : {}),
              ...(municipalityCode ? { municipalityCode } : {}),
              ...(prospect === 'true' || prospect === 'false' ? { hurtigsporProspect: prospect } : {}),
              ...(level ? { norwegianLevel: level } : {}),
              ...(mentor ? { hasMentor: mentor as 'true' | 'false' } : {}),
              ...(consent ? { consent } : {}),
              ...(sort ? { sort: sort as Sort } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('side' in changes)) next.delete('side');
    setParams(next);
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() });
  };

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = Boolean(q || municipalityCode || prospect || level || mentor || consent || sort);

  return (
    <section aria-labelledby="candidates-title">
      <div className="page-head">
        <Heading level={1} data-size="lg" id="candidates-title">
          {t('candidates.title')}
        </Heading>
        <Button asChild>
          <RouterLink to="/kandidater/ny">{t('newCandidate.title')}</RouterLink>
        </Button>
      </div>
      <Paragraph>{t('candidates.intro')}</Paragraph>

      <form className="filters" onSubmit={onSearch} role="search" aria-label={t('candidates.filters')}>
        <div className="filters__search">
          <Textfield
            label={t('candidates.search')}
            description={t('candidates.searchHelp')}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('candidates.searchButton')}
          </Button>
        </div>
        <Field>
          <Label>{t('candidates.municipality')}</Label>
          <Select value={municipalityCode} onChange={(e) => update({ kommune: e.target.value })}>
            <MunicipalityOptions empty={t('candidates.allMunicipalities')} />
          </Select>
        </Field>
        <Field>
          <Label>{t('candidates.hurtigspor')}</Label>
          <Select value={prospect} onChange={(e) => update({ hurtigspor: e.target.value })}>
            <Select.Option value="">{t('candidates.hurtigsporAll')}</Select.Option>
            <Select.Option value="true">{t('candidates.hurtigsporYes')}</Select.Option>
            <Select.Option value="false">{t('candidates.hurtigsporNo')}</Select.Option>
          </Select>
        </Field>
        <Field>
          <Label>{t('candidateForm.list.norwegian')}</Label>
          <Select value={level} onChange={(e) => update({ norsk: e.target.value })}>
            <Select.Option value="">{t('candidateForm.list.norwegianAll')}</Select.Option>
            {LEVELS.map((l) => (
              <Select.Option key={l} value={l}>
                {l === 'native' ? t('levels.native') : t('candidateForm.list.atLeast', { level: l })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('candidateForm.list.mentor')}</Label>
          <Select value={mentor} onChange={(e) => update({ mentor: e.target.value })}>
            <Select.Option value="">{t('candidateForm.list.mentorAll')}</Select.Option>
            <Select.Option value="true">{t('candidateForm.list.mentorYes')}</Select.Option>
            <Select.Option value="false">{t('candidateForm.list.mentorNo')}</Select.Option>
          </Select>
        </Field>
        <Field>
          <Label>{t('candidateForm.list.consent')}</Label>
          <Select value={consent} onChange={(e) => update({ samtykke: e.target.value })}>
            <Select.Option value="">{t('candidateForm.list.consentAll')}</Select.Option>
            {CONSENTS.map((c) => (
              <Select.Option key={c} value={c}>
                {t(`candidateForm.list.consent_${c}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {filtered && (
          <Button
            type="button"
            variant="tertiary"
            onClick={() => {
              setText('');
              setParams(new URLSearchParams());
            }}
          >
            {t('candidates.clear')}
          </Button>
        )}
      </form>

      <Paragraph className="count" role="status" aria-live="polite">
        {list.data ? t('candidates.count', { count: total }) : ''}
      </Paragraph>

      {list.isPending && <Spinner aria-label={t('app.loading')} />}
      {list.isError && (
        <Alert data-color="danger">
          <Paragraph>{t('app.error')}</Paragraph>
        </Alert>
      )}
      {list.data && list.data.items.length === 0 && <Paragraph>{t('candidates.empty')}</Paragraph>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <Table zebra data-size="md" className="candidates-table">
            <caption className="visually-hidden">{t('candidates.caption', { page, pages })}</caption>
            <Table.Head>
              <Table.Row>
                <SortHeader field="name" sort={sort} onSort={(s) => update({ sorter: s })}>
                  {t('candidates.name')}
                </SortHeader>
                <Table.HeaderCell>{t('candidates.birthYear')}</Table.HeaderCell>
                <Table.HeaderCell>{t('candidates.municipality')}</Table.HeaderCell>
                <SortHeader field="norwegianLevel" sort={sort} onSort={(s) => update({ sorter: s })}>
                  {t('candidates.norwegian')}
                </SortHeader>
                <Table.HeaderCell>{t('candidates.consent')}</Table.HeaderCell>
                <Table.HeaderCell>{t('candidates.prospect')}</Table.HeaderCell>
                <SortHeader field="createdAt" sort={sort} onSort={(s) => update({ sorter: s })}>
                  {t('candidateForm.list.registered')}
                </SortHeader>
                <SortHeader field="updatedAt" sort={sort} onSort={(s) => update({ sorter: s })}>
                  {t('candidateForm.list.changed')}
                </SortHeader>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.items.map((c) => {
                const level = norwegianLevel(c);
                return (
                  <Table.Row key={c.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/kandidater/${c.id}`}>{c.fullName}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{c.birthYear ?? '–'}</Table.Cell>
                    <Table.Cell>{municipalities.data?.nameOf.get(c.municipalityCode) ?? c.municipalityCode}</Table.Cell>
                    <Table.Cell>{level === 'native' ? t('levels.native') : (level ?? t('candidate.notGiven'))}</Table.Cell>
                    <Table.Cell>{c.consent.matching ? t('candidate.yes') : t('candidate.no')}</Table.Cell>
                    <Table.Cell>
                      {c.hurtigsporProspect ? (
                        <Tag data-color="success" data-size="sm">
                          {t('candidates.prospectYes')}
                        </Tag>
                      ) : (
                        ''
                      )}
                    </Table.Cell>
                    <Table.Cell>{shortDate(c.createdAt)}</Table.Cell>
                    <Table.Cell>{shortDate(c.updatedAt)}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      {pages > 1 && <Pages page={page} pages={pages} onPage={(p) => update({ side: String(p) })} />}
    </section>
  );
}

const shortDate = (iso: string) => new Date(iso).toLocaleDateString(currentLanguage() === 'en' ? 'en-GB' : 'nb-NO', { day: 'numeric', month: 'short', year: 'numeric' });

function Pages({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const { pages: items, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: page,
    totalPages: pages,
    showPages: 7,
    setCurrentPage: onPage,
  });
  return (
    <Pagination aria-label={t('candidates.pages')} className="pages">
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps}>{t('candidates.previous')}</Pagination.Button>
        </Pagination.Item>
        {items.map(({ page: p, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof p === 'number' && (
              <Pagination.Button {...buttonProps} aria-label={t('candidates.page', { page: p })}>
                {p}
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps}>{t('candidates.next')}</Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
