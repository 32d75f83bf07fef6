import type { Principal, Role } from '../common/principal';
import { AccessContext, candidateAccess, CandidateAccess, CandidateScope } from './candidate-access';

const OWNER = 'org-owner';
const SHARED = 'org-shared';
const OTHER = 'org-other';
const as = (role: Role, organisationId: string | null): Principal => ({ keyId: 'k', userId: null, role, organisationId });
const candidate = (shareWithEmployers = true): CandidateScope => ({ ownerOrganisationId: OWNER, sharedWith: [SHARED], shareWithEmployers });

const RECORD: AccessContext = { kind: 'record' };
const SHORTLIST: AccessContext = { kind: 'shortlist' };
const PROSPECT: AccessContext = { kind: 'prospect' };
const CASE_BEFORE: AccessContext = { kind: 'case', party: true, revealed: false };
const CASE_AFTER: AccessContext = { kind: 'case', party: true, revealed: true };
const OTHERS_CASE: AccessContext = { kind: 'case', party: false, revealed: true };
const CONTEXTS = [RECORD, SHORTLIST, PROSPECT, CASE_BEFORE, CASE_AFTER, OTHERS_CASE];

/** Per caller, what it gets in each context: record, shortlist, prospect, case before and after the interview, another's case. */
const TABLE: [string, Principal, boolean, CandidateAccess[]][] = [
  ['admin', as('admin', null), true, ['full', 'full', 'full', 'full', 'full', 'full']],
  ['coordinator of the owner', as('coordinator', OWNER), true, ['full', 'full', 'full', 'full', 'full', 'full']],
  ['coordinator it is shared with', as('coordinator', SHARED), true, ['full', 'full', 'full', 'full', 'full', 'full']],
  ['another coordinator', as('coordinator', OTHER), true, ['none', 'none', 'none', 'none', 'none', 'none']],
  ['coordinator without organisation', as('coordinator', null), true, ['none', 'none', 'none', 'none', 'none', 'none']],
  ['career centre that owns it', as('career_centre', OWNER), true, ['full', 'full', 'full', 'full', 'full', 'full']],
  ['career centre it is shared with', as('career_centre', SHARED), true, ['full', 'full', 'full', 'full', 'full', 'full']],
  ['another career centre', as('career_centre', OTHER), true, ['none', 'none', 'full', 'full', 'full', 'none']],
  ['employer', as('employer', OTHER), true, ['none', 'anonymous', 'none', 'anonymous', 'identified', 'none']],
  ['employer, no consent to share', as('employer', OTHER), false, ['none', 'none', 'none', 'none', 'none', 'none']],
  // Consent to share with employers is about employers only.
  ['coordinator of the owner, no consent to share', as('coordinator', OWNER), false, ['full', 'full', 'full', 'full', 'full', 'full']],
];

describe('candidateAccess', () => {
  it.each(TABLE)('%s', (_, principal, consent, expected) => {
    expect(CONTEXTS.map((context) => candidateAccess(principal, candidate(consent), context))).toEqual(expected);
  });

  it('covers every role', () => {
    const roles = new Set(TABLE.map(([, p]) => p.role));
    expect([...roles].sort()).toEqual(['admin', 'career_centre', 'coordinator', 'employer']);
  });
});
