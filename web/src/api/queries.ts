import { useQuery } from '@tanstack/react-query';
import { api, ok, type Schemas } from './client';

export type Candidate = Schemas['CandidateView'];
export type Ranking = Schemas['RankingView'];

/** Every kommune (there are 357), once: for the filter and for names in place of numbers. */
export function useMunicipalities() {
  return useQuery({
    queryKey: ['municipalities'],
    queryFn: async () => ok(await api.GET('/api/v1/municipalities', { params: { query: { limit: 400 } } })),
    staleTime: Infinity,
    select: (list) => {
      // Two Herøy, two Våler: a name that is not unique carries its county.
      const count = new Map<string, number>();
      for (const m of list) count.set(m.name, (count.get(m.name) ?? 0) + 1);
      const named = list.map((m) => ({ ...m, label: (count.get(m.name) ?? 0) > 1 ? `${m.name} (${m.countyName})` : m.name }));
      return {
        list: named.sort((a, b) => a.label.localeCompare(b.label, 'nb')),
        nameOf: new Map(named.map((m) => [m.code, m.label])),
      };
    },
  });
}

/** The candidate's Norwegian (CEFR, or native), from the languages it has: Bokmål, Nynorsk or `no`. */
export function norwegianLevel(candidate: Pick<Candidate, 'languages'>): string | null {
  const levels = candidate.languages.filter((l) => ['nb', 'nn', 'no'].includes(l.code)).map((l) => l.level);
  if (levels.length === 0) return null;
  const order = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
  return levels.reduce((best, l) => (order.indexOf(l) > order.indexOf(best) ? l : best));
}
