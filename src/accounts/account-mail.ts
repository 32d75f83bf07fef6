import type { Mail } from '../mail/mail.service';

/** The texts of the service's mail: Bokmål, short and plain. */

export const INVITE_VALID_HOURS = 72;
export const RESET_VALID_MINUTES = 60;

export function inviteMail(to: string, name: string, organisation: string | null, link: string): Mail {
  return {
    to,
    subject: 'Du har fått tilgang til Kobling',
    text: [
      `Hei, ${name}.`,
      '',
      organisation ? `Du har fått en bruker i Kobling for ${organisation}.` : 'Du har fått en bruker i Kobling.',
      `Velg et passord med lenken nedenfor. Lenken kan brukes én gang og gjelder i ${INVITE_VALID_HOURS} timer.`,
      '',
      link,
      '',
      'Har du ikke ventet denne e-posten, kan du se bort fra den.',
      '',
      'Hilsen Kobling',
    ].join('\n'),
  };
}

export function resetMail(to: string, name: string, link: string): Mail {
  return {
    to,
    subject: 'Nytt passord i Kobling',
    text: [
      `Hei, ${name}.`,
      '',
      'Vi har fått en forespørsel om nytt passord for brukeren din i Kobling.',
      'Velg et nytt passord med lenken nedenfor. Lenken kan brukes én gang og gjelder i 1 time.',
      '',
      link,
      '',
      'Var det ikke du som ba om dette, kan du se bort fra e-posten. Passordet ditt er ikke endret.',
      '',
      'Hilsen Kobling',
    ].join('\n'),
  };
}
