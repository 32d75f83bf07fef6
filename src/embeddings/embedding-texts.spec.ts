import { candidateTexts } from './embedding-texts';

describe('candidateTexts', () => {
  const titles = new Map([['7212', 'Sveisere']]);
  const candidate = { skills: [{ label: 'sveising' }], experience: [], education: [], desiredOccupations: ['7212'], goals: 'Fast jobb', interests: [] };

  it('names desired occupations by title, then in the candidate’s own words', () => {
    expect(candidateTexts({ ...candidate, desiredOccupationTexts: ['platearbeider'] }, titles).profile).toBe('sveising. Sveisere, platearbeider. Fast jobb');
    expect(candidateTexts({ ...candidate, desiredOccupations: [], desiredOccupationTexts: ['platearbeider'] }, titles).profile).toBe('sveising. platearbeider. Fast jobb');
    // Records without desired texts embed the same text as before.
    expect(candidateTexts(candidate, titles).profile).toBe('sveising. Sveisere. Fast jobb');
  });
});
