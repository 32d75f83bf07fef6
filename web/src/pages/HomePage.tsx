import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';

/** For roles whose pages are not built yet: who you are, and that the rest is coming. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  const role = t(`roles.${user.role}`).toLowerCase();
  return (
    <section aria-labelledby="home-title" className="stack">
      <Heading level={1} data-size="lg" id="home-title">
        {t('home.title', { name: user.name })}
      </Heading>
      <Paragraph>
        {user.organisation ? t('home.intro', { role, organisation: user.organisation.name }) : t('home.introNoOrganisation', { role })}
      </Paragraph>
      <Paragraph>{t('home.comingSoon')}</Paragraph>
    </section>
  );
}
