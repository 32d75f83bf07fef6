/** What a person reads: Norwegian Bokmål (default), Nynorsk or English. */
export type Locale = 'nb' | 'nn' | 'en';
/** The two languages ranking reasons are written in; Nynorsk readers get Bokmål. */
export type Lang = 'nb' | 'en';

/** A text in each language; without its own Nynorsk wording, Nynorsk readers get the Bokmål. */
export interface Text {
  nb: string;
  nn?: string;
  en: string;
}

export const inLocale = (text: Text, locale: Locale): string => (locale === 'nn' ? (text.nn ?? text.nb) : text[locale]);

/** The preferred of `nb`, `nn` (`no` is Bokmål) and English in `Accept-Language`, q-weights honoured; Bokmål by default. */
export function localeFrom(header: string | undefined): Locale {
  let best: { locale: Locale; q: number } = { locale: 'nb', q: 0 };
  for (const part of (header ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
    const locale: Locale | null = tag.startsWith('en') ? 'en' : /^nn\b/.test(tag) ? 'nn' : /^(nb|no)\b/.test(tag) ? 'nb' : null;
    if (locale && Number.isFinite(q) && q > best.q) best = { locale, q };
  }
  return best.locale;
}

/** The preferred of English and Norwegian in `Accept-Language`, for texts written in nb and en only. */
export const langFrom = (header: string | undefined): Lang => (localeFrom(header) === 'en' ? 'en' : 'nb');
