import type { RECOGNITION_STATES } from '../common/dto/profile-parts.dto';
import type { FeatureEvidence } from './features/feature';
import { meetsLevel } from './features/norwegian';
import { PRAKSIS_WITHOUT_HIRE_WARNING } from './features/opening-terms';
import type { Component } from './scoring';
import type { Lang } from '../common/language';

const LANGUAGE_NAMES: Record<string, [string, string]> = {
  ar: ['arabisk', 'Arabic'],
  ti: ['tigrinja', 'Tigrinya'],
  uk: ['ukrainsk', 'Ukrainian'],
  ru: ['russisk', 'Russian'],
  so: ['somali', 'Somali'],
  fa: ['persisk (dari/farsi)', 'Persian (Dari/Farsi)'],
  ps: ['pashto', 'Pashto'],
  ku: ['kurdisk', 'Kurdish'],
  am: ['amharisk', 'Amharic'],
  pl: ['polsk', 'Polish'],
  lt: ['litauisk', 'Lithuanian'],
  en: ['engelsk', 'English'],
  fr: ['fransk', 'French'],
  es: ['spansk', 'Spanish'],
  sw: ['swahili', 'Swahili'],
  ln: ['lingala', 'Lingala'],
  tr: ['tyrkisk', 'Turkish'],
  ur: ['urdu', 'Urdu'],
  th: ['thai', 'Thai'],
  vi: ['vietnamesisk', 'Vietnamese'],
};

const languageName = (code: string, lang: Lang) => LANGUAGE_NAMES[code]?.[lang === 'nb' ? 0 : 1] ?? code;

const EVIDENCE_WORD: Record<string, [string, string]> = {
  certified: ['sertifisert', 'certified'],
  verified: ['verifisert', 'verified'],
  mapped: ['kartlagt', 'mapped'],
  self_reported: ['egenrapportert', 'self-reported'],
};

const RECOGNITION_WORDS: Record<(typeof RECOGNITION_STATES)[number], [string, string]> = {
  approved: ['Utdanningen er godkjent', 'The education is recognised'],
  not_required: ['Utdanningen trenger ingen godkjenning', 'The education needs no recognition'],
  pending: ['Godkjenning av utdanningen er til behandling', 'Recognition of the education is pending'],
  uvd: ['Utdanningen er vurdert gjennom UVD-ordningen', 'The education is assessed through the UVD scheme'],
  not_applied: ['Utdanningen er ikke søkt godkjent', 'Recognition of the education has not been applied for'],
  authorisation_required: ['Yrket krever autorisasjon, som ikke er gitt ennå', 'The profession requires an authorisation, not yet granted'],
};

const percent = (x: number) => `${Math.round(x * 100)} %`;

export interface ReasonContext {
  occupationTitle(code: string): string | undefined;
}

