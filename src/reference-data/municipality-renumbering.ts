import type { Municipality } from './entities/municipality.entity';

/** A kommunenummer in use 2020–2023 that is no longer valid, with the number that replaced it on 1 January 2024. */
export interface RenumberedMunicipality {
  oldCode: string;
  oldName: string;
  code: string;
  name: string;
}

export interface OldMunicipality {
  code: string;
  name: string;
}

/**
 * The counties split on 1 January 2024 (Viken, Vestfold og Telemark, Troms og Finnmark) and the
 * counties their kommuner went to; Møre og Romsdal kept its number (1507 Ålesund became 1508
 * Ålesund and 1580 Haram).
 */
const SUCCESSOR_COUNTIES: Record<string, string[]> = { '30': ['31', '32', '33'], '38': ['39', '40'], '54': ['55', '56'], '15': ['15'] };

/** "Våler (Viken)" → "våler"; the parts of a Sami–Norwegian name each count ("Deatnu - Tana"). */
function nameParts(name: string): string[] {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  return [bare, ...bare.split(/\s+-\s+/)].map((p) => p.trim()).filter((p) => p && !p.includes('?'));
}

/**
 * Old (2020–2023) numbers that are gone in 2024, each matched by name to a kommune of the
 * successor county that did not exist in 2020. Throws when a number matches none or several, so a
 * newer source cannot silently lose a mapping.
 */
export function deriveRenumbering(old: OldMunicipality[], current: Municipality[]): RenumberedMunicipality[] {
  const currentCodes = new Set(current.map((m) => m.code));
  const oldCodes = new Set(old.map((m) => m.code));
  const fresh = current.filter((m) => !oldCodes.has(m.code));
  const problems: string[] = [];
  const result: RenumberedMunicipality[] = [];
  for (const o of old) {
    if (currentCodes.has(o.code)) continue;
    const counties = SUCCESSOR_COUNTIES[o.code.slice(0, 2)];
    const parts = new Set(nameParts(o.name));
    const matches = fresh.filter((m) => counties?.includes(m.countyCode) && nameParts(m.name).some((p) => parts.has(p)));
    if (matches.length !== 1) {
      problems.push(`${o.code} ${o.name}: ${matches.length === 0 ? 'no' : matches.length} successor(s) by name`);
      continue;
    }
    const [m] = matches;
    // The 2020 file is Latin-1 and lost the Sami letters (ŋ, š) as "?": the 2024 name is the same name, spelt right.
    result.push({ oldCode: o.code, oldName: o.name.includes('?') ? m.name : o.name.replace(/\s*\([^)]*\)\s*$/, ''), code: m.code, name: m.name });
  }
  if (problems.length > 0) throw new Error(`Cannot derive the 2024 renumbering:\n  ${problems.join('\n  ')}`);
  return result.sort((a, b) => (a.oldCode < b.oldCode ? -1 : 1));
}
