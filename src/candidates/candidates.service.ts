import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuditedWriter } from '../audit/audited-writer';
import { EmbeddingQueue } from '../embeddings/embedding-queue';
import type { Principal } from '../common/principal';
import { Page, toPage } from '../common/dto/pagination.dto';
import { patchFields } from '../common/patch';
import { fieldError, invalid, Problem, problem } from '../common/problems';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import { CodeReference, ReferenceDataService } from '../reference-data/reference-data.service';
import { CompetenceProfiler, DerivedCandidateFields, ProfilerTools } from '../competence/competence-profiler';
import { ownPart } from '../competence/merge-competence';
import { CandidatesRepository } from './candidates.repository';
import { CandidateQueryDto, CreateCandidateDto, ShareCandidateDto, UpdateCandidateDto } from './dto/candidate.dto';
import { CandidateShareView, CandidateView } from './dto/candidate.view';
import { Candidate } from './entities/candidate.entity';
import { versionSeen } from '../common/versions';
import { RESOURCES } from '../common/error-catalogue';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { CandidateGate } from './candidate-gate';
import { Clock } from '../common/clock';
import { ConsentEntry, historyOf, recordConsentChanges } from './consent-history';
import { ConsentText, CURRENT_CONSENT_TEXT } from './consent-text';
import { ConsentTextView } from './dto/candidate.view';

const NAMES = { resourceType: 'candidate', label: 'candidate' } as const;
/** Matches no organisation: a coordinator key from before ownership without one sees no candidates. */
const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';


/** The fields whose change redoes the derived ones. */
const DERIVED_FROM = ['skills', 'languages', 'education', 'experience', 'desiredOccupationTexts', 'municipalityCode'] as const;

type OwnCompetenceLists = DerivedCandidateFields['ownCompetence'];

/** The fields derived ones come from, for a record after `change`: what the change leaves out stays as it was. */
function changedRecord(row: Candidate, change: DeepPartial<Candidate>): DeepPartial<Candidate> & Pick<Candidate, 'municipalityCode'> {
  const own = row.ownCompetence ?? ownPart(row);
  return {
    id: row.id,
    municipalityCode: change.municipalityCode ?? row.municipalityCode,
    experience: change.experience ?? row.experience,
    desiredOccupationTexts: change.desiredOccupationTexts ?? row.desiredOccupationTexts,
    skills: change.skills ?? own.skills,
    languages: change.languages ?? own.languages,
    education: change.education ?? own.education,
  };
}

