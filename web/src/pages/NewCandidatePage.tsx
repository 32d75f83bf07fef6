import { Alert, Button, Checkbox, ErrorSummary, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api, ok, type Schemas } from '../api/client';
import { useMunicipalities } from '../api/queries';

type Level = Schemas['LanguageDto']['level'];
const LEVELS: Level[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
type Field = 'fullName' | 'birthYear' | 'municipalityCode';

/** The few facts a coordinator has at the first meeting; the rest is added later. */
export function NewCandidatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const municipalities = useMunicipalities();
  const [fullName, setFullName] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [municipalityCode, setMunicipality] = useState('');
  const [norwegian, setNorwegian] = useState('');
  const [interests, setInterests] = useState('');
  const [goals, setGoals] = useState('');
  const [matching, setMatching] = useState(false);
  const [share, setShare] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const create = useMutation({
    mutationFn: async () =>
      ok(
        await api.POST('/api/v1/candidates', {
          body: {
            fullName: fullName.trim(),
            ...(birthYear ? { birthYear: Number(birthYear) } : {}),
            municipalityCode,
            languages: norwegian ? [{ code: 'nb', level: norwegian as Level }] : [],
            interests: interests.split(',').map((i) => i.trim()).filter(Boolean),
            ...(goals.trim() ? { goals: goals.trim() } : {}),
            consent: { matching, shareWithEmployers: share },
          },
        }),
      ),
    onSuccess: (created) => {
      void client.invalidateQueries({ queryKey: ['candidates'] });
      void navigate(`/kandidater/${created.id}`);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!fullName.trim()) found.fullName = t('newCandidate.nameMissing');
    if (birthYear && !/^(19|20)\d{2}$/.test(birthYear)) found.birthYear = t('newCandidate.birthYearInvalid');
    if (!municipalityCode) found.municipalityCode = t('newCandidate.municipalityMissing');
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate();
  };

  // The service's own field errors, in the chosen language (nb or en).
  const serverErrors = create.error instanceof ApiError ? ((create.error.problem as { errors?: { field: string; message: string }[] } | undefined)?.errors ?? []) : [];
  const listed = Object.entries(errors);

  return (
    <section aria-labelledby="new-title" className="narrow wide-form">
      <Heading level={1} data-size="lg" id="new-title">
        {t('newCandidate.title')}
      </Heading>
      <Paragraph>{t('newCandidate.intro')}</Paragraph>
      {listed.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{t('newCandidate.fixErrors')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {listed.map(([field, message]) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link href={`#new-${field}`}>{message}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {create.isError && (
        <Alert data-color="danger" role="alert">
          {serverErrors.length > 0 ? (
            <ul className="plain-list">
              {serverErrors.map((e) => (
                <li key={e.field}>{e.message}</li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('app.error')}</Paragraph>
          )}
        </Alert>
      )}
      <form className="form" onSubmit={onSubmit} noValidate>
        <Textfield id="new-fullName" label={t('newCandidate.fullName')} value={fullName} onChange={(e) => setFullName(e.target.value)} error={errors.fullName} autoComplete="off" />
        <Textfield
          id="new-birthYear"
          label={t('newCandidate.birthYear')}
          inputMode="numeric"
          value={birthYear}
          onChange={(e) => setBirthYear(e.target.value.trim())}
          error={errors.birthYear}
          style={{ maxWidth: '10rem' }}
        />
        <Field>
          <Label>{t('newCandidate.municipality')}</Label>
          <Select id="new-municipalityCode" value={municipalityCode} onChange={(e) => setMunicipality(e.target.value)} aria-invalid={errors.municipalityCode ? true : undefined}>
            <Select.Option value="">{t('newCandidate.chooseMunicipality')}</Select.Option>
            {municipalities.data?.list.map((m) => (
              <Select.Option key={m.code} value={m.code}>
                {m.label}
              </Select.Option>
            ))}
          </Select>
          {errors.municipalityCode && <ValidationMessage>{errors.municipalityCode}</ValidationMessage>}
        </Field>
        <Field>
          <Label>{t('newCandidate.norwegian')}</Label>
          <Select value={norwegian} onChange={(e) => setNorwegian(e.target.value)}>
            <Select.Option value="">{t('newCandidate.norwegianNone')}</Select.Option>
            {LEVELS.map((l) => (
              <Select.Option key={l} value={l}>
                {l}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield label={t('newCandidate.interests')} description={t('newCandidate.interestsHelp')} value={interests} onChange={(e) => setInterests(e.target.value)} />
        <Textfield multiline rows={3} label={t('newCandidate.goals')} value={goals} onChange={(e) => setGoals(e.target.value)} />
        <Fieldset>
          <Fieldset.Legend>{t('newCandidate.consent')}</Fieldset.Legend>
          <Fieldset.Description>{t('newCandidate.consentHelp')}</Fieldset.Description>
          <Checkbox label={t('newCandidate.consentMatching')} checked={matching} onChange={(e) => setMatching(e.target.checked)} />
          <Checkbox label={t('newCandidate.consentShare')} checked={share} onChange={(e) => setShare(e.target.checked)} />
        </Fieldset>
        <div className="form__actions">
          <Button type="submit" loading={create.isPending}>
            {t('newCandidate.submit')}
          </Button>
          <Button type="button" variant="tertiary" onClick={() => void navigate('/kandidater')}>
            {t('newCandidate.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
