/**
 * The texts a candidate agrees to, one per kind of consent, versioned: every history entry keeps
 * the version and the text as it was, so a later change of wording never rewrites what someone
 * agreed to. A new wording is a new version; the old ones stay readable in the history.
 */
export const CONSENT_KINDS = ['matching', 'shareWithEmployers'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export interface ConsentText {
  version: string;
  /** The Norwegian (Bokmål) text read to, or by, the candidate, per kind. */
  texts: Record<ConsentKind, string>;
}

export const CURRENT_CONSENT_TEXT: ConsentText = {
  version: '2026-12-01',
  texts: {
    matching:
      'Jeg samtykker til at kommunen registrerer opplysningene mine i Kobling og bruker dem til å finne en mentor, en praksisplass eller en jobb som passer for meg. Jeg kan når som helst trekke samtykket, og da blir jeg ikke lenger foreslått.',
    shareWithEmployers:
      'Jeg samtykker til at arbeidsgivere kan se en anonymisert utgave av profilen min (kompetanse, språk og ønsker, uten navn og kontaktopplysninger), og at kommunen kan henvise meg til en arbeidsgiver som har en praksisplass eller jobb. Jeg kan når som helst trekke samtykket.',
  },
};

/** The version and text of entries moved from the two booleans candidates had before the history. */
export const MIGRATED_CONSENT = { version: 'before-history', text: 'recorded before consent history' } as const;
