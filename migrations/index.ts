import { Foundation1764000000000 } from './1764000000000-Foundation';
import { Embeddings1764100000000 } from './1764100000000-Embeddings';
import { Matching1764200000000 } from './1764200000000-Matching';
import { MentorAssignments1764300000000 } from './1764300000000-MentorAssignments';
import { EscoOccupationSkills1764400000000 } from './1764400000000-EscoOccupationSkills';
import { Taxonomy1764500000000 } from './1764500000000-Taxonomy';
import { CandidateExternalRef1764550000000 } from './1764550000000-CandidateExternalRef';
import { WeightTuning1764600000000 } from './1764600000000-WeightTuning';
import { Outbox1764700000000 } from './1764700000000-Outbox';
import { Webhooks1764710000000 } from './1764710000000-Webhooks';
import { Hurtigspor1764720000000 } from './1764720000000-Hurtigspor';
import { OccupationGroupIndexes1764730000000 } from './1764730000000-OccupationGroupIndexes';
import { OutcomeSources1764745000000 } from './1764745000000-OutcomeSources';
import { RecordVersions1764746000000 } from './1764746000000-RecordVersions';
import { ResolvedOccupations1764747000000 } from './1764747000000-ResolvedOccupations';
import { Accounts1764800000000 } from './1764800000000-Accounts';
import { Ownership1764810000000 } from './1764810000000-Ownership';
import { MentorshipAnswers1764820000000 } from './1764820000000-MentorshipAnswers';
import { CandidateConsents1764840000000 } from './1764840000000-CandidateConsents';
import { DesiredOccupationTexts1764850000000 } from './1764850000000-DesiredOccupationTexts';
import { RecordChanges1764860000000 } from './1764860000000-RecordChanges';
import { CandidateChanges1764870000000 } from './1764870000000-CandidateChanges';

/** Every migration, in order. Listed by class so the same list works from ts-jest and from dist/. */
export const migrations = [
  Foundation1764000000000,
  Embeddings1764100000000,
  Matching1764200000000,
  MentorAssignments1764300000000,
  EscoOccupationSkills1764400000000,
  Taxonomy1764500000000,
  CandidateExternalRef1764550000000,
  WeightTuning1764600000000,
  Outbox1764700000000,
  Webhooks1764710000000,
  Hurtigspor1764720000000,
  OccupationGroupIndexes1764730000000,
  OutcomeSources1764745000000,
  RecordVersions1764746000000,
  ResolvedOccupations1764747000000,
  Accounts1764800000000,
  Ownership1764810000000,
  MentorshipAnswers1764820000000,
  CandidateConsents1764840000000,
  DesiredOccupationTexts1764850000000,
  RecordChanges1764860000000,
  CandidateChanges1764870000000,
];
