import type { EvaluateDto, PreviewDto } from './tuning.dto';
import type { CreateWeightProfileDto } from '../../weight-profiles/dto/weight-profile.dto';

export const CREATE_WEIGHT_PROFILE: CreateWeightProfileDto = {
  matchType: 'mentor',
  weights: { shared_interests: 3, semantic_interests: 1, profession: 3, semantic_profile: 1, language: 2, distance: 2, capacity: 1 },
  note: 'Profession weighs as much as shared interests, as the KUN programmes pair on both.',
};

export const PREVIEW: PreviewDto = { limit: 10 };

export const EVALUATE: EvaluateDto = { from: '2024-01-01', to: '2024-12-31' };
