/** Every TypeORM entity, for the data source (src/app.module.ts): the shell knows every record, the database layer none. */
import { AuditEntry } from './audit/audit-entry.entity';
import { ApiKey } from './auth/entities/api-key.entity';
import { User } from './accounts/entities/user.entity';
import { Candidate } from './candidates/entities/candidate.entity';
import { CandidateShare } from './candidates/entities/candidate-share.entity';
import { CompetenceMapping } from './competence/entities/competence-mapping.entity';
import { MentorAssignment } from './mentor-assignments/entities/mentor-assignment.entity';
import { Mentor } from './mentors/entities/mentor.entity';
import { CaseTransition } from './hurtigspor/entities/case-transition.entity';
import { HurtigsporCase } from './hurtigspor/entities/hurtigspor-case.entity';
import { Need } from './hurtigspor/entities/need.entity';
import { Mentorship } from './mentorships/entities/mentorship.entity';
import { Opening } from './openings/entities/opening.entity';
import { Organisation } from './organisations/entities/organisation.entity';
import { Outcome } from './outcomes/entities/outcome.entity';
import { Ranking } from './rankings/entities/ranking.entity';
import { Municipality } from './reference-data/entities/municipality.entity';
import { Occupation } from './reference-data/entities/occupation.entity';
import { WeightProfile } from './weight-profiles/entities/weight-profile.entity';


export const entities = [Municipality, Occupation, Organisation, ApiKey, Candidate, CandidateShare, Mentor, Opening, AuditEntry, WeightProfile, Mentorship, MentorAssignment, Ranking, Outcome, CompetenceMapping, Need, HurtigsporCase, CaseTransition, User];