/** The codes a candidate payload refers to, each with the field that holds it. */
function codeReferences(dto: UpdateCandidateDto): CodeReference[] {
  const references: CodeReference[] = [];
  if (dto.municipalityCode) references.push({ field: 'municipalityCode', kind: 'municipality', code: dto.municipalityCode });
  dto.experience?.forEach((e, i) => {
    if (e.occupationCode) references.push({ field: `experience.${i}.occupationCode`, kind: 'occupation', code: e.occupationCode });
  });
  dto.desiredOccupations?.forEach((code, i) => references.push({ field: `desiredOccupations.${i}`, kind: 'occupation', code }));
  return references;
}

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly referenceData: ReferenceDataService,
    private readonly titles: ReferenceDataCache,
    private readonly audit: AuditService,
    private readonly writer: AuditedWriter,
    private readonly embeddingQueue: EmbeddingQueue,
    private readonly profiler: CompetenceProfiler,
    private readonly organisations: OrganisationsRepository,
    private readonly gate: CandidateGate,
    private readonly clock: Clock,
  ) {}

  /** The consent texts in force, to show the candidate before consent is recorded. */
  consentText(): ConsentTextView {
    return { version: CURRENT_CONSENT_TEXT.version, ...CURRENT_CONSENT_TEXT.texts };
  }

  /** The text a consent is recorded against: the one in force; naming an older one is refused. */
  private consentTextFor(version: string | undefined): ConsentText {
    if (version !== undefined && version !== CURRENT_CONSENT_TEXT.version) {
      throw invalid([fieldError('consentTextVersion', 'consent_text_outdated', { value: version, current: CURRENT_CONSENT_TEXT.version })]);
    }
    return CURRENT_CONSENT_TEXT;
  }

  /**
   * Records consent given or withdrawn for candidates just written in `manager`'s transaction
   * (the bulk import's): one history entry per kind that changed, by `actor`, now.
   */
  recordConsent(manager: EntityManager, actor: Principal, consents: Map<string, { matching: boolean; shareWithEmployers: boolean }>): Promise<number> {
    return recordConsentChanges(manager, actor, [...consents.keys()], (id) => consents.get(id)!, CURRENT_CONSENT_TEXT, this.clock.now());
  }

  private async consentHistoryOf(id: string): Promise<ConsentEntry[]> {
    return (await historyOf(this.dataSource.manager, [id])).get(id) ?? [];
  }

  /** The view of one candidate, with what lists leave out: its shares, its consent history and its occupations' titles. */
  private async fullView(candidate: Candidate): Promise<CandidateView> {
    return CandidateView.of(
      candidate,
      (await this.candidates.sharesOf([candidate.id])).get(candidate.id),
      await this.consentHistoryOf(candidate.id),
      await this.titles.occupationTitles(),
    );
  }

  /**
   * The fields derived from a candidate's entries and mappings (merged competence, resolved
   * skills, inferred occupations, hurtigspor prospect), for a record about to be written. The
   * lists in `values` are the record's own entries; an existing record's mappings are merged in.
   */
  async derive(
    values: DeepPartial<Candidate> & Pick<Candidate, 'municipalityCode'>,
    manager: EntityManager = this.dataSource.manager,
    tools?: ProfilerTools,
  ): Promise<DerivedCandidateFields> {
    const loaded = tools ?? (await this.profiler.tools());
    return this.profiler.profile({
      own: {
        skills: (values.skills ?? []) as OwnCompetenceLists['skills'],
        languages: (values.languages ?? []) as OwnCompetenceLists['languages'],
        education: (values.education ?? []) as OwnCompetenceLists['education'],
      },
      mappings: values.id ? await this.profiler.mappingsOf(manager, values.id) : [],
      experience: (values.experience ?? []) as Candidate['experience'],
      desiredTexts: (values.desiredOccupationTexts ?? []) as string[],
      municipalityCode: values.municipalityCode,
    }, loaded);
  }

  async create(actor: Principal, { ownerOrganisationId, consentTextVersion, ...dto }: CreateCandidateDto): Promise<CandidateView> {
    const owner = await this.ownerFor(actor, ownerOrganisationId);
    const consentText = this.consentTextFor(consentTextVersion);
    await this.referenceData.assertCodesExist(codeReferences(dto));
    const derived = await this.derive({ ...dto, experience: dto.experience ?? [] });
    // The record, its audit row and its first consent entries in one transaction.
    const candidate = await this.dataSource.transaction(async (manager) => {
      const saved = await this.candidates.insert(manager, {
          ...dto,
          ownerOrganisationId: owner,
          ...derived,
          experience: dto.experience ?? [],
          interests: dto.interests ?? [],
          desiredOccupations: dto.desiredOccupations ?? [],
          desiredOccupationTexts: dto.desiredOccupationTexts ?? [],
          goals: dto.goals ?? '',
          preferences: dto.preferences ?? {},
          registeredByOrganisationId: actor.organisationId,
      });
      await this.audit.record(manager, actor, { action: `${NAMES.resourceType}.create`, resourceType: NAMES.resourceType, resourceId: saved.id });
      await recordConsentChanges(manager, actor, [saved.id], () => dto.consent, consentText, this.clock.now());
      return saved;
    });
    this.embeddingQueue.enqueue('candidate', candidate.id);
    return this.fullView(candidate);
  }

  /**
   * The organisation a new candidate belongs to: the registering user's or key's. An admin, who
   * has none, names it; nobody else may.
   */
  private async ownerFor(actor: Principal, named: string | undefined): Promise<string> {
    if (actor.role !== 'admin') {
      if (named !== undefined && named !== actor.organisationId) throw invalid([fieldError('ownerOrganisationId', 'owner_admin_only')]);
      if (!actor.organisationId) throw problem('organisation_required');
      return actor.organisationId;
    }
    if (named === undefined) throw invalid([fieldError('ownerOrganisationId', 'required')]);
    await this.assertCandidateOrganisation('ownerOrganisationId', named);
    return named;
  }

  /** Candidates belong to, and are shared with, kommuner, frivilligsentraler and career centres; never employers. */
  private async assertCandidateOrganisation(field: string, organisationId: string): Promise<void> {
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation) throw invalid([fieldError(field, 'unknown_record', { resource: RESOURCES.organisation, value: organisationId })]);
    if (organisation.kind === 'employer') throw invalid([fieldError(field, 'candidate_organisation_employer')]);
  }

  /**
   * The candidate if the caller may work with its record (candidate-access.ts), else the same 404
   * as for an id that does not exist. Every route about one candidate goes through here.
   */
  async visible(actor: Principal, id: string): Promise<Candidate> {
    await this.gate.assertSeesRecord(actor, id);
    const candidate = await this.candidates.findById(id);
    if (!candidate) throw Problem.notFound(NAMES.label, id);
    return candidate;
  }

  /** Each candidate shown is a read of personal data, so each gets an audit row. */
  async list(actor: Principal, query: CandidateQueryDto): Promise<Page<CandidateView>> {
    const visibleTo = actor.role === 'admin' ? undefined : (actor.organisationId ?? NO_ORGANISATION);
    const result = await this.candidates.findPage({ ...query, visibleTo });
    await this.audit.record(
      this.dataSource.manager,
      actor,
      ...result.items.map((c) => ({ action: 'candidate.list', resourceType: NAMES.resourceType, resourceId: c.id })),
    );
    const shares = await this.candidates.sharesOf(result.items.map((c) => c.id));
    return toPage(result, query, (c) => CandidateView.of(c, shares.get(c.id)));
  }

  async get(actor: Principal, id: string): Promise<CandidateView> {
    const candidate = await this.visible(actor, id);
    await this.audit.record(this.dataSource.manager, actor, { action: 'candidate.read', resourceType: NAMES.resourceType, resourceId: id });
    return this.fullView(candidate);
  }

  /** The owner (or an admin) lets another kommune, frivilligsentral or career centre work with the candidate. */
  async share(actor: Principal, id: string, { organisationId }: ShareCandidateDto): Promise<CandidateShareView[]> {
    const candidate = await this.ownedBy(actor, id);
    if (organisationId === candidate.ownerOrganisationId) throw invalid([fieldError('organisationId', 'share_with_owner')]);
    await this.assertCandidateOrganisation('organisationId', organisationId);
    await this.dataSource.transaction(async (manager) => {
      if (await this.candidates.share(manager, { candidateId: id, organisationId, sharedByKeyId: actor.keyId })) {
        await this.audit.record(manager, actor, { action: 'candidate.share', resourceType: NAMES.resourceType, resourceId: id, details: { organisationId } });
      }
    });
    return this.sharesView(id);
  }

  async unshare(actor: Principal, id: string, { organisationId }: ShareCandidateDto): Promise<void> {
    await this.ownedBy(actor, id);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.candidates.unshare(manager, id, organisationId))) throw problem('share_not_found');
      await this.audit.record(manager, actor, { action: 'candidate.unshare', resourceType: NAMES.resourceType, resourceId: id, details: { organisationId } });
    });
  }

  /** Only the owner shares: an organisation it was shared with sees it (else 404) but may not pass it on (403). */
  private async ownedBy(actor: Principal, id: string): Promise<Candidate> {
    const candidate = await this.visible(actor, id);
    if (actor.role !== 'admin' && candidate.ownerOrganisationId !== actor.organisationId) throw problem('share_owner_only');
    return candidate;
  }

  private async sharesView(id: string): Promise<CandidateShareView[]> {
    return ((await this.candidates.sharesOf([id])).get(id) ?? []).map(CandidateShareView.of);
  }

  async update(actor: Principal, id: string, { version, consentTextVersion, ...dto }: UpdateCandidateDto, ifMatch?: string): Promise<CandidateView> {
    const seen = versionSeen(ifMatch, version);
    const consentText = this.consentTextFor(consentTextVersion);
    await this.visible(actor, id);
    const patch = patchFields(dto, ['birthYear', 'gender', 'countryOfOrigin']);
    await this.referenceData.assertCodesExist(codeReferences(patch));
    const tools = await this.profiler.tools();
    const candidate = await this.writer.update(actor, Candidate, NAMES, id, seen, async (row, manager) => {
      // Under the row lock: a consent change is recorded against the state it replaces.
      if (dto.consent) await recordConsentChanges(manager, actor, [id], () => dto.consent!, consentText, this.clock.now());
      if (!DERIVED_FROM.some((field) => patch[field] !== undefined)) return patch as DeepPartial<Candidate>;
      // The patch replaces the record's own lists; the mappings stay, and everything derived is redone.
      const derived = await this.derive(changedRecord(row, patch as DeepPartial<Candidate>), manager, tools);
      return { ...patch, ...derived } as DeepPartial<Candidate>;
    });
    this.embeddingQueue.enqueue('candidate', id);
    return this.fullView(candidate);
  }

  /**
   * A candidate about to be written by the bulk import, with its derived fields. For an existing
   * record, the lists the import does not carry stay as they were and its mappings are merged in.
   * Called outside a transaction (the embedded database has one connection), so it may read.
   */
  async withDerived<T extends DeepPartial<Candidate>>(values: T, existingId?: string): Promise<T & DerivedCandidateFields> {
    const row = existingId ? await this.candidates.findById(existingId) : null;
    const input = row ? changedRecord(row, values) : { ...values, municipalityCode: values.municipalityCode ?? '' };
    return { ...values, ...(await this.derive(input)) };
  }

  async remove(actor: Principal, id: string): Promise<void> {
    await this.visible(actor, id);
    return this.writer.remove(actor, Candidate, NAMES, id);
  }
}
