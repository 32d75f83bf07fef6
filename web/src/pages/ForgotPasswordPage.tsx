import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { requestPasswordReset } from '../api/auth';
import { ApiError } from '../api/client';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const ask = useMutation({ mutationFn: () => requestPasswordReset(email.trim()) });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!email.trim());
    if (email.trim()) ask.mutate();
  };
  const tooMany = ask.error instanceof ApiError && ask.error.status === 429;
  return (
    <section className="narrow" aria-labelledby="forgot-title">
      <Heading level={1} data-size="lg" id="forgot-title">
        {t('forgot.title')}
      </Heading>
      <Paragraph>{t('forgot.intro')}</Paragraph>
      {ask.isSuccess ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('forgot.sent')}</Paragraph>
        </Alert>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          {ask.isError && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{tooMany ? t('login.tooManySoon') : t('app.error')}</Paragraph>
            </Alert>
          )}
          <Textfield
            id="forgot-email"
            label={t('login.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={missing ? t('login.emailMissing') : undefined}
          />
          <div className="form__actions">
            <Button type="submit" loading={ask.isPending}>
              {t('forgot.submit')}
            </Button>
          </div>
        </form>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/logg-inn">{t('forgot.back')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
