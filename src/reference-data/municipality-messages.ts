import type { FieldError } from '../common/problems';

type Lang = 'nb' | 'en';
interface Kommune {
  code: string;
  name: string;
}

/**
 * Why a kommunenummer is refused, nb and en side by side (for the error catalogue). The
 * message names the number to use instead, so a caseworker can fix the row without a lookup.
 */
export const MUNICIPALITY_ERRORS = {
  municipality_renumbered: {
    nb: (old: Kommune, now: Kommune) => `${old.code} ${old.name} heter ${now.code} ${now.name} fra 2024`,
    en: (old: Kommune, now: Kommune) => `${old.code} ${old.name} is ${now.code} ${now.name} from 2024`,
  },
  municipality_leading_zero: {
    nb: (typed: string, now: Kommune) => `«${typed}» mangler trolig en null foran: kommunenummer har fire sifre (${now.code} ${now.name})`,
    en: (typed: string, now: Kommune) => `"${typed}" probably lost its leading zero: a kommunenummer has four digits (${now.code} ${now.name})`,
  },
} as const;

export type MunicipalityErrorCode = keyof typeof MUNICIPALITY_ERRORS;

/** A field error with its stable code, so clients can act on the kind of mistake. */
export interface MunicipalityFieldError extends FieldError {
  code: MunicipalityErrorCode;
}

export function renumberedError(field: string, old: Kommune, now: Kommune, lang: Lang = 'nb'): MunicipalityFieldError {
  return { field, code: 'municipality_renumbered', message: MUNICIPALITY_ERRORS.municipality_renumbered[lang](old, now) };
}

export function leadingZeroError(field: string, typed: string, now: Kommune, lang: Lang = 'nb'): MunicipalityFieldError {
  return { field, code: 'municipality_leading_zero', message: MUNICIPALITY_ERRORS.municipality_leading_zero[lang](typed, now) };
}
