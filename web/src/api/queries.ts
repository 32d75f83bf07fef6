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
    select: (list) => ({
      list: [...list].sort((a, b) => a.name.localeCompare(b.name, 'nb')),
      nameOf: new Map(list.map((m) => [m.code, m.name])),
    }),
  });
}

/** The candidate's Norwegian (CEFR, or native), from the languages it has: Bokmål, Nynorsk or `no`. */
export function norwegianLevel(candidate: Pick<Candidate, 'languages'>): string | null {
  const levels = candidate.languages.filter((l) => ['nb', 'nn', 'no'].includes(l.code)).map((l) => l.level);
  if (levels.length === 0) return null;
  const order = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
  return levels.reduce((best, l) => (order.indexOf(l) > order.indexOf(best) ? l : best));
}
