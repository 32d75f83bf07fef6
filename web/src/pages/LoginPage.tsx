import { Alert, Button, ErrorSummary, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ComponentRef, type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { login, OIDC_LOGIN_URL, providers } from '../api/auth';
import { ApiError } from '../api/client';
import { homeOf, useSession, useSetSession } from '../auth/session';
import { currentLanguage } from '../i18n';

type FieldErrors = Partial<Record<'email' | 'password', string>>;

/** When a 429 lets the user try again, as a clock time in the chosen language. */
function retryTime(seconds: number): string {
  const at = new Date(Date.now() + seconds * 1000);
  const locale = currentLanguage() === 'en' ? 'en-GB' : 'nb-NO';
  return at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { user } = useSession();
  // The OIDC callback sends a refused login back here with ?feil=<code>.
  const [params] = useSearchParams();
  const oidcFailure = params.get('feil');
  const setSession = useSetSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const ways = useQuery({ queryKey: ['auth-providers'], queryFn: providers, staleTime: Infinity });
  const attempt = useMutation({
    mutationFn: () => login(email.trim(), password),
    onSuccess: (signedIn) => {
      setSession(signedIn);
      const from = (location.state as { from?: string } | null)?.from;
      void navigate(from && from !== '/' ? from : homeOf(signedIn.role), { replace: true });
    },
  });

  useEffect(() => {
    if (Object.keys(fieldErrors).length > 0) summaryRef.current?.focus();
  }, [fieldErrors]);
  useEffect(() => {
    if (attempt.isError) alertRef.current?.focus();
  }, [attempt.isError, attempt.failureCount]);

  if (user) return <Navigate to={homeOf(user.role)} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('login.emailMissing');
    if (!password) errors.password = t('login.passwordMissing');
    setFieldErrors(errors);
    if (Object.keys(errors).length === 0) attempt.mutate();
  };

  const failure = (() => {
    const error = attempt.error;
    if (!error) return oidcFailure === 'oidc_no_access' || oidcFailure === 'oidc_failed' ? t(`login.${oidcFailure}`) : null;
    if (error instanceof ApiError) {
      if (error.status === 429) return error.retryAfterSeconds ? t('login.tooMany', { time: retryTime(error.retryAfterSeconds) }) : t('login.tooManySoon');
      if (error.status === 401) return t('login.wrong');
      if (error.status === 403) return t('login.inactive');
    }
    return t('app.error');
  })();

  return (
    <section className="narrow" aria-labelledby="login-title">
      <Heading level={1} data-size="lg" id="login-title">
        {t('login.title')}
      </Heading>
      <Paragraph>{t('login.intro')}</Paragraph>
      {Object.keys(fieldErrors).length > 0 && (
        <ErrorSummary ref={summaryRef}>
          <ErrorSummary.Heading>{t('login.fixErrors')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {(['email', 'password'] as const).map((field) =>
              fieldErrors[field] ? (
                <ErrorSummary.Item key={field}>
                  <ErrorSummary.Link href={`#login-${field}`}>{fieldErrors[field]}</ErrorSummary.Link>
                </ErrorSummary.Item>
              ) : null,
            )}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {failure && (
        <Alert data-color="danger" ref={alertRef} tabIndex={-1} role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <form className="form" onSubmit={onSubmit} noValidate>
        <Textfield
          id="login-email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldErrors.email}
        />
        <Textfield
          id="login-password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldErrors.password}
        />
        <div className="form__actions">
          <Button type="submit" loading={attempt.isPending}>
            {t('login.submit')}
          </Button>
          <Link asChild>
            <RouterLink to="/glemt-passord">{t('login.forgot')}</RouterLink>
          </Link>
        </div>
      </form>
      {ways.data?.oidc && (
        <div className="login__oidc">
          <Paragraph data-size="sm">{t('login.or')}</Paragraph>
          <Button variant="secondary" asChild>
            <a href={OIDC_LOGIN_URL}>{t('login.oidc')}</a>
          </Button>
        </div>
      )}
    </section>
  );
}
