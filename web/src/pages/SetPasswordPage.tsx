import { Alert, Button, ErrorSummary, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { setPassword } from '../api/auth';
import { ApiError } from '../api/client';

/** The shortest password the service accepts (NSM's advice: long passphrases over complex rules). */
export const MIN_PASSWORD_LENGTH = 12;

type Errors = Partial<Record<'password' | 'repeat', string>>;

/** Sets a password from an invitation or a reset link: `/passord?token=…`. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setValue] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const save = useMutation({
    mutationFn: () => setPassword(token, password),
    // The service's own password rules (too short, too common, the e-mail address) as field errors.
    onError: (error) => {
      const fields = (error instanceof ApiError && error.status === 400 ? ((error.problem as { errors?: { code?: string }[] } | undefined)?.errors ?? []) : []).map((e) => e.code);
      const known = fields.find((code) => code === 'too_short' || code === 'password_too_common' || code === 'password_is_email');
      if (known) setErrors({ password: known === 'too_short' ? t('setPassword.tooShort', { min: MIN_PASSWORD_LENGTH }) : t(`setPassword.${known}`) });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (password.length < MIN_PASSWORD_LENGTH) found.password = t('setPassword.tooShort', { min: MIN_PASSWORD_LENGTH });
    else if (password !== repeat) found.repeat = t('setPassword.mismatch');
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  // An unknown, used or expired link: 422.
  const invalid = save.error instanceof ApiError && [404, 410, 422].includes(save.error.status);
  const rejected = save.error instanceof ApiError && save.error.status === 400 && Object.keys(errors).length > 0;
  const body = (() => {
    if (!token) {
      return (
        <Alert data-color="warning">
          <Paragraph>{t('setPassword.missingToken')}</Paragraph>
        </Alert>
      );
    }
    if (save.isSuccess) {
      return (
        <Alert data-color="success" role="status">
          <Paragraph>{t('setPassword.done')}</Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to="/logg-inn">{t('setPassword.toLogin')}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      );
    }
    return (
      <form className="form" onSubmit={onSubmit} noValidate>
        {Object.keys(errors).length > 0 && (
          <ErrorSummary>
            <ErrorSummary.Heading>{t('setPassword.fixErrors')}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {(['password', 'repeat'] as const).map((field) =>
                errors[field] ? (
                  <ErrorSummary.Item key={field}>
                    <ErrorSummary.Link href={`#set-${field}`}>{errors[field]}</ErrorSummary.Link>
                  </ErrorSummary.Item>
                ) : null,
              )}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
        {save.isError && !rejected && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{invalid ? t('setPassword.invalidToken') : t('app.error')}</Paragraph>
          </Alert>
        )}
        <Textfield
          id="set-password"
          label={t('setPassword.password')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setValue(e.target.value)}
          error={errors.password}
        />
        <Textfield
          id="set-repeat"
          label={t('setPassword.repeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={errors.repeat}
        />
        <div className="form__actions">
          <Button type="submit" loading={save.isPending}>
            {t('setPassword.submit')}
          </Button>
        </div>
      </form>
    );
  })();

  return (
    <section className="narrow" aria-labelledby="set-title">
      <Heading level={1} data-size="lg" id="set-title">
        {t('setPassword.title')}
      </Heading>
      {token && !save.isSuccess && <Paragraph>{t('setPassword.intro', { min: MIN_PASSWORD_LENGTH })}</Paragraph>}
      {body}
      {(!token || invalid) && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/glemt-passord">{t('setPassword.askAgain')}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </section>
  );
}
