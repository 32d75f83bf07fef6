import { Alert, Button, Card, Details, Heading, Link, Paragraph, Spinner, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { CandidateLoading } from '../components/CandidateLoading';
import { ApiError, api, ok, type Schemas } from '../api/client';
import { type Candidate, norwegianLevel, useMunicipalities } from '../api/queries';
import { currentLanguage } from '../i18n';
import { ConsentHistory } from '../components/ConsentHistory';
import { mentorAnswerText, MentorshipState, shortDate } from '../mentorships/mentorship-parts';

type MatchResult = Schemas['MatchResult'];

/** The candidate's mentorships, all statuses. */
function useMentorships(candidateId: string) {
  return useQuery({
    queryKey: ['mentorships', candidateId],
    queryFn: async () => ok(await api.GET('/api/v1/mentorships', { params: { query: { candidateId, limit: 50 } } })).items,
  });
}

type Excluded = Schemas['ExcludedMatch'];

export function CandidatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const candidate = useQuery({
    queryKey: ['candidate', id],
    queryFn: async () => ok(await api.GET('/api/v1/candidates/{id}', { params: { path: { id } } })),
  });
  return (
    <div className="candidate">
      <Paragraph>
        <Link asChild>
          <RouterLink to="/kandidater">← {t('candidate.back')}</RouterLink>
        </Link>
      </Paragraph>
      <CandidateLoading query={candidate} />
      {candidate.data && (
        <>
          <div className="page-head">
            <Heading level={1} data-size="lg">
              {candidate.data.fullName}
            </Heading>
            <Button asChild variant="secondary">
              <RouterLink to={`/kandidater/${candidate.data.id}/endre`}>{t('candidateForm.edit')}</RouterLink>
            </Button>
          </div>
          {candidate.data.consentHistory && <ConsentHistory history={candidate.data.consentHistory} />}
          <div className="candidate__grid">
            <Profile candidate={candidate.data} />
            <MentorMatches candidate={candidate.data} />
          </div>
        </>
      )}
    </div>
  );
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage() === 'en' ? 'en' : 'nb'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A desired occupation by its STYRK-08 title, which the view of one candidate carries. */
function occupationTitle(c: Candidate, code: string): string {
  return c.desiredOccupationTitles?.find((o) => o.code === code)?.title ?? c.inferredOccupations.find((o) => o.code === code)?.title ?? code;
}

function Profile({ candidate: c }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const norwegian = norwegianLevel(c);
  const none = <span className="muted">{t('candidate.notGiven')}</span>;
  const list = (items: string[]) => (items.length > 0 ? <ul className="plain-list">{items.map((i, n) => <li key={n}>{i}</li>)}</ul> : none);
  const level = (l: string) => (l === 'native' ? t('levels.native') : l);
  return (
    <Card className="profile" data-color="neutral" asChild>
      <section aria-labelledby="profile-title">
        <Heading level={2} data-size="sm" id="profile-title">
          {t('candidate.profile')}
        </Heading>
        <dl className="facts">
          <dt>{t('candidate.born')}</dt>
          <dd>{c.birthYear ?? none}</dd>
          <dt>{t('candidate.municipality')}</dt>
          <dd>{municipalities.data?.nameOf.get(c.municipalityCode) ?? c.municipalityCode}</dd>
          <dt>{t('candidates.norwegian')}</dt>
          <dd>{norwegian ? level(norwegian) : none}</dd>
          <dt>{t('candidate.languages')}</dt>
          <dd>{list(c.languages.map((l) => `${languageName(l.code)} (${level(l.level)})`))}</dd>
          <dt>{t('candidate.education')}</dt>
          <dd>{list(c.education.map((e) => `${t(`educationLevels.${e.level}`)}${e.field ? `, ${e.field}` : ''} – ${t(`recognition.${e.recognition}`)}`))}</dd>
          <dt>{t('candidate.experience')}</dt>
          <dd>{list(c.experience.map((e) => `${e.title} (${t('candidate.years', { count: e.years })})`))}</dd>
          <dt>{t('candidate.skills')}</dt>
          <dd>{list(c.skills.map((s) => s.label))}</dd>
          <dt>{t('candidate.interests')}</dt>
          <dd>{c.interests.length > 0 ? c.interests.join(', ') : none}</dd>
          <dt>{t('candidate.desiredOccupations')}</dt>
          <dd>
            {c.desiredOccupations.length + c.desiredOccupationReadings.length > 0 ? (
              <ul className="plain-list">
                {c.desiredOccupations.map((code) => (
                  <li key={code}>
                    {occupationTitle(c, code)}
                  </li>
                ))}
                {c.desiredOccupationReadings.map((r) => (
                  <li key={`text-${r.text}`}>
                    {r.read && r.occupations.length > 0
                      ? t('candidate.desiredReadAs', { text: r.text, occupation: r.occupations.map((o) => o.title).join(', ') })
                      : t('candidate.desiredUnread', { text: r.text })}
                  </li>
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
          <dt>{t('candidate.goals')}</dt>
          <dd>{c.goals || none}</dd>
          <dt>{t('candidate.consentMatching')}</dt>
          <dd>{c.consent.matching ? t('candidate.yes') : t('candidate.no')}</dd>
          <dt>{t('candidate.consentShare')}</dt>
          <dd>{c.consent.shareWithEmployers ? t('candidate.yes') : t('candidate.no')}</dd>
        </dl>
      </section>
    </Card>
  );
}

function MentorMatches({ candidate }: { candidate: Candidate }) {
  const { t, i18n } = useTranslation();
  // Said above the cards: the mentor just proposed leaves the suggestions (never suggested twice).
  const [proposed, setProposed] = useState<string | null>(null);
  const ranking = useQuery({
    queryKey: ['mentor-matches', candidate.id, i18n.language],
    enabled: candidate.consent.matching,
    queryFn: async () =>
      ok(
        await api.GET('/api/v1/candidates/{id}/mentor-matches', {
          params: { path: { id: candidate.id }, query: { limit: 5, explainExcluded: 'true' } },
        }),
      ),
  });
  return (
    <div className="matches-column">
      <Mentorships candidateId={candidate.id} />
      <section aria-labelledby="matches-title" className="matches">
        <Heading level={2} data-size="md" id="matches-title">
          {t('matches.title')}
        </Heading>
        <Paragraph>{t('matches.intro')}</Paragraph>
        {!candidate.consent.matching && (
          <Alert data-color="info">
            <Paragraph>{t('matches.noConsent')}</Paragraph>
          </Alert>
        )}
        {proposed && (
          <Alert data-color="success" role="status">
            <Paragraph>{t('matches.proposed', { name: proposed })}</Paragraph>
          </Alert>
        )}
        {ranking.isFetching && !ranking.data && <Spinner aria-label={t('app.loading')} />}
        {ranking.isError && (
          <Alert data-color="danger">
            <Paragraph>{t('app.error')}</Paragraph>
          </Alert>
        )}
        {ranking.data && ranking.data.results.length === 0 && <Paragraph>{t('matches.none')}</Paragraph>}
        {ranking.data && (
          <ol className="match-list">
            {ranking.data.results.map((result) => (
              <li key={result.mentor?.id ?? result.rank}>
                <MatchCard candidateId={candidate.id} result={result} onProposed={setProposed} />
              </li>
            ))}
          </ol>
        )}
        {ranking.data?.excluded && ranking.data.excluded.length > 0 && <WhyNot excluded={ranking.data.excluded} />}
      </section>
    </div>
  );
}

function Mentorships({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const mentorships = useMentorships(candidateId);
  return (
    <section aria-labelledby="mentorships-title" className="mentorships">
      <Heading level={2} data-size="md" id="mentorships-title">
        {t('mentorships.title')}
      </Heading>
      {mentorships.isPending && <Spinner aria-label={t('app.loading')} />}
      {mentorships.isError && (
        <Alert data-color="danger">
          <Paragraph>{t('app.error')}</Paragraph>
        </Alert>
      )}
      {mentorships.data && mentorships.data.length === 0 && <Paragraph>{t('mentorships.none')}</Paragraph>}
      {mentorships.data && mentorships.data.length > 0 && (
        <ul className="plain-list mentorships__list">
          {mentorships.data.map((m) => (
            <li key={m.id}>
              <strong>{m.mentorName}</strong> <MentorshipState status={m.status} />{' '}
              <span className="muted">{t('mentorships.registered', { date: shortDate(m.createdAt) })}</span>
              <div className="muted">{mentorAnswerText(m, t)}</div>
            </li>
          ))}
        </ul>
      )}
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/mentorskap">{t('mentorshipFlow.allMentorships')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}

const FEATURES = ['shared_interests', 'semantic_interests', 'profession', 'semantic_profile', 'language', 'distance', 'capacity'];

function MatchCard({ candidateId, result, onProposed }: { candidateId: string; result: MatchResult; onProposed: (name: string) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mentor = result.mentor;
  const propose = useMutation({
    mutationFn: async () => ok(await api.POST('/api/v1/mentorships', { body: { candidateId, mentorId: mentor!.id } })),
    onSuccess: () => {
      onProposed(mentor!.fullName);
      void client.invalidateQueries({ queryKey: ['mentorships', candidateId] });
      void client.invalidateQueries({ queryKey: ['mentor-matches', candidateId] });
    },
  });
  if (!mentor) return null;
  const percent = Math.round(result.score * 100);
  const parts = result.components.filter((c) => c.contribution > 0).sort((a, b) => b.contribution - a.contribution);
  const headingId = `match-${mentor.id}`;
  const featureLabel = (feature: string) => (FEATURES.includes(feature) ? t(`features.${feature}`) : feature);
  const failure = propose.error instanceof ApiError ? (propose.error.problem?.detail ?? propose.error.problem?.title ?? t('app.error')) : t('app.error');
  return (
    <Card className="match" asChild>
      <article aria-labelledby={headingId}>
        <div className="match__head">
          <Heading level={3} data-size="xs" id={headingId}>
            {mentor.fullName}
          </Heading>
          <Tag data-color="info" data-size="sm">
            {t(`mentorTypes.${mentor.mentorType}`, { defaultValue: mentor.mentorType })}
          </Tag>
        </div>
        {mentor.occupation.title && <Paragraph data-size="sm" className="muted">{mentor.occupation.title}</Paragraph>}
        <Paragraph className="match__fit">{t('matches.fit', { percent })}</Paragraph>
        <div className="score-bar" aria-hidden="true">
          {parts.map((c) => (
            <span
              key={c.feature}
              className={`score-bar__part score--${FEATURES.includes(c.feature) ? c.feature : 'other'}`}
              style={{ width: `${Math.min(100, c.contribution * 100)}%` }}
            />
          ))}
        </div>
        <Heading level={4} data-size="2xs" className="match__subhead">
          {t('matches.scoreParts')}
        </Heading>
        <ul className="score-legend">
          {[...result.components].sort((a, b) => b.contribution - a.contribution).map((c) => (
            <li key={c.feature}>
              <span className={`swatch score--${FEATURES.includes(c.feature) ? c.feature : 'other'}`} aria-hidden="true" />
              <span>{featureLabel(c.feature)}</span>
              <span className="score-legend__value">{Math.round(c.contribution * 100)}</span>
            </li>
          ))}
        </ul>
        {result.reasons.length > 0 && (
          <>
            <Heading level={4} data-size="2xs" className="match__subhead">
              {t('matches.reasons')}
            </Heading>
            <ul className="reasons">
              {result.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </>
        )}
        {/* Once proposed, the card leaves with the next ranking (the API never suggests the pair again). */}
        {!propose.isSuccess && (
          <div className="match__actions">
            <Button onClick={() => propose.mutate()} loading={propose.isPending} aria-describedby={headingId}>
              {t('matches.propose')}
            </Button>
          </div>
        )}
        {propose.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('matches.proposeFailed', { reason: failure })}</Paragraph>
          </Alert>
        )}
      </article>
    </Card>
  );
}

/** Who was left out, grouped by the rule that left them out: the largest group first. */
function WhyNot({ excluded }: { excluded: Excluded[] }) {
  const { t } = useTranslation();
  const groups = new Map<string, Excluded[]>();
  for (const e of excluded) groups.set(e.rule, [...(groups.get(e.rule) ?? []), e]);
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  return (
    <Details className="why-not">
      <Details.Summary>{t('matches.whyNot')}</Details.Summary>
      <Details.Content>
        <Paragraph>{t('matches.whyNotIntro', { count: excluded.length })}</Paragraph>
        <ul className="plain-list why-not__list">
          {sorted.map(([rule, mentors]) => (
            <li key={rule}>
              <strong>
                {t(`rules.${rule}`, { defaultValue: mentors[0].reason })} ({mentors.length})
              </strong>
              <br />
              {mentors
                .map((e) => (e.mentor ? `${e.mentor.fullName} (${t(`mentorTypes.${e.mentor.mentorType}`, { defaultValue: e.mentor.mentorType })})` : ''))
                .filter(Boolean)
                .join(', ')}
            </li>
          ))}
        </ul>
      </Details.Content>
    </Details>
  );
}
