import {
  Alert,
  Button,
  Checkbox,
  Chip,
  ErrorSummary,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, ok, type Schemas } from '../api/client';
import type { Candidate } from '../api/queries';
import { currentLanguage } from '../i18n';
import { Typeahead } from './Typeahead';
import { MunicipalityOptions } from './MunicipalityOptions';

type Level = Schemas['LanguageDto']['level'];
type Education = Schemas['EducationDto'];
type Skill = Schemas['SkillDto'] & { skillId?: string; skill?: string; fromTaxonomy: boolean };
type Occupation = { code: string; title: string };
type Body = Schemas['CreateCandidateDto'];

const CEFR: Level[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const LEVELS: Level[] = [...CEFR, 'native'];
const NORWEGIAN = ['nb', 'nn', 'no'];
/** The languages refugees and immigrants in Norway most often speak, then the usual school languages. */
const LANGUAGES = ['ar', 'ti', 'so', 'uk', 'ru', 'fa', 'ps', 'ku', 'am', 'ur', 'pl', 'lt', 'tr', 'sw', 'fr', 'es', 'de', 'en'];
const EDUCATION_LEVELS: Education['level'][] = ['none', 'primary', 'upper_secondary', 'vocational', 'bachelor', 'master', 'phd'];
const RECOGNITION: Education['recognition'][] = ['not_applied', 'pending', 'approved', 'uvd', 'authorisation_required', 'not_required'];

/** A field error from the service, by the field it names (`skills.0.label`). */
interface ServiceError {
  field: string;
  message: string;
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage() === 'en' ? 'en' : 'nb'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The record's own entries: what came from a career centre's mapping stays the mapping's, and a PATCH replaces only the own ones. */
const own = <T extends { source?: { type: string } }>(items: T[]) => items.filter((i) => i.source?.type !== 'mapping');

interface Props {
  /** The candidate to edit; without one, the form registers a new candidate. */
  candidate?: Candidate;
  onSaved: (candidate: Candidate) => void;
  onCancel: () => void;
  /** After a conflict: load the candidate as it is now (the edit page remounts the form). */
  onReload?: () => void;
}

/**
 * One form to register and to edit a candidate. Editing sends the version the form was loaded
 * with, so a change someone made meanwhile is never overwritten unseen; the service's field
 * errors are shown beside the field they name.
 */
export function CandidateForm({ candidate: c, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const consentText = useQuery({
    queryKey: ['consent-text'],
    staleTime: Infinity,
    queryFn: async () => ok(await api.GET('/api/v1/candidates/consent-text')),
  });
  const ownLanguages = own(c?.languages ?? []);
  const norwegianOf = ownLanguages.find((l) => NORWEGIAN.includes(l.code));
  const [fullName, setFullName] = useState(c?.fullName ?? '');
  const [birthYear, setBirthYear] = useState(c?.birthYear ? String(c.birthYear) : '');
  const [municipalityCode, setMunicipality] = useState(c?.municipalityCode ?? '');
  const [norwegian, setNorwegian] = useState<string>(norwegianOf?.level ?? '');
  const [languages, setLanguages] = useState<{ code: string; level: Level }[]>(
    ownLanguages.filter((l) => l !== norwegianOf).map((l) => ({ code: l.code, level: l.level })),
  );
  const [occupations, setOccupations] = useState<Occupation[]>(
    (c?.desiredOccupations ?? []).map((code) => ({ code, title: c?.desiredOccupationTitles?.find((o) => o.code === code)?.title ?? `STYRK ${code}` })),
  );
  /** What the candidate wants to work as in their own words: the service reads each as occupations. */
  const [desiredTexts, setDesiredTexts] = useState<string[]>(c?.desiredOccupationTexts ?? []);
  const [skills, setSkills] = useState<Skill[]>(
    own(c?.skills ?? []).map((s) => ({ label: s.label, evidence: s.evidence, years: s.years, skillId: s.skillId, skill: s.skill, fromTaxonomy: Boolean(s.skillId && s.skill === s.label) })),
  );
  const [education, setEducation] = useState<Education[]>(
    own(c?.education ?? []).map((e) => ({ level: e.level, field: e.field, country: e.country, recognition: e.recognition })),
  );
  const [interests, setInterests] = useState((c?.interests ?? []).join(', '));
  const [goals, setGoals] = useState(c?.goals ?? '');
  const [mentorGender, setMentorGender] = useState<string>(c?.preferences.mentorGender ?? '');
  const [maxTravelKm, setMaxTravelKm] = useState(c?.preferences.maxTravelKm ? String(c.preferences.maxTravelKm) : '');
  const [matching, setMatching] = useState(c?.consent.matching ?? false);
  const [share, setShare] = useState(c?.consent.shareWithEmployers ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const body = (): Body => ({
    fullName: fullName.trim(),
    ...(birthYear ? { birthYear: Number(birthYear) } : {}),
    municipalityCode,
    languages: [...(norwegian ? [{ code: norwegianOf?.code ?? 'nb', level: norwegian as Level }] : []), ...languages],
    desiredOccupations: occupations.map((o) => o.code),
    desiredOccupationTexts: desiredTexts,
    skills: skills.map((s) => ({ label: s.label, evidence: s.evidence, ...(s.years !== undefined ? { years: s.years } : {}) })),
    education: education.map((e) => ({ ...e, field: e.field.trim(), ...(e.country ? { country: e.country.trim().toUpperCase() } : { country: undefined }) })),
    interests: interests.split(',').map((i) => i.trim()).filter(Boolean),
    goals: goals.trim(),
    preferences: {
      ...(mentorGender ? { mentorGender: mentorGender as 'female' | 'male' | 'any' } : {}),
      ...(maxTravelKm ? { maxTravelKm: Number(maxTravelKm) } : {}),
    },
    consent: { matching, shareWithEmployers: share },
    ...(consentText.data ? { consentTextVersion: consentText.data.version } : {}),
  });

  const save = useMutation({
    mutationFn: async (): Promise<Candidate> => {
      if (!c) return ok(await api.POST('/api/v1/candidates', { body: body() }));
      return ok(
        await api.PATCH('/api/v1/candidates/{id}', {
          params: { path: { id: c.id }, header: { 'If-Match': `"${c.version}"` } },
          body: body(),
        }),
      );
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: ['candidates'] });
      client.setQueryData(['candidate', saved.id], saved);
      onSaved(saved);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!fullName.trim()) found.fullName = t('newCandidate.nameMissing');
    if (birthYear && !/^(19|20)\d{2}$/.test(birthYear)) found.birthYear = t('newCandidate.birthYearInvalid');
    if (!municipalityCode) found.municipalityCode = t('newCandidate.municipalityMissing');
    if (maxTravelKm && !/^\d{1,4}$/.test(maxTravelKm)) found['preferences.maxTravelKm'] = t('candidateForm.travelInvalid');
    education.forEach((e, i) => {
      if (!e.field.trim()) found[`education.${i}.field`] = t('candidateForm.educationFieldMissing');
    });
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  const problem = save.error instanceof ApiError ? (save.error.problem as ({ code?: string; errors?: ServiceError[] } & object) | undefined) : undefined;
  const serviceErrors = problem?.errors ?? [];
  const stale = save.error instanceof ApiError && save.error.status === 409;
  /** The first message for a field: the form's own check, else the service's for it or anything under it. */
  const errorFor = (field: string): string | undefined =>
    errors[field] ?? serviceErrors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
  const norwegianIndex = norwegian ? 0 : -1;
  const languageError = (i: number) => errorFor(`languages.${i + (norwegian ? 1 : 0)}`);
  const listed = [...Object.entries(errors).map(([field, message]) => ({ field, message })), ...serviceErrors];
  /** Where the summary's link for a field error goes: the field, its row, or its group. */
  const idOf = (field: string) =>
    field.startsWith('consent')
      ? 'candidate-consent'
      : field.startsWith('desiredOccupationTexts')
        ? 'candidate-desiredOccupations'
        : `candidate-${field.split('.').slice(0, field.startsWith('education') || field.startsWith('languages') ? 2 : 1).join('-')}`;

  /** What the service read a saved desired text as; a text not saved yet is plain free text. */
  const desiredNote = (text: string): string => {
    const reading = c?.desiredOccupationReadings.find((r) => r.text === text);
    if (!reading) return t('candidateForm.freeText');
    return reading.read && reading.occupations[0] ? t('candidateForm.occupationReadAs', { occupation: reading.occupations[0].title }) : t('candidateForm.occupationUnread');
  };

  const chip = (label: ReactNode, onRemove: () => void, removeLabel: string, key: string) => (
    <li key={key}>
      <Chip.Removable type="button" aria-label={removeLabel} onClick={onRemove}>
        {label}
      </Chip.Removable>
    </li>
  );

  return (
    <>
      {listed.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{t('candidateForm.fixErrors')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {listed.map(({ field, message }) => (
              <ErrorSummary.Item key={`${field}-${message}`}>
                <ErrorSummary.Link href={`#${idOf(field)}`}>{message}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {stale && (
        <Alert data-color="warning" role="alert">
          <Heading level={2} data-size="xs">
            {t('candidateForm.staleTitle')}
          </Heading>
          <Paragraph>{t('candidateForm.stale')}</Paragraph>
          {onReload && (
            <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
              {t('candidateForm.reload')}
            </Button>
          )}
        </Alert>
      )}
      {save.isError && !stale && serviceErrors.length === 0 && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{(save.error instanceof ApiError && save.error.problem?.detail) || t('app.error')}</Paragraph>
        </Alert>
      )}
      <form className="form candidate-form" onSubmit={onSubmit} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('candidateForm.person')}</Fieldset.Legend>
          <Textfield id="candidate-fullName" label={t('newCandidate.fullName')} value={fullName} onChange={(e) => setFullName(e.target.value)} error={errorFor('fullName')} autoComplete="off" />
          <Textfield
            id="candidate-birthYear"
            label={t('newCandidate.birthYear')}
            inputMode="numeric"
            value={birthYear}
            onChange={(e) => setBirthYear(e.target.value.trim())}
            error={errorFor('birthYear')}
            style={{ maxWidth: '10rem' }}
          />
          <Field>
            <Label>{t('newCandidate.municipality')}</Label>
            <Select id="candidate-municipalityCode" value={municipalityCode} onChange={(e) => setMunicipality(e.target.value)} aria-invalid={errorFor('municipalityCode') ? true : undefined}>
              <MunicipalityOptions empty={t('newCandidate.chooseMunicipality')} />
            </Select>
            {errorFor('municipalityCode') && <ValidationMessage>{errorFor('municipalityCode')}</ValidationMessage>}
          </Field>
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t('candidateForm.work')}</Fieldset.Legend>
          <Typeahead
            id="candidate-desiredOccupations"
            name="occupations"
            label={t('candidateForm.occupations')}
            description={t('candidateForm.occupationsHelp')}
            search={async (q) =>
              (await ok(await api.GET('/api/v1/taxonomy/occupations', { params: { query: { q, limit: 8 } } }))).map((o) => ({
                key: o.code,
                label: o.title,
                hint: o.matched !== o.title ? `(${o.matched})` : undefined,
              }))
            }
            onPick={(o) => setOccupations((list) => (list.some((x) => x.code === o.key) ? list : [...list, { code: o.key, title: o.label }]))}
            freeTextLabel={(text) => t('candidateForm.addFreeText', { text })}
            onFreeText={(text) => setDesiredTexts((list) => (list.includes(text) ? list : [...list, text]))}
            error={errorFor('desiredOccupations') ?? errorFor('desiredOccupationTexts')}
          />
          {occupations.length + desiredTexts.length > 0 && (
            <ul className="chip-list" aria-label={t('candidateForm.chosenOccupations')}>
              {occupations.map((o) => chip(o.title, () => setOccupations((list) => list.filter((x) => x.code !== o.code)), t('candidateForm.remove', { name: o.title }), o.code))}
              {desiredTexts.map((text) =>
                chip(
                  <>
                    {text}
                    <span className="chip-note"> ({desiredNote(text)})</span>
                  </>,
                  () => setDesiredTexts((list) => list.filter((x) => x !== text)),
                  t('candidateForm.remove', { name: text }),
                  `text-${text}`,
                ),
              )}
            </ul>
          )}
          <Typeahead
            id="candidate-skills"
            name="skills"
            label={t('candidateForm.skills')}
            description={t('candidateForm.skillsHelp')}
            search={async (q) =>
              (await ok(await api.GET('/api/v1/taxonomy/skills', { params: { query: { q, limit: 8 } } }))).map((s) => ({
                key: s.id,
                label: s.label,
                hint: s.matched !== s.label ? `(${s.matched})` : undefined,
              }))
            }
            onPick={(s) =>
              setSkills((list) => (list.some((x) => x.label === s.label) ? list : [...list, { label: s.label, evidence: 'self_reported', skillId: s.key, skill: s.label, fromTaxonomy: true }]))
            }
            freeTextLabel={(text) => t('candidateForm.addFreeText', { text })}
            onFreeText={(text) => setSkills((list) => (list.some((x) => x.label === text) ? list : [...list, { label: text, evidence: 'self_reported', fromTaxonomy: false }]))}
            error={errorFor('skills')}
          />
          {skills.length > 0 && (
            <ul className="chip-list" aria-label={t('candidateForm.chosenSkills')}>
              {skills.map((s) =>
                chip(
                  <>
                    {s.label}
                    {!s.fromTaxonomy && (
                      <span className="chip-note">
                        {' '}
                        ({s.skill ? t('candidateForm.freeTextReadAs', { skill: s.skill }) : t('candidateForm.freeText')})
                      </span>
                    )}
                  </>,
                  () => setSkills((list) => list.filter((x) => x.label !== s.label)),
                  t('candidateForm.remove', { name: s.label }),
                  s.label,
                ),
              )}
            </ul>
          )}
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t('candidateForm.languages')}</Fieldset.Legend>
          <Field>
            <Label>{t('newCandidate.norwegian')}</Label>
            <Select id="candidate-languages-0" value={norwegian} onChange={(e) => setNorwegian(e.target.value)} aria-invalid={norwegianIndex === 0 && errorFor('languages.0') ? true : undefined}>
              <Select.Option value="">{t('newCandidate.norwegianNone')}</Select.Option>
              {LEVELS.map((l) => (
                <Select.Option key={l} value={l}>
                  {l === 'native' ? t('levels.native') : l}
                </Select.Option>
              ))}
            </Select>
            {norwegianIndex === 0 && errorFor('languages.0') && <ValidationMessage>{errorFor('languages.0')}</ValidationMessage>}
          </Field>
          {languages.map((l, i) => (
            <div className="form-row" key={i} id={`candidate-languages-${i + (norwegian ? 1 : 0)}`}>
              <Field>
                <Label>{t('candidateForm.languageN', { n: i + 1 })}</Label>
                <Select value={l.code} onChange={(e) => setLanguages((list) => list.map((x, j) => (j === i ? { ...x, code: e.target.value } : x)))}>
                  {[...new Set([l.code, ...LANGUAGES])].map((code) => (
                    <Select.Option key={code} value={code}>
                      {languageName(code)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label>{t('candidateForm.levelOf', { language: languageName(l.code) })}</Label>
                <Select value={l.level} onChange={(e) => setLanguages((list) => list.map((x, j) => (j === i ? { ...x, level: e.target.value as Level } : x)))}>
                  {LEVELS.map((level) => (
                    <Select.Option key={level} value={level}>
                      {level === 'native' ? t('levels.native') : level}
                    </Select.Option>
                  ))}
                </Select>
                {languageError(i) && <ValidationMessage>{languageError(i)}</ValidationMessage>}
              </Field>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => setLanguages((list) => list.filter((_, j) => j !== i))}>
                {t('candidateForm.removeLanguage', { language: languageName(l.code) })}
              </Button>
            </div>
          ))}
          <div>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setLanguages((list) => [...list, { code: 'ar', level: 'native' }])}>
              {t('candidateForm.addLanguage')}
            </Button>
          </div>
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t('candidateForm.education')}</Fieldset.Legend>
          {education.map((e, i) => {
            const set = (change: Partial<Education>) => setEducation((list) => list.map((x, j) => (j === i ? { ...x, ...change } : x)));
            return (
              <div className="form-row" key={i} id={`candidate-education-${i}`}>
                <Field>
                  <Label>{t('candidateForm.educationLevel', { n: i + 1 })}</Label>
                  <Select value={e.level} onChange={(ev) => set({ level: ev.target.value as Education['level'] })}>
                    {EDUCATION_LEVELS.map((level) => (
                      <Select.Option key={level} value={level}>
                        {t(`educationLevels.${level}`)}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
                <Textfield label={t('candidateForm.educationField', { n: i + 1 })} value={e.field} onChange={(ev) => set({ field: ev.target.value })} error={errorFor(`education.${i}.field`)} />
                <Field>
                  <Label>{t('candidateForm.recognition', { n: i + 1 })}</Label>
                  <Select value={e.recognition} onChange={(ev) => set({ recognition: ev.target.value as Education['recognition'] })}>
                    {RECOGNITION.map((r) => (
                      <Select.Option key={r} value={r}>
                        {t(`recognition.${r}`)}
                      </Select.Option>
                    ))}
                  </Select>
                  {errorFor(`education.${i}.recognition`) && <ValidationMessage>{errorFor(`education.${i}.recognition`)}</ValidationMessage>}
                </Field>
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => setEducation((list) => list.filter((_, j) => j !== i))}>
                  {t('candidateForm.removeEducation', { n: i + 1 })}
                </Button>
              </div>
            );
          })}
          <div>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setEducation((list) => [...list, { level: 'upper_secondary', field: '', recognition: 'not_applied' }])}>
              {t('candidateForm.addEducation')}
            </Button>
          </div>
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t('candidateForm.wishes')}</Fieldset.Legend>
          <Textfield id="candidate-interests" label={t('newCandidate.interests')} description={t('newCandidate.interestsHelp')} value={interests} onChange={(e) => setInterests(e.target.value)} error={errorFor('interests')} />
          <Textfield id="candidate-goals" multiline rows={3} label={t('newCandidate.goals')} value={goals} onChange={(e) => setGoals(e.target.value)} error={errorFor('goals')} />
          <Field>
            <Label>{t('candidateForm.mentorGender')}</Label>
            <Select id="candidate-preferences" value={mentorGender} onChange={(e) => setMentorGender(e.target.value)}>
              <Select.Option value="">{t('candidateForm.mentorGenderNone')}</Select.Option>
              <Select.Option value="any">{t('candidateForm.mentorGenderAny')}</Select.Option>
              <Select.Option value="female">{t('candidateForm.mentorGenderFemale')}</Select.Option>
              <Select.Option value="male">{t('candidateForm.mentorGenderMale')}</Select.Option>
            </Select>
          </Field>
          <Textfield
            label={t('candidateForm.maxTravelKm')}
            description={t('candidateForm.maxTravelKmHelp')}
            inputMode="numeric"
            value={maxTravelKm}
            onChange={(e) => setMaxTravelKm(e.target.value.trim())}
            error={errorFor('preferences.maxTravelKm')}
          />
        </Fieldset>

        <Fieldset id="candidate-consent">
          <Fieldset.Legend>{t('newCandidate.consent')}</Fieldset.Legend>
          <Fieldset.Description>{t('candidateForm.consentHelp', { version: consentText.data?.version ?? '…' })}</Fieldset.Description>
          <Checkbox label={t('newCandidate.consentMatching')} description={consentText.data?.matching} checked={matching} onChange={(e) => setMatching(e.target.checked)} />
          <Checkbox label={t('newCandidate.consentShare')} description={consentText.data?.shareWithEmployers} checked={share} onChange={(e) => setShare(e.target.checked)} />
          {(errorFor('consent') ?? errorFor('consentTextVersion')) && <ValidationMessage>{errorFor('consent') ?? errorFor('consentTextVersion')}</ValidationMessage>}
        </Fieldset>

        <div className="form__actions">
          <Button type="submit" loading={save.isPending}>
            {c ? t('candidateForm.save') : t('newCandidate.submit')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('newCandidate.cancel')}
          </Button>
        </div>
        {c && (
          <Paragraph data-size="sm" className="muted">
            <Tag data-size="sm" data-color="neutral">
              {t('candidateForm.versionNote', { version: c.version })}
            </Tag>
          </Paragraph>
        )}
      </form>
    </>
  );
}
