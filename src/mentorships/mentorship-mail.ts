import type { Mail } from '../mail/mail.service';

/** A mentor answers a proposal through this link without an account; it works once. */
export const ANSWER_VALID_DAYS = 14;

export interface ProposalMailFacts {
  to: string;
  mentorName: string;
  candidateFirstName: string;
  organisationName: string | null;
  contact: { name: string; email: string } | null;
  link: string;
}

/** Bokmål, short and plain; only the candidate's first name, the rest they hear from the coordinator. */
export function proposalMail(f: ProposalMailFacts): Mail {
  const from = f.organisationName ? `${f.organisationName} ønsker` : 'Vi ønsker';
  return {
    to: f.to,
    subject: 'Vil du være mentor? Svar på forslaget',
    text: [
      `Hei, ${f.mentorName}.`,
      '',
      `${from} å koble deg som mentor med ${f.candidateFirstName}.`,
      'Et mentorskap varer vanligvis 6–8 måneder, med 1–2 møter i måneden.',
      '',
      `Svar ja eller nei med lenken nedenfor. Du trenger ingen bruker. Lenken kan brukes én gang og gjelder i ${ANSWER_VALID_DAYS} dager.`,
      '',
      f.link,
      '',
      f.contact ? `Har du spørsmål, kontakt ${f.contact.name} (${f.contact.email}).` : 'Har du spørsmål, kontakt koordinatoren som sendte forslaget.',
      '',
      'Hilsen Kobling',
    ].join('\n'),
  };
}

/** The first word of a full name: what the mentor learns of the candidate before saying yes. */
export const firstName = (fullName: string): string => fullName.trim().split(/\s+/)[0] ?? '';