/** Words for one feature's evidence, in nb or en; the feature name picks the wording where kinds are shared. */
function reasonsFor(feature: string, e: FeatureEvidence, lang: Lang, ctx: ReasonContext): string[] {
  const t = (nb: string, en: string) => (lang === 'nb' ? nb : en);
  switch (e.kind) {
    case 'semantic':
      if (e.cosine === null) return [t('Ingen tekstlikhet å bygge på ennå', 'No text similarity to go on yet')];
      if (e.cosine < 0.3) return [];
      if (feature === 'semantic_interests') return [t(`Interessene ligner (${percent(e.cosine)})`, `Similar interests (${percent(e.cosine)})`)];
      if (feature === 'semantic_profile') return [t(`Mål og bakgrunn ligner mentorens profil (${percent(e.cosine)})`, `Goals and background resemble the mentor's profile (${percent(e.cosine)})`)];
      return [t(`Profilen ligner behovet (${percent(e.cosine)})`, `The profile resembles the need (${percent(e.cosine)})`)];
    case 'skills': {
      const must = feature === 'skills_must';
      return [
        ...e.matched.map((m) =>
          t(
            `${must ? 'Har påkrevd ferdighet' : 'Har ønsket ferdighet'}: ${m.required}${m.matched.toLowerCase() !== m.required.toLowerCase() ? ` (${m.matched})` : ''}, ${EVIDENCE_WORD[m.evidence][0]}`,
            `${must ? 'Has required skill' : 'Has wanted skill'}: ${m.required}${m.matched.toLowerCase() !== m.required.toLowerCase() ? ` (${m.matched})` : ''}, ${EVIDENCE_WORD[m.evidence][1]}`,
          ),
        ),
        ...(must ? e.missing.map((label) => t(`Mangler påkrevd ferdighet: ${label}`, `Missing required skill: ${label}`)) : []),
      ];
    }
    case 'occupation': {
      // Only the same occupation or its minor group is worth saying; wider groups are a weak signal.
      if (!e.code || !e.target || (e.level !== 'same' && e.level !== 'minor_group')) return [];
      const same = e.level === 'same';
      // Occupations are named by title, never by a bare code: without a title the reason says less.
      const named = (title: string | undefined) => (title ? `: ${title}` : '');
      if (feature === 'profession') {
        const title = named(ctx.occupationTitle(e.target));
        return [t(same ? `Mentoren arbeider i samme yrke${title}` : `Mentoren arbeider i et beslektet yrke${title}`, same ? `The mentor works in the same occupation${title}` : `The mentor works in a related occupation${title}`)];
      }
      const title = named(ctx.occupationTitle(e.code));
      if (e.read && (e.via === 'experience' || e.via === 'desired')) {
        // What was read: the text as typed, and the occupation it reads as.
        const occupation = ctx.occupationTitle(e.code);
        const related = same ? ['', ''] : [', et beslektet yrke', ', a related occupation'];
        if (e.via === 'desired') {
          const as = occupation ? `, som tilsvarer yrket ${occupation}` : ', som tilsvarer et kjent yrke';
          const asEn = occupation ? `, which matches the occupation ${occupation}` : ', which matches a known occupation';
          return [t(`Ønsker å jobbe som «${e.read}»${as}${related[0]}`, `Wants to work as "${e.read}"${asEn}${related[1]}`)];
        }
        const as = occupation ? ` tilsvarer yrket ${occupation}` : ' tilsvarer et kjent yrke';
        const asEn = occupation ? ` reads as the occupation ${occupation}` : ' reads as a known occupation';
        return [t(`Erfaring som «${e.read}»${as}${related[0]}`, `Experience as "${e.read}"${asEn}${related[1]}`)];
      }
      if (e.via === 'inferred') return [t(same ? `Ferdighetene peker mot dette yrket${title}` : `Ferdighetene peker mot et beslektet yrke${title}`, same ? `The skills point to this occupation${title}` : `The skills point to a related occupation${title}`)];
      if (e.via === 'desired') return [t(same ? `Ønsker dette yrket${title}` : `Ønsker et beslektet yrke${title}`, same ? `Wants this occupation${title}` : `Wants a related occupation${title}`)];
      return [t(same ? `Erfaring fra samme yrke${title}` : `Erfaring fra beslektet yrke${title}`, same ? `Experience in the same occupation${title}` : `Experience in a related occupation${title}`)];
    }
    case 'norwegian':
      if (!e.required) return [];
      if (e.level && !meetsLevel(e.level, e.required)) {
        return [t(`Norsknivå ${e.level}, stillingen krever ${e.required}`, `Norwegian level ${e.level}, the opening asks for ${e.required}`)];
      }
      if (!e.level) return [t(`Norsknivå ukjent, stillingen krever ${e.required}`, `Norwegian level unknown, the opening asks for ${e.required}`)];
      return [t(`Norsknivå ${e.level === 'native' ? 'morsmål' : e.level} holder (krav ${e.required})`, `Norwegian ${e.level === 'native' ? 'native' : e.level} meets the ${e.required} minimum`)];
    case 'distance':
      if (e.km === null) return [];
      return [e.km === 0 ? t('I samme kommune', 'In the same municipality') : t(`${e.km} km unna`, `${e.km} km away`)];
    case 'recognition':
      if (!e.needsDegree) return [];
      if (!e.state) return [t('Arbeidet krever høyere utdanning', 'The work asks for higher education')];
      return [RECOGNITION_WORDS[e.state as keyof typeof RECOGNITION_WORDS][lang === 'nb' ? 0 : 1]];
    case 'interests':
      return e.shared.map((i) => t(`Deler interessen ${i}`, `Shares the interest ${i}`));
    case 'language':
      if (e.shared.length > 0) return e.shared.map((c) => t(`Samme morsmål: ${languageName(c, lang)}`, `Same mother tongue: ${languageName(c, lang)}`));
      return e.mentorType === 'fagmentor' ? [] : [t('Ingen felles morsmål med mentoren', 'No shared mother tongue with the mentor')];
    case 'capacity':
      return [t(`Har plass til ${e.free} av ${e.capacity}`, `Has room for ${e.free} of ${e.capacity}`)];
    case 'employer_record':
      if (e.praksis >= PRAKSIS_WITHOUT_HIRE_WARNING && e.hired === 0) {
        return [t(`Arbeidsgiveren har hatt ${e.praksis} praksisperioder uten å ansette noen`, `The employer has had ${e.praksis} praksis periods without hiring anyone`)];
      }
      if (e.hired > 0) return [t(`Arbeidsgiveren har ansatt ${e.hired} etter praksis`, `The employer has hired ${e.hired} after praksis`)];
      return [];
    case 'terms':
      return [...(e.permanent ? [t('Fast stilling', 'Permanent position')] : []), ...(e.wageSubsidy ? [t('Med lønnstilskudd', 'With wage subsidy')] : [])];
  }
}

/** Reasons from the components, the weightiest first: concrete evidence, never a bare score. */
export function renderReasons(components: Component[], evidence: Record<string, FeatureEvidence>, lang: Lang, ctx: ReasonContext): string[] {
  return [...components]
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.contribution - a.contribution || a.feature.localeCompare(b.feature))
    .flatMap((c) => reasonsFor(c.feature, evidence[c.feature], lang, ctx));
}
