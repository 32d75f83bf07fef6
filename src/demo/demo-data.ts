/**
 * Demo data set for Kobling.
 *
 * Fictional but realistic people, employers and openings drawn from what Norwegian
 * integration work meets: introduksjonsprogram participants, Jobbsjansen, work
 * immigrants; KUN-model mentor programmes (Herøy, Steigen), språkmentorer, shipyards,
 * fish farming, municipal home care, bus companies, IT, construction, cleaning and
 * kindergartens. Every person and company here is invented; any likeness is accidental.
 *
 * The seeder passes each object to the create DTO validators, so codes must be valid:
 * municipality codes are 2024 kommunenummer, occupation codes are STYRK-08, language
 * codes ISO 639-1, country codes ISO 3166-1 alpha-2.
 */

export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export type LanguageLevel = CefrLevel | 'native';

export interface DemoLanguage {
  /** ISO 639-1, lowercase */
  code: string;
  level: LanguageLevel;
}

export interface DemoEducation {
  level: 'none' | 'primary' | 'upper_secondary' | 'vocational' | 'bachelor' | 'master' | 'phd';
  field: string;
  /** ISO 3166-1 alpha-2, uppercase */
  country?: string;
  recognition: 'not_applied' | 'pending' | 'approved' | 'uvd' | 'not_required';
}

export interface DemoExperience {
  title: string;
  /** 4-digit STYRK-08 */
  occupationCode?: string;
  /** 0..50, may be fractional */
  years: number;
  description?: string;
}

export interface DemoSkill {
  label: string;
  evidence: 'self_reported' | 'mapped' | 'verified' | 'certified';
}

export interface DemoOrganisation {
  /** local slug, referenced by openings */
  ref: string;
  kind: 'employer' | 'career_centre' | 'municipality';
  name: string;
  municipalityCode: string;
  /** Its mentor pool is open to every coordinator. */
  openPool?: boolean;
}

export interface DemoCandidate {
  fullName: string;
  birthYear?: number;
  gender?: 'female' | 'male' | 'other';
  municipalityCode: string;
  countryOfOrigin?: string;
  languages: DemoLanguage[];
  education: DemoEducation[];
  experience: DemoExperience[];
  skills: DemoSkill[];
  interests: string[];
  /** STYRK-08 codes */
  desiredOccupations: string[];
  goals: string;
  preferences: { mentorGender?: 'female' | 'male' | 'any'; maxTravelKm?: number };
  consent: { matching: boolean; shareWithEmployers: boolean };
}

export interface DemoMentor {
  fullName: string;
  gender?: 'female' | 'male' | 'other';
  municipalityCode: string;
  occupation: { title: string; code?: string };
  employerName?: string;
  languages: DemoLanguage[];
  skills: DemoSkill[];
  interests: string[];
  bio: string;
  mentorType: 'fagmentor' | 'språkmentor' | 'kulturguide';
  /** 1..10 */
  capacity: number;
  menteeGender?: 'female' | 'male';
  active: boolean;
}

export interface DemoOpening {
  /** ref of a DemoOrganisation with kind 'employer' */
  employerRef: string;
  kind: 'job' | 'praksis';
  title: string;
  description: string;
  occupationCode?: string;
  municipalityCode: string;
  requiredSkills: { label: string; mustHave: boolean }[];
  minNorwegianLevel?: CefrLevel;
  permanent: boolean;
  hoursPerWeek?: number;
  wageSubsidy?: boolean;
  positions: number;
  status: 'open' | 'filled' | 'closed';
}

/*
 * Municipalities used (2024 kommunenummer):
 * 0301 Oslo, 1103 Stavanger, 1508 Ålesund, 1515 Herøy (Møre og Romsdal), 1516 Ulstein,
 * 1804 Bodø, 1848 Steigen, 1860 Vestvågøy, 1865 Vågan, 3301 Drammen, 4204 Kristiansand,
 * 4601 Bergen, 4614 Stord, 5001 Trondheim, 5014 Frøya, 5056 Hitra, 5501 Tromsø.
 */

export const demoOrganisations: DemoOrganisation[] = [
  // Employers
  { ref: 'sunnmore-skipsverft', kind: 'employer', name: 'Sunnmøre Skipsverft AS', municipalityCode: '1516' },
  { ref: 'leirvik-verft', kind: 'employer', name: 'Leirvik Offshore og Verft AS', municipalityCode: '4614' },
  { ref: 'heroy-helse', kind: 'employer', name: 'Herøy kommune, helse og omsorg', municipalityCode: '1515' },
  { ref: 'froya-havbruk', kind: 'employer', name: 'Frøya Havbruk AS', municipalityCode: '5014' },
  { ref: 'hitra-sjomat', kind: 'employer', name: 'Hitra Sjømat AS', municipalityCode: '5056' },
  { ref: 'lofoten-torrfisk', kind: 'employer', name: 'Lofoten Tørrfisk og Mottak AS', municipalityCode: '1865' },
  { ref: 'vestlandsbuss', kind: 'employer', name: 'Vestlandsbuss AS', municipalityCode: '4601' },
  { ref: 'fjordkode', kind: 'employer', name: 'Fjordkode AS', municipalityCode: '0301' },
  { ref: 'grorud-bygg', kind: 'employer', name: 'Grorud Bygg og Betong AS', municipalityCode: '0301' },
  { ref: 'nidaros-renhold', kind: 'employer', name: 'Nidaros Renhold AS', municipalityCode: '5001' },
  { ref: 'trondheim-hjemmetjeneste', kind: 'employer', name: 'Trondheim kommune, hjemmetjenesten', municipalityCode: '5001' },
  { ref: 'solsiden-barnehager', kind: 'employer', name: 'Solsiden Barnehager AS', municipalityCode: '1804' },
  { ref: 'sandvik-eide-regnskap', kind: 'employer', name: 'Sandvik & Eide Regnskap AS', municipalityCode: '1103' },
  { ref: 'sorlandet-logistikk', kind: 'employer', name: 'Sørlandet Lager og Logistikk AS', municipalityCode: '4204' },

  // Career centres
  { ref: 'karriere-vestland', kind: 'career_centre', name: 'Karrieresenteret i Vestland', municipalityCode: '4601' },
  { ref: 'karriere-nordland', kind: 'career_centre', name: 'Karriere Nordland', municipalityCode: '1804' },
  { ref: 'karriere-oslo', kind: 'career_centre', name: 'Karrieresenteret Oslo', municipalityCode: '0301' },

  // Municipalities (refugee services / introduksjonsprogram)
  // Runs the demo's mentor programme, open to the other kommuner's coordinators.
  { ref: 'heroy-flyktning', kind: 'municipality', name: 'Herøy kommune, flyktningtjenesten', municipalityCode: '1515', openPool: true },
  { ref: 'steigen-flyktning', kind: 'municipality', name: 'Steigen kommune, flyktningtjenesten', municipalityCode: '1848' },
  { ref: 'froya-intro', kind: 'municipality', name: 'Frøya kommune, introduksjonsprogrammet', municipalityCode: '5014' },
];

export const demoCandidates: DemoCandidate[] = [
  {
    fullName: 'Rania Al-Hamwi',
    birthYear: 1986,
    gender: 'female',
    municipalityCode: '1515',
    countryOfOrigin: 'SY',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'nb', level: 'B1' },
      { code: 'en', level: 'B2' },
    ],
    education: [
      { level: 'bachelor', field: 'Økonomi og regnskap (Universitetet i Damaskus)', country: 'SY', recognition: 'pending' },
    ],
    experience: [
      { title: 'Regnskapsrådgiver', occupationCode: '2411', years: 6, description: 'Årsoppgjør, mva og lønn for små og mellomstore bedrifter i Damaskus.' },
      { title: 'Regnskapsmedarbeider', occupationCode: '4311', years: 2 },
    ],
    skills: [
      { label: 'regnskap', evidence: 'mapped' },
      { label: 'Excel', evidence: 'verified' },
      { label: 'budsjettering', evidence: 'self_reported' },
      { label: 'lønnskjøring', evidence: 'self_reported' },
    ],
    interests: ['matlaging', 'strikking', 'turgåing', 'lesing'],
    desiredOccupations: ['2411', '3313', '4311'],
    goals: 'Venter på NOKUT-godkjenning av bachelorgraden. Ønsker fast jobb som regnskapsfører på Sunnmøre og å bli kjent med norsk regnskapsregelverk.',
    preferences: { mentorGender: 'female', maxTravelKm: 60 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Yaser Kassab',
    birthYear: 1979,
    gender: 'male',
    municipalityCode: '1516',
    countryOfOrigin: 'SY',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'vocational', field: 'Sveising og metallarbeid (yrkesskole i Aleppo)', country: 'SY', recognition: 'uvd' },
    ],
    experience: [
      { title: 'Sveiser på skipsverft og stålverksted', occupationCode: '7212', years: 12, description: 'TIG- og MIG/MAG-sveising av skrog og stålkonstruksjoner.' },
    ],
    skills: [
      { label: 'TIG-sveising', evidence: 'mapped' },
      { label: 'MIG/MAG-sveising', evidence: 'mapped' },
      { label: 'lesing av arbeidstegninger', evidence: 'self_reported' },
    ],
    interests: ['fotball', 'fiske', 'matlaging'],
    desiredOccupations: ['7212', '7214'],
    goals: 'Ta norsk sveisesertifikat og få fast jobb på verftet i Ulsteinvik. Vil forsørge familien og lære norsk på jobben.',
    preferences: { mentorGender: 'any', maxTravelKm: 40 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Tesfaye Gebremedhin',
    birthYear: 1991,
    gender: 'male',
    municipalityCode: '4614',
    countryOfOrigin: 'ER',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'am', level: 'B1' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'primary', field: 'Grunnskole (7 år)', country: 'ER', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Sveiser og hjelpearbeider i metallverksted', occupationCode: '7212', years: 5, description: 'Lærte sveising på verksted i Asmara, uten formelle papirer.' },
      { title: 'Hjelpearbeider i industri', occupationCode: '9329', years: 1.5 },
    ],
    skills: [
      { label: 'sveising', evidence: 'self_reported' },
      { label: 'MIG/MAG-sveising', evidence: 'mapped' },
      { label: 'sliping og kapping', evidence: 'self_reported' },
    ],
    interests: ['fotball', 'løping', 'sykling'],
    desiredOccupations: ['7212', '9329'],
    goals: 'Få dokumentert realkompetansen som sveiser og komme i praksis på et verft på Stord, med fagbrev som mål.',
    preferences: { mentorGender: 'male', maxTravelKm: 50 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Olena Kovalenko',
    birthYear: 1984,
    gender: 'female',
    municipalityCode: '4601',
    countryOfOrigin: 'UA',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'C1' },
      { code: 'en', level: 'B2' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'master', field: 'Finans og kreditt (Kyiv National Economic University)', country: 'UA', recognition: 'pending' },
    ],
    experience: [
      { title: 'Finansanalytiker i bank', occupationCode: '2413', years: 10, description: 'Kredittanalyse og rapportering etter IFRS.' },
    ],
    skills: [
      { label: 'regnskap', evidence: 'mapped' },
      { label: 'Excel', evidence: 'verified' },
      { label: 'IFRS', evidence: 'self_reported' },
      { label: 'finansanalyse', evidence: 'mapped' },
    ],
    interests: ['fjellturer', 'lesing', 'korsang'],
    desiredOccupations: ['2413', '2411', '4311'],
    goals: 'Jobbe med økonomi i Bergen. Søker NOKUT-godkjenning av mastergraden og vil gjerne starte i praksis i et regnskapsbyrå i mellomtiden.',
    preferences: { mentorGender: 'any', maxTravelKm: 30 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Dmytro Shevchuk',
    birthYear: 1993,
    gender: 'male',
    municipalityCode: '0301',
    countryOfOrigin: 'UA',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'C2' },
      { code: 'en', level: 'C1' },
      { code: 'nb', level: 'B2' },
    ],
    education: [
      { level: 'bachelor', field: 'Informatikk (Lviv Polytechnic)', country: 'UA', recognition: 'approved' },
    ],
    experience: [
      { title: 'Programvareutvikler', occupationCode: '2512', years: 7, description: 'Fullstack-utvikling med TypeScript, React og Node.js for europeiske kunder.' },
    ],
    skills: [
      { label: 'TypeScript', evidence: 'verified' },
      { label: 'Java', evidence: 'self_reported' },
      { label: 'React', evidence: 'verified' },
      { label: 'PostgreSQL', evidence: 'mapped' },
    ],
    interests: ['sykling', 'sjakk', 'løping'],
    desiredOccupations: ['2512', '2514'],
    goals: 'Fast stilling som utvikler i Oslo. Vil bli tryggere på norsk i møter med kunder.',
    preferences: { mentorGender: 'any', maxTravelKm: 25 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Halima Abdi Warsame',
    birthYear: 1988,
    gender: 'female',
    municipalityCode: '1515',
    countryOfOrigin: 'SO',
    languages: [
      { code: 'so', level: 'native' },
      { code: 'ar', level: 'A2' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'primary', field: 'Koranskole og fire år grunnskole', country: 'SO', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Omsorg for eldre i storfamilien', years: 8, description: 'Stelte og pleiet to eldre slektninger over flere år.' },
      { title: 'Hjemmehjelp', occupationCode: '5322', years: 1 },
    ],
    skills: [
      { label: 'personlig pleie', evidence: 'self_reported' },
      { label: 'matlaging', evidence: 'self_reported' },
      { label: 'renhold', evidence: 'self_reported' },
    ],
    interests: ['strikking', 'matlaging', 'turgåing'],
    desiredOccupations: ['5321', '5322'],
    goals: 'Bli helsefagarbeider i hjemmetjenesten i Herøy. Først språkpraksis på sykehjem, deretter fagbrev gjennom praksiskandidatordningen.',
    preferences: { mentorGender: 'female', maxTravelKm: 20 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Zahra Rahimi',
    birthYear: 1995,
    gender: 'female',
    municipalityCode: '5001',
    countryOfOrigin: 'AF',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'nb', level: 'B1' },
      { code: 'en', level: 'A2' },
    ],
    education: [
      { level: 'upper_secondary', field: 'Videregående skole, realfag (Mashhad)', country: 'IR', recognition: 'not_applied' },
    ],
    experience: [
      { title: 'Pleieassistent på privat klinikk', occupationCode: '5329', years: 2, description: 'Stell av pasienter og enkle målinger av blodtrykk og blodsukker.' },
    ],
    skills: [
      { label: 'personlig pleie', evidence: 'mapped' },
      { label: 'blodtrykksmåling', evidence: 'self_reported' },
      { label: 'førerkort klasse B', evidence: 'certified' },
    ],
    interests: ['løping', 'korsang', 'lesing'],
    desiredOccupations: ['5321', '2223'],
    goals: 'Få fagbrev som helsefagarbeider og på sikt utdanne seg til sykepleier i Trondheim.',
    preferences: { mentorGender: 'female', maxTravelKm: 30 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Samuel Mukendi Ilunga',
    birthYear: 1982,
    gender: 'male',
    municipalityCode: '3301',
    countryOfOrigin: 'CD',
    languages: [
      { code: 'ln', level: 'native' },
      { code: 'fr', level: 'C1' },
      { code: 'sw', level: 'B2' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'vocational', field: 'Elektroteknikk (teknisk skole i Lubumbashi)', country: 'CD', recognition: 'uvd' },
    ],
    experience: [
      { title: 'Elektriker, bolig og næringsbygg', occupationCode: '7411', years: 8 },
    ],
    skills: [
      { label: 'elektroinstallasjon', evidence: 'mapped' },
      { label: 'feilsøking i anlegg', evidence: 'self_reported' },
    ],
    interests: ['fotball', 'korsang', 'sykling'],
    desiredOccupations: ['7411', '7422'],
    goals: 'Få vurdert fagutdanningen gjennom UVD-ordningen og jobbe som elektriker i Drammen.',
    preferences: { mentorGender: 'any', maxTravelKm: 40 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Amir Hosseini',
    birthYear: 1990,
    gender: 'male',
    municipalityCode: '1103',
    countryOfOrigin: 'IR',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'en', level: 'C1' },
      { code: 'nb', level: 'B2' },
    ],
    education: [
      { level: 'master', field: 'Bygg og konstruksjon (Sharif University of Technology)', country: 'IR', recognition: 'approved' },
    ],
    experience: [
      { title: 'Konstruksjonsingeniør', occupationCode: '2142', years: 6, description: 'Prosjektering av betongkonstruksjoner for bolig og industri.' },
    ],
    skills: [
      { label: 'AutoCAD', evidence: 'verified' },
      { label: 'konstruksjonsberegning', evidence: 'mapped' },
      { label: 'prosjektledelse', evidence: 'self_reported' },
    ],
    interests: ['fjellturer', 'sjakk', 'sykling'],
    desiredOccupations: ['2142', '3112'],
    goals: 'Jobbe som rådgivende ingeniør i Stavanger-regionen. Har godkjent mastergrad og trenger nettverk og norsk byggteknisk forskrift (TEK17).',
    preferences: { mentorGender: 'any', maxTravelKm: 50 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Awadia Osman Ibrahim',
    birthYear: 1987,
    gender: 'female',
    municipalityCode: '4204',
    countryOfOrigin: 'SD',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'B1' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'bachelor', field: 'Lærerutdanning for grunnskolen (Universitetet i Khartoum)', country: 'SD', recognition: 'pending' },
    ],
    experience: [
      { title: 'Grunnskolelærer', occupationCode: '2341', years: 5 },
    ],
    skills: [
      { label: 'undervisning', evidence: 'mapped' },
      { label: 'barnehagearbeid', evidence: 'self_reported' },
    ],
    interests: ['lesing', 'matlaging', 'hagearbeid'],
    desiredOccupations: ['5311', '2342', '5312'],
    goals: 'Begynne som assistent i barnehage eller skole i Kristiansand, og senere ta videreutdanning for å bli lærer i Norge.',
    preferences: { mentorGender: 'female', maxTravelKm: 25 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Mekdes Alemu Tadesse',
    birthYear: 1992,
    gender: 'female',
    municipalityCode: '0301',
    countryOfOrigin: 'ET',
    languages: [
      { code: 'am', level: 'native' },
      { code: 'om', level: 'B1' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'upper_secondary', field: 'Videregående skole, allmennfag', country: 'ET', recognition: 'not_applied' },
    ],
    experience: [
      { title: 'Renholder på hotell', occupationCode: '9112', years: 4 },
    ],
    skills: [
      { label: 'renhold', evidence: 'verified' },
      { label: 'kundeservice', evidence: 'self_reported' },
    ],
    interests: ['korsang', 'løping', 'matlaging'],
    desiredOccupations: ['9112', '5311'],
    goals: 'Fast stilling med flere timer enn i dag. Vil på sikt jobbe i barnehage.',
    preferences: { mentorGender: 'female', maxTravelKm: 20 },
    consent: { matching: true, shareWithEmployers: false },
  },
  {
    fullName: 'Piotr Nowak',
    birthYear: 1980,
    gender: 'male',
    municipalityCode: '5056',
    countryOfOrigin: 'PL',
    languages: [
      { code: 'pl', level: 'native' },
      { code: 'en', level: 'B1' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'vocational', field: 'Mekaniker (yrkesskole i Gdańsk)', country: 'PL', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Havbruksarbeider', occupationCode: '6221', years: 6, description: 'Fôring, notskifte og røkting på oppdrettsanlegg i Trøndelag.' },
      { title: 'Truckfører', occupationCode: '8344', years: 3 },
    ],
    skills: [
      { label: 'fiskefôring', evidence: 'verified' },
      { label: 'truckførerbevis', evidence: 'certified' },
      { label: 'båtførerbevis', evidence: 'certified' },
    ],
    interests: ['fiske', 'fotball', 'friluftsliv'],
    desiredOccupations: ['6221'],
    goals: 'Gå fra vikariat til fast stilling som havbruksoperatør, og ta fagbrev i akvakultur.',
    preferences: { mentorGender: 'any', maxTravelKm: 60 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Ahmad Shah Karimi',
    birthYear: 1998,
    gender: 'male',
    municipalityCode: '5014',
    countryOfOrigin: 'AF',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'ps', level: 'B2' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'primary', field: 'Grunnskole (6 år)', country: 'AF', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Gårdsarbeider', occupationCode: '9214', years: 4 },
      { title: 'Hjelpearbeider på oppdrettsanlegg (sommerjobb)', occupationCode: '9216', years: 0.5 },
    ],
    skills: [
      { label: 'fiskefôring', evidence: 'self_reported' },
      { label: 'dyrehold', evidence: 'self_reported' },
    ],
    interests: ['fotball', 'fiske', 'volleyball'],
    desiredOccupations: ['6221', '8160'],
    goals: 'Fast jobb i havbruk på Frøya. Trenger mer norsk og båtførerbevis.',
    preferences: { mentorGender: 'male', maxTravelKm: 30 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Yonas Tekle Haile',
    birthYear: 1989,
    gender: 'male',
    municipalityCode: '4601',
    countryOfOrigin: 'ER',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'ar', level: 'A2' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'none', field: 'Ingen formell skolegang utover tre år barneskole', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Lastebilsjåfør', occupationCode: '8332', years: 10, description: 'Langtransport i Eritrea og Sudan.' },
    ],
    skills: [
      { label: 'førerkort klasse B', evidence: 'certified' },
      { label: 'lastebilkjøring', evidence: 'self_reported' },
      { label: 'enkelt vedlikehold av kjøretøy', evidence: 'self_reported' },
    ],
    interests: ['fotball', 'sykling', 'sjakk'],
    desiredOccupations: ['8331', '8332'],
    goals: 'Ta førerkort klasse D og yrkessjåførkompetanse, og kjøre buss i Bergen.',
    preferences: { mentorGender: 'any', maxTravelKm: 30 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Fatima Al-Khatib',
    birthYear: 1975,
    gender: 'female',
    municipalityCode: '1848',
    countryOfOrigin: 'SY',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'nb', level: 'A1' },
    ],
    education: [
      { level: 'primary', field: 'Grunnskole (6 år)', country: 'SY', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Syerske, egen virksomhet hjemme', occupationCode: '7531', years: 10 },
    ],
    skills: [
      { label: 'søm og reparasjon av klær', evidence: 'self_reported' },
      { label: 'matlaging', evidence: 'self_reported' },
    ],
    interests: ['strikking', 'matlaging', 'hagearbeid'],
    desiredOccupations: ['7531', '9412'],
    goals: 'Lære norsk, bli kjent med folk i bygda og finne arbeid på kjøkken eller i en systue.',
    preferences: { mentorGender: 'female', maxTravelKm: 15 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Oksana Melnyk',
    birthYear: 1979,
    gender: 'female',
    municipalityCode: '1508',
    countryOfOrigin: 'UA',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'C1' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'bachelor', field: 'Sykepleie (medisinsk høyskole i Kharkiv)', country: 'UA', recognition: 'pending' },
    ],
    experience: [
      { title: 'Sykepleier, kirurgisk avdeling', occupationCode: '2223', years: 15 },
    ],
    skills: [
      { label: 'sårstell', evidence: 'mapped' },
      { label: 'legemiddelhåndtering', evidence: 'mapped' },
      { label: 'personlig pleie', evidence: 'verified' },
    ],
    interests: ['hagearbeid', 'lesing', 'korsang'],
    desiredOccupations: ['2223', '5321'],
    goals: 'Søknad om autorisasjon som sykepleier er sendt til Helsedirektoratet. Vil jobbe som helsefagarbeider eller pleieassistent i Ålesund mens den behandles.',
    preferences: { mentorGender: 'female', maxTravelKm: 40 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Abdirahman Hassan Ali',
    birthYear: 1985,
    gender: 'male',
    municipalityCode: '0301',
    countryOfOrigin: 'SO',
    languages: [
      { code: 'so', level: 'native' },
      { code: 'ar', level: 'B1' },
      { code: 'en', level: 'B1' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'upper_secondary', field: 'Videregående skole (Mogadishu)', country: 'SO', recognition: 'not_applied' },
    ],
    experience: [
      { title: 'Drosjesjåfør', occupationCode: '8322', years: 5 },
    ],
    skills: [
      { label: 'førerkort klasse B', evidence: 'certified' },
      { label: 'kundeservice', evidence: 'self_reported' },
      { label: 'lokalkunnskap Oslo', evidence: 'self_reported' },
    ],
    interests: ['fotball', 'sjakk', 'lesing'],
    desiredOccupations: ['8331', '8322'],
    goals: 'Bli bussjåfør med fast stilling og forutsigbar arbeidstid.',
    preferences: { mentorGender: 'male', maxTravelKm: 30 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Nadia Popal',
    birthYear: 1990,
    gender: 'female',
    municipalityCode: '1804',
    countryOfOrigin: 'AF',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'ps', level: 'C1' },
      { code: 'en', level: 'B1' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'bachelor', field: 'Jordmorfag (Kabul University of Medical Sciences)', country: 'AF', recognition: 'pending' },
    ],
    experience: [
      { title: 'Jordmor på fødeklinikk', occupationCode: '2222', years: 4 },
    ],
    skills: [
      { label: 'svangerskapsomsorg', evidence: 'mapped' },
      { label: 'personlig pleie', evidence: 'mapped' },
    ],
    interests: ['lesing', 'strikking', 'friluftsliv'],
    desiredOccupations: ['5321', '2222'],
    goals: 'Jobbe innen helse i Bodø mens utdanningen vurderes. Ønsker kvinnelig mentor.',
    preferences: { mentorGender: 'female', maxTravelKm: 20 },
    consent: { matching: true, shareWithEmployers: false },
  },
  {
    fullName: 'Hussein Kadhim Al-Jabouri',
    birthYear: 1983,
    gender: 'male',
    municipalityCode: '4601',
    countryOfOrigin: 'IQ',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'ku', level: 'B1' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'vocational', field: 'Bygg og tømrerfag (Basra)', country: 'IQ', recognition: 'uvd' },
    ],
    experience: [
      { title: 'Tømrer og forskalingssnekker', occupationCode: '7115', years: 12 },
      { title: 'Betongarbeider', occupationCode: '7114', years: 3 },
    ],
    skills: [
      { label: 'tømrerarbeid', evidence: 'mapped' },
      { label: 'forskaling', evidence: 'mapped' },
      { label: 'HMS-kort', evidence: 'certified' },
    ],
    interests: ['fotball', 'fiske', 'matlaging'],
    desiredOccupations: ['7115', '7114'],
    goals: 'Ta fagbrev som tømrer via praksiskandidatordningen og få fast jobb i et byggfirma.',
    preferences: { mentorGender: 'any', maxTravelKm: 40 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Mariam Yusuf Ahmed',
    birthYear: 1996,
    gender: 'female',
    municipalityCode: '5001',
    countryOfOrigin: 'SD',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'B1' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'upper_secondary', field: 'Videregående skole (Khartoum)', country: 'SD', recognition: 'not_applied' },
    ],
    experience: [
      { title: 'Barnepasser og assistent i privat barnehage', occupationCode: '5311', years: 3 },
    ],
    skills: [
      { label: 'barnehagearbeid', evidence: 'self_reported' },
      { label: 'førstehjelp', evidence: 'certified' },
    ],
    interests: ['matlaging', 'dans', 'løping'],
    desiredOccupations: ['5311', '5312'],
    goals: 'Fast jobb som barnehageassistent og fagbrev i barne- og ungdomsarbeiderfaget.',
    preferences: { mentorGender: 'female', maxTravelKm: 25 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Serhii Bondarenko',
    birthYear: 1975,
    gender: 'male',
    municipalityCode: '4614',
    countryOfOrigin: 'UA',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'native' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'vocational', field: 'Sveiser (fagskole i Mykolaiv)', country: 'UA', recognition: 'approved' },
    ],
    experience: [
      { title: 'Rørsveiser på skipsverft', occupationCode: '7212', years: 25, description: 'TIG-sveising av rør i rustfritt stål og karbonstål på nybygg.' },
    ],
    skills: [
      { label: 'TIG-sveising', evidence: 'certified' },
      { label: 'rørsveising', evidence: 'verified' },
      { label: 'sveisesertifikat', evidence: 'certified' },
    ],
    interests: ['fiske', 'sjakk', 'hagearbeid'],
    desiredOccupations: ['7212'],
    goals: 'Fast jobb som rørsveiser på verft i Sunnhordland. Trenger norsk fagterminologi og HMS.',
    preferences: { mentorGender: 'any', maxTravelKm: 60 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Ali Reza Mohammadi',
    birthYear: 2001,
    gender: 'male',
    municipalityCode: '0301',
    countryOfOrigin: 'AF',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'en', level: 'B2' },
      { code: 'nb', level: 'B2' },
    ],
    education: [
      { level: 'upper_secondary', field: 'Studiespesialisering, realfag (Norge)', country: 'NO', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Utvikler, sommerjobb', occupationCode: '2514', years: 0.5 },
    ],
    skills: [
      { label: 'JavaScript', evidence: 'self_reported' },
      { label: 'Python', evidence: 'self_reported' },
      { label: 'TypeScript', evidence: 'self_reported' },
    ],
    interests: ['sjakk', 'fotball', 'data og gaming'],
    desiredOccupations: ['2512', '2513'],
    goals: 'Få en første utviklerjobb eller praksis, og ta fagskole eller bachelor i IT ved siden av.',
    preferences: { mentorGender: 'any', maxTravelKm: 20 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Hiwet Berhane Weldu',
    birthYear: 1994,
    gender: 'female',
    municipalityCode: '1515',
    countryOfOrigin: 'ER',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'primary', field: 'Grunnskole (8 år)', country: 'ER', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Kokk i restaurant', occupationCode: '5120', years: 3 },
    ],
    skills: [
      { label: 'matlaging', evidence: 'verified' },
      { label: 'kjøkkenhygiene', evidence: 'mapped' },
    ],
    interests: ['matlaging', 'korsang', 'strikking'],
    desiredOccupations: ['9412', '5120'],
    goals: 'Jobbe på kjøkken på sykehjem eller kantine i Herøy. Vil ha en kvinnelig mentor som kjenner bygda.',
    preferences: { mentorGender: 'female', maxTravelKm: 25 },
    consent: { matching: true, shareWithEmployers: false },
  },
  {
    fullName: 'Jean-Claude Mbuyi',
    birthYear: 1978,
    gender: 'male',
    municipalityCode: '4204',
    countryOfOrigin: 'CD',
    languages: [
      { code: 'fr', level: 'native' },
      { code: 'ln', level: 'native' },
      { code: 'sw', level: 'C1' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'bachelor', field: 'Agronomi (Université de Kinshasa)', country: 'CD', recognition: 'uvd' },
    ],
    experience: [
      { title: 'Landbruksrådgiver og gartner', occupationCode: '6113', years: 9 },
    ],
    skills: [
      { label: 'gartnerarbeid', evidence: 'mapped' },
      { label: 'plantevern', evidence: 'self_reported' },
    ],
    interests: ['hagearbeid', 'korsang', 'fotball'],
    desiredOccupations: ['6113', '9214'],
    goals: 'Jobbe i gartneri eller med grøntanlegg i Kristiansand kommune.',
    preferences: { mentorGender: 'any', maxTravelKm: 40 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Iryna Tkachenko',
    birthYear: 1990,
    gender: 'female',
    municipalityCode: '5501',
    countryOfOrigin: 'UA',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'en', level: 'B2' },
      { code: 'nb', level: 'B2' },
    ],
    education: [
      { level: 'master', field: 'Farmasi (National University of Pharmacy, Kharkiv)', country: 'UA', recognition: 'pending' },
    ],
    experience: [
      { title: 'Farmasøyt i apotek', occupationCode: '2262', years: 8 },
    ],
    skills: [
      { label: 'legemiddelhåndtering', evidence: 'verified' },
      { label: 'kundeveiledning', evidence: 'self_reported' },
    ],
    interests: ['skigåing', 'fjellturer', 'lesing'],
    desiredOccupations: ['2262', '3213'],
    goals: 'Få autorisasjon som farmasøyt og jobbe på apotek i Tromsø.',
    preferences: { mentorGender: 'any', maxTravelKm: 20 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Mohammad Nour Alhaj',
    birthYear: 1994,
    gender: 'male',
    municipalityCode: '5056',
    countryOfOrigin: 'SY',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'upper_secondary', field: 'Videregående skole (Homs), ikke fullført', country: 'SY', recognition: 'not_applied' },
    ],
    experience: [
      { title: 'Operatør i næringsmiddelfabrikk', occupationCode: '8160', years: 3 },
      { title: 'Hjelpearbeider i industri', occupationCode: '9329', years: 2 },
    ],
    skills: [
      { label: 'næringsmiddelhygiene', evidence: 'self_reported' },
      { label: 'truckførerbevis', evidence: 'certified' },
    ],
    interests: ['fotball', 'fiske', 'løping'],
    desiredOccupations: ['8160', '6221'],
    goals: 'Fast helårsjobb på lakseslakteri på Hitra og på sikt fagbrev i industriell matproduksjon.',
    preferences: { mentorGender: 'male', maxTravelKm: 40 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Ayaan Farah Jama',
    birthYear: 1999,
    gender: 'female',
    municipalityCode: '4601',
    countryOfOrigin: 'SO',
    languages: [
      { code: 'so', level: 'native' },
      { code: 'en', level: 'B2' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'upper_secondary', field: 'Helse- og oppvekstfag Vg1 (Bergen)', country: 'NO', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Pleieassistent på sykehjem (ekstravakter)', occupationCode: '5329', years: 1 },
    ],
    skills: [
      { label: 'personlig pleie', evidence: 'verified' },
      { label: 'førstehjelp', evidence: 'certified' },
    ],
    interests: ['volleyball', 'matlaging', 'lesing'],
    desiredOccupations: ['5321'],
    goals: 'Fullføre fagbrev som helsefagarbeider og få fast stilling i hjemmesykepleien.',
    preferences: { mentorGender: 'female', maxTravelKm: 20 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Kidane Habte Woldu',
    birthYear: 1972,
    gender: 'male',
    municipalityCode: '1865',
    countryOfOrigin: 'ER',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'nb', level: 'A1' },
    ],
    education: [
      { level: 'none', field: 'Ingen formell skolegang', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Fisker fra egen båt i Massawa', occupationCode: '6222', years: 20, description: 'Garnfiske og håndtering av fangst, reparasjon av garn og båt.' },
    ],
    skills: [
      { label: 'fiske med garn og line', evidence: 'self_reported' },
      { label: 'garnbøting', evidence: 'self_reported' },
      { label: 'sløying av fisk', evidence: 'mapped' },
    ],
    interests: ['fiske', 'friluftsliv', 'fotball'],
    desiredOccupations: ['6222', '7511', '9216'],
    goals: 'Jobbe med fisk i Lofoten, gjerne på mottak i skreisesongen, og lære norsk gjennom arbeid.',
    preferences: { mentorGender: 'male', maxTravelKm: 50 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Parisa Ahmadi',
    birthYear: 1985,
    gender: 'female',
    municipalityCode: '1103',
    countryOfOrigin: 'IR',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'en', level: 'C1' },
      { code: 'nb', level: 'C1' },
    ],
    education: [
      { level: 'master', field: 'Samfunnsøkonomi (University of Tehran)', country: 'IR', recognition: 'approved' },
    ],
    experience: [
      { title: 'Økonom i industrikonsern', occupationCode: '2631', years: 7 },
      { title: 'Regnskapsmedarbeider (Norge)', occupationCode: '4311', years: 1 },
    ],
    skills: [
      { label: 'regnskap', evidence: 'verified' },
      { label: 'Excel', evidence: 'certified' },
      { label: 'Power BI', evidence: 'mapped' },
    ],
    interests: ['løping', 'lesing', 'fjellturer'],
    desiredOccupations: ['2413', '2411'],
    goals: 'Få en stilling som controller eller økonomikonsulent som svarer til utdanningen.',
    preferences: { mentorGender: 'any', maxTravelKm: 40 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Walid Haj Ibrahim',
    birthYear: 1986,
    gender: 'male',
    municipalityCode: '1516',
    countryOfOrigin: 'SY',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'ku', level: 'B2' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'vocational', field: 'Rørlegger og VVS (yrkesskole i Qamishli)', country: 'SY', recognition: 'uvd' },
    ],
    experience: [
      { title: 'Rørlegger', occupationCode: '7126', years: 10 },
      { title: 'Sveiser', occupationCode: '7212', years: 2 },
    ],
    skills: [
      { label: 'rørlegging', evidence: 'mapped' },
      { label: 'sveising', evidence: 'self_reported' },
      { label: 'MIG/MAG-sveising', evidence: 'self_reported' },
    ],
    interests: ['fotball', 'fjellturer', 'fiske'],
    desiredOccupations: ['7126', '7212'],
    goals: 'Fast jobb som rørmontør på verft eller i VVS-firma på Sunnmøre.',
    preferences: { mentorGender: 'any', maxTravelKm: 50 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Liya Tesfamariam',
    birthYear: 2000,
    gender: 'female',
    municipalityCode: '0301',
    countryOfOrigin: 'ER',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'en', level: 'B1' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'upper_secondary', field: 'Grunnskole for voksne og Vg1 (Oslo)', country: 'NO', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Renholder', occupationCode: '9112', years: 2 },
    ],
    skills: [
      { label: 'renhold', evidence: 'verified' },
      { label: 'barnehagearbeid', evidence: 'self_reported' },
    ],
    interests: ['korsang', 'dans', 'lesing'],
    desiredOccupations: ['5311'],
    goals: 'Jobbe i barnehage og ta fagbrev som barne- og ungdomsarbeider.',
    preferences: { mentorGender: 'female', maxTravelKm: 15 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Bashir Ahmad Sharifi',
    birthYear: 1988,
    gender: 'male',
    municipalityCode: '1804',
    countryOfOrigin: 'AF',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'ps', level: 'native' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'vocational', field: 'Bilmekanikk (kort kurs)', country: 'AF', recognition: 'not_applied' },
    ],
    experience: [
      { title: 'Minibuss-sjåfør', occupationCode: '8331', years: 8 },
    ],
    skills: [
      { label: 'førerkort klasse B', evidence: 'certified' },
      { label: 'kundeservice', evidence: 'self_reported' },
    ],
    interests: ['fotball', 'friluftsliv', 'fiske'],
    desiredOccupations: ['8331'],
    goals: 'Ta førerkort klasse D og bli bussjåfør i Bodø.',
    preferences: { mentorGender: 'male', maxTravelKm: 30 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Esther Nsimba Lukusa',
    birthYear: 1983,
    gender: 'female',
    municipalityCode: '3301',
    countryOfOrigin: 'CD',
    languages: [
      { code: 'fr', level: 'native' },
      { code: 'ln', level: 'native' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'primary', field: 'Grunnskole', country: 'CD', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Renholder i private hjem', occupationCode: '9111', years: 10 },
    ],
    skills: [
      { label: 'renhold', evidence: 'mapped' },
      { label: 'matlaging', evidence: 'self_reported' },
    ],
    interests: ['korsang', 'matlaging', 'hagearbeid'],
    desiredOccupations: ['9112'],
    goals: 'Fast renholdsjobb på dagtid som passer med tre barn i skolen.',
    preferences: { mentorGender: 'female', maxTravelKm: 15 },
    consent: { matching: true, shareWithEmployers: false },
  },
  {
    fullName: 'Krzysztof Wójcik',
    birthYear: 1977,
    gender: 'male',
    municipalityCode: '4614',
    countryOfOrigin: 'PL',
    languages: [
      { code: 'pl', level: 'native' },
      { code: 'en', level: 'B1' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'vocational', field: 'Platearbeider og sveiser (Szczecin)', country: 'PL', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Platearbeider', occupationCode: '7214', years: 20 },
      { title: 'Sveiser', occupationCode: '7212', years: 8 },
    ],
    skills: [
      { label: 'platearbeid', evidence: 'verified' },
      { label: 'MIG/MAG-sveising', evidence: 'certified' },
      { label: 'sveisesertifikat', evidence: 'certified' },
    ],
    interests: ['fiske', 'fotball', 'sykling'],
    desiredOccupations: ['7214', '7212'],
    goals: 'Fra innleie til fast ansettelse på verft på Stord.',
    preferences: { mentorGender: 'any', maxTravelKm: 60 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Yusuf Adan Mohamed',
    birthYear: 2003,
    gender: 'male',
    municipalityCode: '5014',
    countryOfOrigin: 'SO',
    languages: [
      { code: 'so', level: 'native' },
      { code: 'nb', level: 'A2' },
      { code: 'en', level: 'A2' },
    ],
    education: [
      { level: 'primary', field: 'Grunnskole for voksne (Frøya)', country: 'NO', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Sommerjobb på fiskemottak', occupationCode: '9216', years: 0.3 },
    ],
    skills: [
      { label: 'sløying av fisk', evidence: 'self_reported' },
      { label: 'svømmedyktig', evidence: 'verified' },
    ],
    interests: ['fotball', 'løping', 'data og gaming'],
    desiredOccupations: ['6221', '9216'],
    goals: 'Få lærlingplass i akvakultur på Frøya.',
    preferences: { mentorGender: 'male', maxTravelKm: 25 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Marwa Al-Sayed',
    birthYear: 1991,
    gender: 'female',
    municipalityCode: '1508',
    countryOfOrigin: 'SY',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'B2' },
      { code: 'nb', level: 'B2' },
    ],
    education: [
      { level: 'bachelor', field: 'Odontologi, tannpleie (Universitetet i Latakia)', country: 'SY', recognition: 'pending' },
    ],
    experience: [
      { title: 'Tannpleier', occupationCode: '3251', years: 4 },
      { title: 'Helsesekretær (Norge, deltid)', occupationCode: '3256', years: 1.5 },
    ],
    skills: [
      { label: 'tannhelse', evidence: 'mapped' },
      { label: 'pasientmottak', evidence: 'verified' },
    ],
    interests: ['løping', 'matlaging', 'fjellturer'],
    desiredOccupations: ['3251', '3256'],
    goals: 'Få autorisasjon som tannpleier og jobbe i den offentlige tannhelsetjenesten i Møre og Romsdal.',
    preferences: { mentorGender: 'female', maxTravelKm: 50 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Dawit Bekele Girma',
    birthYear: 1987,
    gender: 'male',
    municipalityCode: '5001',
    countryOfOrigin: 'ET',
    languages: [
      { code: 'am', level: 'native' },
      { code: 'en', level: 'C1' },
      { code: 'nb', level: 'B2' },
    ],
    education: [
      { level: 'bachelor', field: 'Datateknologi (Addis Ababa University)', country: 'ET', recognition: 'approved' },
    ],
    experience: [
      { title: 'Backend-utvikler', occupationCode: '2512', years: 5 },
      { title: 'Systemadministrator', occupationCode: '2522', years: 2 },
    ],
    skills: [
      { label: 'Java', evidence: 'verified' },
      { label: 'SQL', evidence: 'mapped' },
      { label: 'Spring Boot', evidence: 'self_reported' },
      { label: 'Linux-drift', evidence: 'self_reported' },
    ],
    interests: ['løping', 'sjakk', 'lesing'],
    desiredOccupations: ['2512', '2522'],
    goals: 'Jobbe som utvikler i Trondheim eller på distanse for et norsk selskap.',
    preferences: { mentorGender: 'any', maxTravelKm: 600 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Anastasiia Savchenko',
    birthYear: 1997,
    gender: 'female',
    municipalityCode: '1515',
    countryOfOrigin: 'UA',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'C1' },
      { code: 'en', level: 'B1' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'bachelor', field: 'Førskolepedagogikk (Poltava pedagogiske universitet)', country: 'UA', recognition: 'pending' },
    ],
    experience: [
      { title: 'Førskolelærer', occupationCode: '2342', years: 3 },
    ],
    skills: [
      { label: 'barnehagearbeid', evidence: 'mapped' },
      { label: 'musikk og forming med barn', evidence: 'self_reported' },
    ],
    interests: ['korsang', 'strikking', 'fjellturer'],
    desiredOccupations: ['5311', '2342'],
    goals: 'Jobbe i barnehage i Herøy og få godkjent utdanningen som barnehagelærer.',
    preferences: { mentorGender: 'female', maxTravelKm: 30 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Farida Noorzai',
    birthYear: 1970,
    gender: 'female',
    municipalityCode: '1848',
    countryOfOrigin: 'AF',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'nb', level: 'A1' },
    ],
    education: [
      { level: 'none', field: 'Ingen formell skolegang', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Gårdsdrift med dyr og grønnsaker', occupationCode: '6111', years: 20 },
    ],
    skills: [
      { label: 'dyrehold', evidence: 'self_reported' },
      { label: 'hagearbeid', evidence: 'self_reported' },
      { label: 'matlaging', evidence: 'self_reported' },
    ],
    interests: ['hagearbeid', 'strikking', 'matlaging'],
    desiredOccupations: ['6113', '9214'],
    goals: 'Lære norsk og bli kjent i Steigen. Har ikke gitt samtykke til matching ennå; venter på samtale med tolk.',
    preferences: { mentorGender: 'female', maxTravelKm: 10 },
    consent: { matching: false, shareWithEmployers: false },
  },
  {
    fullName: 'Tariq Nazari',
    birthYear: 1995,
    gender: 'male',
    municipalityCode: '4204',
    countryOfOrigin: 'AF',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'en', level: 'A2' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'vocational', field: 'Logistikk og lagerfag Vg2 (Kristiansand)', country: 'NO', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Lagermedarbeider', occupationCode: '4321', years: 3 },
      { title: 'Truckfører', occupationCode: '8344', years: 1 },
    ],
    skills: [
      { label: 'truckførerbevis', evidence: 'certified' },
      { label: 'lagerstyring', evidence: 'mapped' },
      { label: 'plukk og pakk', evidence: 'verified' },
    ],
    interests: ['fotball', 'sykling', 'fiske'],
    desiredOccupations: ['4321', '8344'],
    goals: 'Fast stilling på lager og fagbrev i logistikkfaget.',
    preferences: { mentorGender: 'any', maxTravelKm: 30 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Nour Al-Masri',
    birthYear: 1993,
    gender: 'female',
    municipalityCode: '0301',
    countryOfOrigin: 'SY',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'C1' },
      { code: 'nb', level: 'C1' },
    ],
    education: [
      { level: 'master', field: 'Programvareteknikk (Universitetet i Damaskus)', country: 'SY', recognition: 'approved' },
    ],
    experience: [
      { title: 'Frontend-utvikler', occupationCode: '2513', years: 4 },
    ],
    skills: [
      { label: 'TypeScript', evidence: 'verified' },
      { label: 'Angular', evidence: 'verified' },
      { label: 'Node.js', evidence: 'mapped' },
    ],
    interests: ['løping', 'brettspill', 'fjellturer'],
    desiredOccupations: ['2512', '2513'],
    goals: 'Fast stilling som fullstack-utvikler og mer ansvar for arkitektur.',
    preferences: { mentorGender: 'female', maxTravelKm: 25 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Abebe Tadesse Worku',
    birthYear: 1981,
    gender: 'male',
    municipalityCode: '5501',
    countryOfOrigin: 'ET',
    languages: [
      { code: 'am', level: 'native' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'upper_secondary', field: 'Videregående skole (Gondar)', country: 'ET', recognition: 'not_applied' },
    ],
    experience: [
      { title: 'Betongarbeider og hjelpearbeider i bygg', occupationCode: '9313', years: 6 },
    ],
    skills: [
      { label: 'betongarbeid', evidence: 'mapped' },
      { label: 'stillasbygging', evidence: 'self_reported' },
      { label: 'HMS-kort', evidence: 'certified' },
    ],
    interests: ['løping', 'fotball', 'fjellturer'],
    desiredOccupations: ['7114', '9313'],
    goals: 'Fast jobb i byggebransjen i Tromsø, og fagbrev som betongfagarbeider.',
    preferences: { mentorGender: 'any', maxTravelKm: 30 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Viktoriia Koval',
    birthYear: 1968,
    gender: 'female',
    municipalityCode: '1804',
    countryOfOrigin: 'UA',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'native' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'master', field: 'Regnskap og revisjon (Dnipro)', country: 'UA', recognition: 'approved' },
    ],
    experience: [
      { title: 'Regnskapsfører', occupationCode: '3313', years: 25 },
    ],
    skills: [
      { label: 'regnskap', evidence: 'verified' },
      { label: 'Excel', evidence: 'mapped' },
      { label: 'lønnskjøring', evidence: 'mapped' },
    ],
    interests: ['strikking', 'hagearbeid', 'lesing'],
    desiredOccupations: ['3313', '4311'],
    goals: 'Komme i praksis i et regnskapsbyrå i Bodø og bruke erfaringen igjen.',
    preferences: { mentorGender: 'female', maxTravelKm: 20 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Semhar Tesfay Kidane',
    birthYear: 1998,
    gender: 'female',
    municipalityCode: '1516',
    countryOfOrigin: 'ER',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'nb', level: 'A2' },
    ],
    education: [
      { level: 'primary', field: 'Grunnskole (5 år) og grunnskole for voksne', country: 'ER', recognition: 'not_required' },
    ],
    experience: [
      { title: 'Barnepass og omsorg i familien', years: 5 },
    ],
    skills: [
      { label: 'omsorg for barn', evidence: 'self_reported' },
      { label: 'personlig pleie', evidence: 'self_reported' },
    ],
    interests: ['korsang', 'volleyball', 'matlaging'],
    desiredOccupations: ['5321', '5311'],
    goals: 'Finne ut om helse eller barnehage passer best, gjennom språkpraksis i Ulstein.',
    preferences: { mentorGender: 'female', maxTravelKm: 25 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Hamid Rezaei',
    birthYear: 1984,
    gender: 'male',
    municipalityCode: '1860',
    countryOfOrigin: 'IR',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'ku', level: 'B2' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'vocational', field: 'Industrimekaniker (teknisk skole i Tabriz)', country: 'IR', recognition: 'uvd' },
    ],
    experience: [
      { title: 'Industrimekaniker', occupationCode: '7233', years: 10 },
      { title: 'Bilmekaniker', occupationCode: '7231', years: 3 },
    ],
    skills: [
      { label: 'hydraulikk', evidence: 'mapped' },
      { label: 'vedlikehold av maskiner', evidence: 'verified' },
      { label: 'sveising', evidence: 'self_reported' },
    ],
    interests: ['fiske', 'sjakk', 'fjellturer'],
    desiredOccupations: ['7233', '7231'],
    goals: 'Jobbe med vedlikehold i havbruk eller fiskeindustri i Lofoten.',
    preferences: { mentorGender: 'any', maxTravelKm: 80 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Khaled Mustafa Haddad',
    birthYear: 1969,
    gender: 'male',
    municipalityCode: '4601',
    countryOfOrigin: 'SY',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'B2' },
      { code: 'nb', level: 'B1' },
    ],
    education: [
      { level: 'bachelor', field: 'Økonomi (Universitetet i Aleppo)', country: 'SY', recognition: 'pending' },
    ],
    experience: [
      { title: 'Økonomisjef i handelsbedrift', occupationCode: '1211', years: 14 },
    ],
    skills: [
      { label: 'regnskap', evidence: 'mapped' },
      { label: 'budsjettering', evidence: 'mapped' },
      { label: 'Excel', evidence: 'self_reported' },
    ],
    interests: ['sjakk', 'lesing', 'fiske'],
    desiredOccupations: ['2411', '3313'],
    goals: 'Bruke økonomibakgrunnen i Norge. Venter på NOKUT og vil gjerne ha praksis i regnskap på Vestlandet.',
    preferences: { mentorGender: 'male', maxTravelKm: 200 },
    consent: { matching: true, shareWithEmployers: true },
  },
  {
    fullName: 'Gulalai Stanikzai',
    birthYear: 1993,
    gender: 'female',
    municipalityCode: '5014',
    countryOfOrigin: 'AF',
    languages: [
      { code: 'ps', level: 'native' },
      { code: 'fa', level: 'B2' },
      { code: 'nb', level: 'A1' },
    ],
    education: [
      { level: 'upper_secondary', field: 'Videregående skole (Jalalabad)', country: 'AF', recognition: 'not_applied' },
    ],
    experience: [
      { title: 'Hjemmeværende, regnskap for familiens butikk', years: 4 },
    ],
    skills: [
      { label: 'enkel bokføring', evidence: 'self_reported' },
      { label: 'matlaging', evidence: 'self_reported' },
    ],
    interests: ['strikking', 'matlaging', 'turgåing'],
    desiredOccupations: ['8160', '9112'],
    goals: 'Lære norsk og komme i språkpraksis på Frøya, gjerne sammen med andre kvinner.',
    preferences: { mentorGender: 'female', maxTravelKm: 15 },
    consent: { matching: true, shareWithEmployers: false },
  },
];

export const demoMentors: DemoMentor[] = [
  {
    fullName: 'Kari Vartdal',
    gender: 'female',
    municipalityCode: '1515',
    occupation: { title: 'Regnskapsfører', code: '3313' },
    employerName: 'Vartdal Regnskap AS',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'B2' },
    ],
    skills: [
      { label: 'regnskap', evidence: 'certified' },
      { label: 'Excel', evidence: 'verified' },
    ],
    interests: ['strikking', 'matlaging', 'fjellturer'],
    bio: 'Autorisert regnskapsfører på Fosnavåg. Har vært mentor i KUN-programmet i Herøy i tre år og kjenner de fleste bedriftene i kommunen.',
    mentorType: 'fagmentor',
    capacity: 2,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Oddvar Hareide',
    gender: 'male',
    municipalityCode: '1516',
    occupation: { title: 'Sveiser', code: '7212' },
    employerName: 'Sunnmøre Skipsverft AS',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'TIG-sveising', evidence: 'certified' },
      { label: 'sveisesertifikat', evidence: 'certified' },
    ],
    interests: ['fiske', 'fotball', 'båtliv'],
    bio: 'Har sveiset skrog og rør på verftet i Ulsteinvik i over 30 år. Trener gutter 14 år i fotball og er glad i en fisketur på fjorden.',
    mentorType: 'fagmentor',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Randi Myklebust',
    gender: 'female',
    municipalityCode: '1515',
    occupation: { title: 'Helsefagarbeider', code: '5321' },
    employerName: 'Herøy kommune, helse og omsorg',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'personlig pleie', evidence: 'certified' },
      { label: 'autorisasjon som helsefagarbeider', evidence: 'certified' },
    ],
    interests: ['korsang', 'strikking', 'hagearbeid'],
    bio: 'Helsefagarbeider i hjemmetjenesten i Herøy. Synger i kor og strikker mye. Vil hjelpe kvinner inn i helsefag og vise at bygda er et godt sted å bo.',
    mentorType: 'fagmentor',
    capacity: 2,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Sigrid Eikrem',
    gender: 'female',
    municipalityCode: '1515',
    occupation: { title: 'Pensjonert grunnskolelærer', code: '2341' },
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'B1' },
    ],
    skills: [{ label: 'undervisning', evidence: 'verified' }],
    interests: ['strikking', 'lesing', 'turgåing', 'matlaging'],
    bio: 'Pensjonert lærer fra Bølandet skule. Kjenner lag og foreninger i Herøy og tar gjerne med mentorpartneren på strikkekafé og turer.',
    mentorType: 'kulturguide',
    capacity: 3,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Arne Helge Sandvik',
    gender: 'male',
    municipalityCode: '1848',
    occupation: { title: 'Fisker', code: '6222' },
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'fiske med garn og line', evidence: 'verified' },
      { label: 'båtførerbevis', evidence: 'certified' },
    ],
    interests: ['fiske', 'friluftsliv', 'jakt'],
    bio: 'Fisker fra Nordskot i Steigen. Med i KUN-programmet siden starten, og tar gjerne mentorpartneren med på sjøen og på bygdekvelder.',
    mentorType: 'kulturguide',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Ingrid Strand Hansen',
    gender: 'female',
    municipalityCode: '1848',
    occupation: { title: 'Sykepleier', code: '2223' },
    employerName: 'Steigen kommune',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'B2' },
    ],
    skills: [
      { label: 'personlig pleie', evidence: 'certified' },
      { label: 'legemiddelhåndtering', evidence: 'certified' },
    ],
    interests: ['hagearbeid', 'strikking', 'friluftsliv'],
    bio: 'Sykepleier på sykehjemmet i Leinesfjord. Har vært mentor for tre kvinner og vet hvor krevende det er å starte på nytt i en liten kommune.',
    mentorType: 'fagmentor',
    capacity: 2,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Tor Inge Kvamme',
    gender: 'male',
    municipalityCode: '4614',
    occupation: { title: 'Arbeidsleder, stålverksted', code: '3122' },
    employerName: 'Leirvik Offshore og Verft AS',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'C1' },
    ],
    skills: [
      { label: 'sveising', evidence: 'certified' },
      { label: 'HMS', evidence: 'verified' },
    ],
    interests: ['fiske', 'sykling', 'fotball'],
    bio: 'Arbeidsleder på verftet i Leirvik. Har lært opp mange utenlandske sveisere og vet hva som skal til for å bestå sveiseprøven.',
    mentorType: 'fagmentor',
    capacity: 3,
    active: true,
  },
  {
    fullName: 'Bjørn Økland',
    gender: 'male',
    municipalityCode: '4614',
    occupation: { title: 'Platearbeider', code: '7214' },
    employerName: 'Leirvik Offshore og Verft AS',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'platearbeid', evidence: 'certified' },
      { label: 'MIG/MAG-sveising', evidence: 'certified' },
    ],
    interests: ['fotball', 'sjakk', 'fiske'],
    bio: 'Platearbeider med fagbrev, tillitsvalgt i Fellesforbundet. Spiller sjakk i klubben på Stord.',
    mentorType: 'fagmentor',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Marit Aune',
    gender: 'female',
    municipalityCode: '5014',
    occupation: { title: 'Havbruksoperatør', code: '6221' },
    employerName: 'Frøya Havbruk AS',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'B2' },
    ],
    skills: [
      { label: 'fiskefôring', evidence: 'certified' },
      { label: 'fiskevelferd', evidence: 'certified' },
    ],
    interests: ['fiske', 'friluftsliv', 'løping'],
    bio: 'Driftsoperatør på lokalitet utenfor Sistranda. Har fagbrev i akvakultur og løper Frøya rundt hvert år.',
    mentorType: 'fagmentor',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Jon Olav Strøm',
    gender: 'male',
    municipalityCode: '5056',
    occupation: { title: 'Produksjonsleder, slakteri', code: '1321' },
    employerName: 'Hitra Sjømat AS',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'næringsmiddelhygiene', evidence: 'certified' },
      { label: 'truckførerbevis', evidence: 'certified' },
    ],
    interests: ['fiske', 'jakt', 'fotball'],
    bio: 'Har jobbet på slakteriet på Hitra i 20 år, halve arbeidsstokken har utenlandsk bakgrunn. Hjelper gjerne med norsk på jobben.',
    mentorType: 'fagmentor',
    capacity: 3,
    active: true,
  },
  {
    fullName: 'Linn Karlsen',
    gender: 'female',
    municipalityCode: '1865',
    occupation: { title: 'Fiskehandler og mottaksleder', code: '7511' },
    employerName: 'Lofoten Tørrfisk og Mottak AS',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'B2' },
    ],
    skills: [
      { label: 'sløying av fisk', evidence: 'verified' },
      { label: 'kvalitetskontroll fisk', evidence: 'verified' },
    ],
    interests: ['fiske', 'fjellturer', 'korsang'],
    bio: 'Oppvokst i Henningsvær. Driver mottak i skreisesongen og er kulturguide for nye innbyggere i Vågan.',
    mentorType: 'kulturguide',
    capacity: 3,
    active: true,
  },
  {
    fullName: 'Eirik Solheim',
    gender: 'male',
    municipalityCode: '4601',
    occupation: { title: 'Bussjåfør', code: '8331' },
    employerName: 'Vestlandsbuss AS',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'førerkort klasse D', evidence: 'certified' },
      { label: 'yrkessjåførkompetanse', evidence: 'certified' },
    ],
    interests: ['sykling', 'fotball', 'sjakk'],
    bio: 'Bussjåfør i Bergen i 18 år og instruktør for nye sjåfører. Sykler til jobben hele året.',
    mentorType: 'fagmentor',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Hanne Lie Johnsen',
    gender: 'female',
    municipalityCode: '0301',
    occupation: { title: 'Programvareutvikler', code: '2512' },
    employerName: 'Fjordkode AS',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'C1' },
    ],
    skills: [
      { label: 'TypeScript', evidence: 'verified' },
      { label: 'Node.js', evidence: 'verified' },
    ],
    interests: ['løping', 'brettspill', 'sjakk'],
    bio: 'Tech lead i et lite utviklerselskap på Grünerløkka. Har vært mentor i Abelia-programmet og hjelper gjerne med CV, GitHub og intervjutrening.',
    mentorType: 'fagmentor',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Magnus Berg',
    gender: 'male',
    municipalityCode: '0301',
    occupation: { title: 'Systemarkitekt', code: '2511' },
    employerName: 'Nordre Data AS',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'C1' },
    ],
    skills: [
      { label: 'Java', evidence: 'verified' },
      { label: 'systemarkitektur', evidence: 'verified' },
    ],
    interests: ['sykling', 'matlaging', 'fjellturer'],
    bio: 'Arkitekt innen offentlig IT. Lager mat fra hele verden og tar gjerne mentorpartneren med på tur i Nordmarka.',
    mentorType: 'fagmentor',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Solveig Nilsen',
    gender: 'female',
    municipalityCode: '5001',
    occupation: { title: 'Sykepleier', code: '2223' },
    employerName: 'Trondheim kommune, hjemmetjenesten',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'personlig pleie', evidence: 'certified' },
      { label: 'veiledning av lærlinger', evidence: 'verified' },
    ],
    interests: ['korsang', 'strikking', 'løping'],
    bio: 'Sykepleier i hjemmetjenesten på Heimdal og veileder for helsefaglærlinger. Synger i kor og er med i frivilligsentralens mentorprogram for kvinner.',
    mentorType: 'fagmentor',
    capacity: 2,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Ahmad Al-Ali',
    gender: 'male',
    municipalityCode: '4601',
    occupation: { title: 'Revisor', code: '2411' },
    employerName: 'Bergen Revisjon AS',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'nb', level: 'C1' },
      { code: 'en', level: 'C1' },
    ],
    skills: [
      { label: 'regnskap', evidence: 'certified' },
      { label: 'revisjon', evidence: 'certified' },
    ],
    interests: ['fotball', 'matlaging', 'sjakk'],
    bio: 'Kom fra Syria i 2015, fikk økonomiutdanningen godkjent av NOKUT og jobber nå som revisor. Vet hvordan det er å vente på godkjenning og hjelper på arabisk.',
    mentorType: 'språkmentor',
    capacity: 3,
    active: true,
  },
  {
    fullName: 'Rahwa Ghebreyesus',
    gender: 'female',
    municipalityCode: '0301',
    occupation: { title: 'Helsefagarbeider', code: '5321' },
    employerName: 'Oslo kommune, Sykehjemsetaten',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'am', level: 'B2' },
      { code: 'nb', level: 'C1' },
    ],
    skills: [
      { label: 'personlig pleie', evidence: 'certified' },
      { label: 'autorisasjon som helsefagarbeider', evidence: 'certified' },
    ],
    interests: ['matlaging', 'korsang', 'dans'],
    bio: 'Kom fra Eritrea som 17-åring, tok fagbrev som helsefagarbeider og jobber på sykehjem i Oslo. Er språkmentor på tigrinja for kvinner.',
    mentorType: 'språkmentor',
    capacity: 3,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Yuliia Petrenko',
    gender: 'female',
    municipalityCode: '4601',
    occupation: { title: 'Finansanalytiker', code: '2413' },
    employerName: 'Vestlandsbanken ASA',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'C2' },
      { code: 'nb', level: 'C1' },
      { code: 'en', level: 'C1' },
    ],
    skills: [
      { label: 'finansanalyse', evidence: 'verified' },
      { label: 'Excel', evidence: 'verified' },
    ],
    interests: ['fjellturer', 'lesing', 'korsang'],
    bio: 'Flyttet til Bergen i 2014 og jobber i bank. Hjelper ukrainske økonomer med NOKUT-søknader, CV og norsk fagspråk.',
    mentorType: 'språkmentor',
    capacity: 3,
    active: true,
  },
  {
    fullName: 'Mohammad Sadiq Amiri',
    gender: 'male',
    municipalityCode: '5001',
    occupation: { title: 'Bussjåfør', code: '8331' },
    employerName: 'Trøndelagsbuss AS',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'ps', level: 'B2' },
      { code: 'nb', level: 'C1' },
    ],
    skills: [
      { label: 'førerkort klasse D', evidence: 'certified' },
      { label: 'tolking dari-norsk', evidence: 'self_reported' },
    ],
    interests: ['fotball', 'sjakk', 'sykling'],
    bio: 'Kom som enslig mindreårig fra Afghanistan, kjører buss i Trondheim og trener et fotballag på Saupstad. Språkmentor på dari.',
    mentorType: 'språkmentor',
    capacity: 3,
    active: true,
  },
  {
    fullName: 'Hodan Ismail Nur',
    gender: 'female',
    municipalityCode: '0301',
    occupation: { title: 'Rådgiver i NAV', code: '2635' },
    employerName: 'NAV Grorud',
    languages: [
      { code: 'so', level: 'native' },
      { code: 'ar', level: 'B1' },
      { code: 'nb', level: 'C1' },
      { code: 'en', level: 'C1' },
    ],
    skills: [
      { label: 'veiledning', evidence: 'verified' },
      { label: 'jobbsøking og CV', evidence: 'verified' },
    ],
    interests: ['lesing', 'matlaging', 'turgåing'],
    bio: 'Oppvokst i Oslo med foreldre fra Somalia. Jobber som veileder og er språkmentor for somaliske kvinner som vil ut i arbeid.',
    mentorType: 'språkmentor',
    capacity: 4,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Per Kristian Dahl',
    gender: 'male',
    municipalityCode: '1103',
    occupation: { title: 'Sivilingeniør, bygg', code: '2142' },
    employerName: 'Rogaland Rådgivende Ingeniører AS',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'C1' },
    ],
    skills: [
      { label: 'konstruksjonsberegning', evidence: 'certified' },
      { label: 'AutoCAD', evidence: 'verified' },
    ],
    interests: ['sykling', 'fjellturer', 'sjakk'],
    bio: 'Rådgivende ingeniør i Stavanger. Vil hjelpe ingeniører med utenlandsk utdanning inn i bransjen, med nettverk og norske standarder.',
    mentorType: 'fagmentor',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Anne Grete Sæther',
    gender: 'female',
    municipalityCode: '1103',
    occupation: { title: 'Statsautorisert revisor', code: '2411' },
    employerName: 'Sandvik & Eide Regnskap AS',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'C1' },
    ],
    skills: [
      { label: 'regnskap', evidence: 'certified' },
      { label: 'Excel', evidence: 'verified' },
    ],
    interests: ['løping', 'lesing', 'fjellturer'],
    bio: 'Partner i et regnskapsbyrå i Stavanger. Har tatt inn flere i praksis fra introduksjonsprogrammet og ansatt to av dem fast.',
    mentorType: 'fagmentor',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Geir Rønning',
    gender: 'male',
    municipalityCode: '4204',
    occupation: { title: 'Lagersjef', code: '1324' },
    employerName: 'Sørlandet Lager og Logistikk AS',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'lagerstyring', evidence: 'verified' },
      { label: 'truckførerbevis', evidence: 'certified' },
    ],
    interests: ['fotball', 'fiske', 'sykling'],
    bio: 'Lagersjef i Kristiansand og fotballtrener i Vågsbygd. Ser etter folk som vil jobbe og lære.',
    mentorType: 'fagmentor',
    capacity: 3,
    active: true,
  },
  {
    fullName: 'Liv Torill Pedersen',
    gender: 'female',
    municipalityCode: '1804',
    occupation: { title: 'Barnehagelærer', code: '2342' },
    employerName: 'Solsiden Barnehager AS',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'barnehagearbeid', evidence: 'certified' },
      { label: 'språkstimulering', evidence: 'verified' },
    ],
    interests: ['friluftsliv', 'strikking', 'korsang'],
    bio: 'Pedagogisk leder i barnehage i Bodø. Mentor for kvinner i Karriere Nordlands program, og går på tur i all slags vær.',
    mentorType: 'fagmentor',
    capacity: 2,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Knut Johansen',
    gender: 'male',
    municipalityCode: '5501',
    occupation: { title: 'Arbeidsleder, bygg og anlegg', code: '3123' },
    employerName: 'Polarbygg Tromsø AS',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'betongarbeid', evidence: 'certified' },
      { label: 'HMS', evidence: 'certified' },
    ],
    interests: ['fjellturer', 'fiske', 'skigåing'],
    bio: 'Formann på byggeplasser i Tromsø. Har fagbrev som betongfagarbeider og vil gjerne hjelpe flere inn i bransjen.',
    mentorType: 'fagmentor',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Åse Vik',
    gender: 'female',
    municipalityCode: '3301',
    occupation: { title: 'Pensjonert sykepleier', code: '2223' },
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'fr', level: 'B1' },
    ],
    skills: [{ label: 'personlig pleie', evidence: 'verified' }],
    interests: ['hagearbeid', 'korsang', 'strikking'],
    bio: 'Pensjonist og frivillig på frivilligsentralen i Drammen. Snakker litt fransk og er kulturguide for nyankomne kvinner.',
    mentorType: 'kulturguide',
    capacity: 2,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Thomas Brekke',
    gender: 'male',
    municipalityCode: '3301',
    occupation: { title: 'Elektriker', code: '7411' },
    employerName: 'Drammen Elektro AS',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'B2' },
    ],
    skills: [
      { label: 'elektroinstallasjon', evidence: 'certified' },
      { label: 'feilsøking i anlegg', evidence: 'verified' },
    ],
    interests: ['fotball', 'sykling', 'fiske'],
    bio: 'Elektriker med eget firma i Drammen. Tar inn lærlinger og praksiskandidater hvert år.',
    mentorType: 'fagmentor',
    capacity: 1,
    active: true,
  },
  {
    fullName: 'Bashar Al-Hussein',
    gender: 'male',
    municipalityCode: '1516',
    occupation: { title: 'Sveiser', code: '7212' },
    employerName: 'Sunnmøre Skipsverft AS',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'nb', level: 'B2' },
    ],
    skills: [
      { label: 'MIG/MAG-sveising', evidence: 'certified' },
      { label: 'sveisesertifikat', evidence: 'certified' },
    ],
    interests: ['fotball', 'fiske', 'matlaging'],
    bio: 'Kom til Ulstein fra Syria i 2016, tok sveisesertifikat og fikk fast jobb på verftet. Språkmentor på arabisk for nye sveisere.',
    mentorType: 'språkmentor',
    capacity: 2,
    active: true,
  },
  {
    fullName: 'Nataliia Horbenko',
    gender: 'female',
    municipalityCode: '1508',
    occupation: { title: 'Sykepleier', code: '2223' },
    employerName: 'Ålesund sjukehus',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'C1' },
      { code: 'nb', level: 'B2' },
    ],
    skills: [
      { label: 'personlig pleie', evidence: 'certified' },
      { label: 'legemiddelhåndtering', evidence: 'certified' },
    ],
    interests: ['hagearbeid', 'korsang', 'løping'],
    bio: 'Ukrainsk sykepleier som fikk norsk autorisasjon i 2021. Hjelper ukrainske helsearbeidere gjennom autorisasjonsløpet.',
    mentorType: 'språkmentor',
    capacity: 3,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Fartun Abdullahi Warsame',
    gender: 'female',
    municipalityCode: '4601',
    occupation: { title: 'Barne- og ungdomsarbeider', code: '5311' },
    employerName: 'Bergen kommune, barnehageetaten',
    languages: [
      { code: 'so', level: 'native' },
      { code: 'nb', level: 'C1' },
    ],
    skills: [
      { label: 'barnehagearbeid', evidence: 'certified' },
      { label: 'personlig pleie', evidence: 'self_reported' },
    ],
    interests: ['matlaging', 'volleyball', 'lesing'],
    bio: 'Fagarbeider i barnehage i Bergen. Språkmentor på somali og med i et nettverk for kvinner med innvandrerbakgrunn.',
    mentorType: 'språkmentor',
    capacity: 2,
    menteeGender: 'female',
    active: true,
  },
  {
    fullName: 'Terje Lunde',
    gender: 'male',
    municipalityCode: '4601',
    occupation: { title: 'Tømrer', code: '7115' },
    employerName: 'Lunde Bygg AS',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [
      { label: 'tømrerarbeid', evidence: 'certified' },
      { label: 'forskaling', evidence: 'verified' },
    ],
    interests: ['fiske', 'fotball', 'fjellturer'],
    bio: 'Tømrermester i Bergen. Tar pause som mentor dette halvåret på grunn av et stort prosjekt.',
    mentorType: 'fagmentor',
    capacity: 1,
    active: false,
  },
  {
    fullName: 'Gunn Hilde Moe',
    gender: 'female',
    municipalityCode: '5014',
    occupation: { title: 'Butikkmedarbeider', code: '5223' },
    employerName: 'Coop Marked Sistranda',
    languages: [{ code: 'nb', level: 'native' }],
    skills: [{ label: 'kundeservice', evidence: 'verified' }],
    interests: ['strikking', 'turgåing', 'korsang'],
    bio: 'Født og oppvokst på Frøya. Kulturguide for kvinner som er nye i kommunen, og leder strikkekafeen på biblioteket.',
    mentorType: 'kulturguide',
    capacity: 3,
    menteeGender: 'female',
    active: true,
  },
];

export const demoOpenings: DemoOpening[] = [
  // Sunnmøre Skipsverft AS, Ulstein
  {
    employerRef: 'sunnmore-skipsverft',
    kind: 'job',
    title: 'Sveisere til skipsbygging (TIG og MIG/MAG)',
    description: 'Vi bygger avanserte offshore- og fiskefartøy og trenger flere sveisere i stålavdelingen. Fast stilling, skiftordning, opplæring i norsk fagspråk på jobben.',
    occupationCode: '7212',
    municipalityCode: '1516',
    requiredSkills: [
      { label: 'sveisesertifikat', mustHave: true },
      { label: 'TIG-sveising', mustHave: false },
      { label: 'MIG/MAG-sveising', mustHave: false },
    ],
    minNorwegianLevel: 'A2',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 3,
    status: 'open',
  },
  {
    employerRef: 'sunnmore-skipsverft',
    kind: 'praksis',
    title: 'Praksisplass i sveiseverkstedet, med sikte på fast jobb',
    description: 'Tre måneders praksis med lønnstilskudd for deg med sveiseerfaring uten norske papirer. Vi tar sveiseprøve underveis; bestått prøve gir tilbud om ansettelse.',
    occupationCode: '7212',
    municipalityCode: '1516',
    requiredSkills: [
      { label: 'sveising', mustHave: true },
      { label: 'lesing av arbeidstegninger', mustHave: false },
    ],
    permanent: false,
    hoursPerWeek: 37.5,
    wageSubsidy: true,
    positions: 2,
    status: 'open',
  },
  {
    employerRef: 'sunnmore-skipsverft',
    kind: 'job',
    title: 'Platearbeider, skrogseksjon',
    description: 'Platearbeider til montering av skrogseksjoner. Fagbrev eller lang erfaring.',
    occupationCode: '7214',
    municipalityCode: '1516',
    requiredSkills: [
      { label: 'platearbeid', mustHave: true },
      { label: 'MIG/MAG-sveising', mustHave: false },
    ],
    minNorwegianLevel: 'B1',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 2,
    status: 'filled',
  },

  // Leirvik Offshore og Verft AS, Stord
  {
    employerRef: 'leirvik-verft',
    kind: 'job',
    title: 'Rørsveiser til offshoremoduler',
    description: 'Rørsveising i rustfritt stål og karbonstål på moduler til sokkelen. Krav om gyldig sveisesertifikat (ISO 9606-1).',
    occupationCode: '7212',
    municipalityCode: '4614',
    requiredSkills: [
      { label: 'sveisesertifikat', mustHave: true },
      { label: 'TIG-sveising', mustHave: true },
      { label: 'rørsveising', mustHave: false },
    ],
    minNorwegianLevel: 'A2',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 4,
    status: 'open',
  },
  {
    employerRef: 'leirvik-verft',
    kind: 'praksis',
    title: 'Praksis som hjelpearbeider i verkstedet',
    description: 'Praksis for deltakere i introduksjonsprogrammet: sliping, kapping, materialhåndtering og opplæring i HMS. Mål: lærekontrakt eller fast jobb.',
    occupationCode: '9329',
    municipalityCode: '4614',
    requiredSkills: [
      { label: 'sliping og kapping', mustHave: false },
      { label: 'HMS-kort', mustHave: false },
    ],
    permanent: false,
    hoursPerWeek: 30,
    wageSubsidy: true,
    positions: 3,
    status: 'open',
  },
  {
    employerRef: 'leirvik-verft',
    kind: 'job',
    title: 'Rørmontør',
    description: 'Montering av rørsystemer om bord og på moduler. Erfaring som rørlegger eller rørmontør.',
    occupationCode: '7126',
    municipalityCode: '4614',
    requiredSkills: [
      { label: 'rørlegging', mustHave: true },
      { label: 'sveising', mustHave: false },
    ],
    minNorwegianLevel: 'B1',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 2,
    status: 'open',
  },

  // Herøy kommune, helse og omsorg
  {
    employerRef: 'heroy-helse',
    kind: 'job',
    title: 'Helsefagarbeider i hjemmetjenesten, 75 % fast',
    description: 'Hjemmetjenesten i Herøy søker helsefagarbeider til fast 75 % stilling med turnus. Bil stilles til disposisjon.',
    occupationCode: '5321',
    municipalityCode: '1515',
    requiredSkills: [
      { label: 'autorisasjon som helsefagarbeider', mustHave: true },
      { label: 'førerkort klasse B', mustHave: true },
      { label: 'personlig pleie', mustHave: false },
    ],
    minNorwegianLevel: 'B1',
    permanent: true,
    hoursPerWeek: 28,
    positions: 2,
    status: 'open',
  },
  {
    employerRef: 'heroy-helse',
    kind: 'praksis',
    title: 'Språkpraksis på sykehjem',
    description: 'Språkpraksis for deltakere i introduksjonsprogrammet som vil inn i helsefag. Fast kontaktperson, norsk på arbeidsplassen og mulighet for praksiskandidatløp.',
    occupationCode: '5329',
    municipalityCode: '1515',
    requiredSkills: [{ label: 'personlig pleie', mustHave: false }],
    minNorwegianLevel: 'A2',
    permanent: false,
    hoursPerWeek: 20,
    wageSubsidy: false,
    positions: 3,
    status: 'open',
  },
  {
    employerRef: 'heroy-helse',
    kind: 'job',
    title: 'Sykepleier, Herøy omsorgssenter',
    description: 'Fast 100 % stilling som sykepleier. Søkere som venter på norsk autorisasjon kan ansettes som assistent i mellomtiden.',
    occupationCode: '2223',
    municipalityCode: '1515',
    requiredSkills: [
      { label: 'autorisasjon som sykepleier', mustHave: true },
      { label: 'legemiddelhåndtering', mustHave: false },
    ],
    minNorwegianLevel: 'B2',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 1,
    status: 'open',
  },

  // Frøya Havbruk AS
  {
    employerRef: 'froya-havbruk',
    kind: 'job',
    title: 'Havbruksoperatør på lokalitet',
    description: 'Fôring, røkting, notskifte og fiskevelferd på våre lokaliteter rundt Frøya. Arbeid i 7-7-turnus.',
    occupationCode: '6221',
    municipalityCode: '5014',
    requiredSkills: [
      { label: 'fiskefôring', mustHave: false },
      { label: 'båtførerbevis', mustHave: true },
      { label: 'svømmedyktig', mustHave: true },
    ],
    minNorwegianLevel: 'A2',
    permanent: true,
    hoursPerWeek: 42,
    positions: 3,
    status: 'open',
  },
  {
    employerRef: 'froya-havbruk',
    kind: 'praksis',
    title: 'Praksis på fôringsflåte',
    description: 'Praksis med lønnstilskudd og mål om lærekontrakt i akvakulturfaget. Vi dekker båtførerkurs.',
    occupationCode: '6221',
    municipalityCode: '5014',
    requiredSkills: [
      { label: 'fiskefôring', mustHave: false },
      { label: 'svømmedyktig', mustHave: true },
    ],
    permanent: false,
    hoursPerWeek: 37.5,
    wageSubsidy: true,
    positions: 2,
    status: 'open',
  },

  // Hitra Sjømat AS
  {
    employerRef: 'hitra-sjomat',
    kind: 'job',
    title: 'Produksjonsmedarbeider, lakseslakteri',
    description: 'Helårsarbeid på slakteri og filetlinje. Skift. Opplæring gis, norsk lærer du på jobben.',
    occupationCode: '8160',
    municipalityCode: '5056',
    requiredSkills: [
      { label: 'næringsmiddelhygiene', mustHave: false },
      { label: 'truckførerbevis', mustHave: false },
    ],
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 6,
    status: 'open',
  },
  {
    employerRef: 'hitra-sjomat',
    kind: 'praksis',
    title: 'Praksis i filetavdelingen',
    description: 'Arbeidspraksis med lønnstilskudd, fast veileder og tilbud om fast ansettelse etter endt periode.',
    occupationCode: '8160',
    municipalityCode: '5056',
    requiredSkills: [{ label: 'sløying av fisk', mustHave: false }],
    permanent: false,
    hoursPerWeek: 37.5,
    wageSubsidy: true,
    positions: 4,
    status: 'open',
  },

  // Lofoten Tørrfisk og Mottak AS, Vågan
  {
    employerRef: 'lofoten-torrfisk',
    kind: 'job',
    title: 'Sesongarbeider, skrei og tørrfisk',
    description: 'Sløying, henging og sortering av skrei fra februar til april, og tørrfiskproduksjon om sommeren. Bolig kan ordnes.',
    occupationCode: '7511',
    municipalityCode: '1865',
    requiredSkills: [
      { label: 'sløying av fisk', mustHave: false },
      { label: 'fiske med garn og line', mustHave: false },
    ],
    permanent: false,
    hoursPerWeek: 40,
    positions: 8,
    status: 'open',
  },
  {
    employerRef: 'lofoten-torrfisk',
    kind: 'praksis',
    title: 'Praksis på fiskemottak i Henningsvær',
    description: 'Praksis på mottaket utenom sesong: vedlikehold, kvalitetskontroll og pakking.',
    occupationCode: '9216',
    municipalityCode: '1865',
    requiredSkills: [{ label: 'sløying av fisk', mustHave: false }],
    permanent: false,
    hoursPerWeek: 30,
    wageSubsidy: true,
    positions: 2,
    status: 'closed',
  },
  {
    employerRef: 'lofoten-torrfisk',
    kind: 'job',
    title: 'Mekaniker, vedlikehold på mottak og fryseri',
    description: 'Vedlikehold av transportbånd, hydraulikk og fryseanlegg på mottakene i Vågan og Vestvågøy.',
    occupationCode: '7233',
    municipalityCode: '1860',
    requiredSkills: [
      { label: 'vedlikehold av maskiner', mustHave: true },
      { label: 'hydraulikk', mustHave: false },
    ],
    minNorwegianLevel: 'B1',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 1,
    status: 'open',
  },

  // Vestlandsbuss AS, Bergen
  {
    employerRef: 'vestlandsbuss',
    kind: 'job',
    title: 'Bussjåfør i Bergen',
    description: 'Bussjåfører til bybuss og regionruter i Bergen. Fast stilling, delte skift og helgearbeid.',
    occupationCode: '8331',
    municipalityCode: '4601',
    requiredSkills: [
      { label: 'førerkort klasse D', mustHave: true },
      { label: 'yrkessjåførkompetanse', mustHave: true },
      { label: 'kundeservice', mustHave: false },
    ],
    minNorwegianLevel: 'B1',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 5,
    status: 'open',
  },
  {
    employerRef: 'vestlandsbuss',
    kind: 'praksis',
    title: 'Sjåførpraksis med opplæring til klasse D',
    description: 'Praksis i verksted og trafikkavdeling mens du tar klasse D og yrkessjåførkompetanse, finansiert sammen med NAV. Mål: fast jobb som bussjåfør.',
    occupationCode: '8331',
    municipalityCode: '4601',
    requiredSkills: [{ label: 'førerkort klasse B', mustHave: true }],
    minNorwegianLevel: 'A2',
    permanent: false,
    hoursPerWeek: 37.5,
    wageSubsidy: true,
    positions: 4,
    status: 'open',
  },

  // Fjordkode AS, Oslo
  {
    employerRef: 'fjordkode',
    kind: 'job',
    title: 'Fullstack-utvikler (TypeScript)',
    description: 'Utvikling av fagsystemer for offentlig sektor med TypeScript, Node.js og React. Arbeidsspråk norsk og engelsk.',
    occupationCode: '2512',
    municipalityCode: '0301',
    requiredSkills: [
      { label: 'TypeScript', mustHave: true },
      { label: 'Node.js', mustHave: false },
      { label: 'React', mustHave: false },
      { label: 'PostgreSQL', mustHave: false },
    ],
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 2,
    status: 'open',
  },
  {
    employerRef: 'fjordkode',
    kind: 'praksis',
    title: 'Praksis som backend-utvikler (Java)',
    description: 'Seks måneders praksis med lønnstilskudd i et team som lager integrasjoner. Vi ansatte begge praksiskandidatene i fjor.',
    occupationCode: '2512',
    municipalityCode: '0301',
    requiredSkills: [
      { label: 'Java', mustHave: true },
      { label: 'SQL', mustHave: false },
    ],
    permanent: false,
    hoursPerWeek: 37.5,
    wageSubsidy: true,
    positions: 1,
    status: 'open',
  },
  {
    employerRef: 'fjordkode',
    kind: 'job',
    title: 'Systemadministrator / driftstekniker',
    description: 'Drift av Linux-servere og skytjenester.',
    occupationCode: '2522',
    municipalityCode: '0301',
    requiredSkills: [{ label: 'Linux-drift', mustHave: true }],
    minNorwegianLevel: 'B2',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 1,
    status: 'filled',
  },

  // Grorud Bygg og Betong AS, Oslo
  {
    employerRef: 'grorud-bygg',
    kind: 'job',
    title: 'Tømrer til boligprosjekter',
    description: 'Tømrere til nybygg og rehabilitering i Groruddalen. Fagbrev er en fordel; lang erfaring vurderes.',
    occupationCode: '7115',
    municipalityCode: '0301',
    requiredSkills: [
      { label: 'tømrerarbeid', mustHave: true },
      { label: 'HMS-kort', mustHave: true },
      { label: 'forskaling', mustHave: false },
    ],
    minNorwegianLevel: 'A2',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 3,
    status: 'open',
  },
  {
    employerRef: 'grorud-bygg',
    kind: 'praksis',
    title: 'Praksis som hjelpearbeider på byggeplass',
    description: 'Praksis med lønnstilskudd og fast fadder på byggeplass. Målet er lærekontrakt som betongfagarbeider eller tømrer.',
    occupationCode: '9313',
    municipalityCode: '0301',
    requiredSkills: [{ label: 'HMS-kort', mustHave: false }],
    permanent: false,
    hoursPerWeek: 37.5,
    wageSubsidy: true,
    positions: 3,
    status: 'open',
  },
  {
    employerRef: 'grorud-bygg',
    kind: 'job',
    title: 'Betongarbeider',
    description: 'Forskaling, armering og støp på større prosjekter i Oslo.',
    occupationCode: '7114',
    municipalityCode: '0301',
    requiredSkills: [
      { label: 'betongarbeid', mustHave: true },
      { label: 'HMS-kort', mustHave: true },
    ],
    minNorwegianLevel: 'A2',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 2,
    status: 'open',
  },

  // Nidaros Renhold AS, Trondheim
  {
    employerRef: 'nidaros-renhold',
    kind: 'job',
    title: 'Renholder, fast deltid på dagtid',
    description: 'Renhold av kontorer og skoler i Trondheim sentrum. Dagtid, fast deltid med mulighet for økt stilling.',
    occupationCode: '9112',
    municipalityCode: '5001',
    requiredSkills: [{ label: 'renhold', mustHave: false }],
    permanent: true,
    hoursPerWeek: 25,
    positions: 4,
    status: 'open',
  },
  {
    employerRef: 'nidaros-renhold',
    kind: 'praksis',
    title: 'Praksis i renhold med fagbrevløp',
    description: 'Praksis med lønnstilskudd og kurs mot fagbrev i renholdsoperatørfaget.',
    occupationCode: '9112',
    municipalityCode: '5001',
    requiredSkills: [{ label: 'renhold', mustHave: false }],
    minNorwegianLevel: 'A2',
    permanent: false,
    hoursPerWeek: 30,
    wageSubsidy: true,
    positions: 2,
    status: 'open',
  },

  // Trondheim kommune, hjemmetjenesten
  {
    employerRef: 'trondheim-hjemmetjeneste',
    kind: 'job',
    title: 'Helsefagarbeider, hjemmetjenesten Heimdal',
    description: 'Fast 80 % stilling i hjemmetjenesten. Vi tilbyr språkstøtte og veiledning for nyansatte med annet morsmål.',
    occupationCode: '5321',
    municipalityCode: '5001',
    requiredSkills: [
      { label: 'autorisasjon som helsefagarbeider', mustHave: true },
      { label: 'førerkort klasse B', mustHave: false },
    ],
    minNorwegianLevel: 'B1',
    permanent: true,
    hoursPerWeek: 30,
    positions: 3,
    status: 'open',
  },
  {
    employerRef: 'trondheim-hjemmetjeneste',
    kind: 'praksis',
    title: 'Praksis som pleieassistent',
    description: 'Praksis for deg som vil bli helsefagarbeider. Kombineres med norskopplæring og fagbrevkurs.',
    occupationCode: '5329',
    municipalityCode: '5001',
    requiredSkills: [{ label: 'personlig pleie', mustHave: false }],
    minNorwegianLevel: 'A2',
    permanent: false,
    hoursPerWeek: 24,
    wageSubsidy: false,
    positions: 4,
    status: 'open',
  },
  {
    employerRef: 'trondheim-hjemmetjeneste',
    kind: 'job',
    title: 'Sykepleier, hjemmesykepleien',
    description: 'Sykepleier med norsk autorisasjon til fast stilling i hjemmesykepleien.',
    occupationCode: '2223',
    municipalityCode: '5001',
    requiredSkills: [
      { label: 'autorisasjon som sykepleier', mustHave: true },
      { label: 'førerkort klasse B', mustHave: true },
    ],
    minNorwegianLevel: 'B2',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 2,
    status: 'closed',
  },

  // Solsiden Barnehager AS, Bodø
  {
    employerRef: 'solsiden-barnehager',
    kind: 'job',
    title: 'Barnehageassistent',
    description: 'Assistent til avdeling for barn 3–6 år. Flerspråklige søkere oppfordres til å søke.',
    occupationCode: '5311',
    municipalityCode: '1804',
    requiredSkills: [
      { label: 'barnehagearbeid', mustHave: false },
      { label: 'politiattest', mustHave: true },
    ],
    minNorwegianLevel: 'B1',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 2,
    status: 'open',
  },
  {
    employerRef: 'solsiden-barnehager',
    kind: 'praksis',
    title: 'Språkpraksis i barnehage',
    description: 'Språkpraksis fire dager i uka med fast veileder. Gode muligheter for vikartimer og senere ansettelse.',
    occupationCode: '5311',
    municipalityCode: '1804',
    requiredSkills: [{ label: 'politiattest', mustHave: true }],
    minNorwegianLevel: 'A2',
    permanent: false,
    hoursPerWeek: 20,
    wageSubsidy: false,
    positions: 2,
    status: 'open',
  },

  // Sandvik & Eide Regnskap AS, Stavanger
  {
    employerRef: 'sandvik-eide-regnskap',
    kind: 'job',
    title: 'Regnskapsmedarbeider',
    description: 'Løpende bokføring, avstemminger og mva-oppgaver for kunder i Rogaland.',
    occupationCode: '4311',
    municipalityCode: '1103',
    requiredSkills: [
      { label: 'regnskap', mustHave: true },
      { label: 'Excel', mustHave: true },
      { label: 'lønnskjøring', mustHave: false },
    ],
    minNorwegianLevel: 'B2',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 1,
    status: 'open',
  },
  {
    employerRef: 'sandvik-eide-regnskap',
    kind: 'praksis',
    title: 'Praksis i regnskap for økonomer med utenlandsk utdanning',
    description: 'Praksis med lønnstilskudd for økonomer som venter på NOKUT-godkjenning. Målet er fast ansettelse som regnskapsfører.',
    occupationCode: '3313',
    municipalityCode: '1103',
    requiredSkills: [
      { label: 'regnskap', mustHave: true },
      { label: 'Excel', mustHave: false },
    ],
    minNorwegianLevel: 'B1',
    permanent: false,
    hoursPerWeek: 37.5,
    wageSubsidy: true,
    positions: 2,
    status: 'open',
  },

  // Sørlandet Lager og Logistikk AS, Kristiansand
  {
    employerRef: 'sorlandet-logistikk',
    kind: 'job',
    title: 'Lagermedarbeider med truckførerbevis',
    description: 'Plukk, pakk og varemottak på sentrallager. Dag- og kveldsskift.',
    occupationCode: '4321',
    municipalityCode: '4204',
    requiredSkills: [
      { label: 'truckførerbevis', mustHave: true },
      { label: 'plukk og pakk', mustHave: false },
    ],
    minNorwegianLevel: 'A2',
    permanent: true,
    hoursPerWeek: 37.5,
    positions: 3,
    status: 'open',
  },
  {
    employerRef: 'sorlandet-logistikk',
    kind: 'praksis',
    title: 'Lagerpraksis med truckopplæring',
    description: 'Praksis med lønnstilskudd; vi tar truckførerkurset sammen med deg. Flere tidligere praksiskandidater er fast ansatt.',
    occupationCode: '4321',
    municipalityCode: '4204',
    requiredSkills: [{ label: 'plukk og pakk', mustHave: false }],
    permanent: false,
    hoursPerWeek: 37.5,
    wageSubsidy: true,
    positions: 2,
    status: 'open',
  },
];

/** What employers will need soon on the hurtigspor: broader needs, shown to the career centre of their county with prospects. */
export interface DemoNeed {
  employerRef: string;
  /** 4-digit STYRK-08 */
  occupationCode: string;
  count: number;
  municipalityCode: string;
  timeframe: { from?: string; to?: string };
}

export const demoNeeds: DemoNeed[] = [
  { employerRef: 'vestlandsbuss', occupationCode: '8331', count: 3, municipalityCode: '4601', timeframe: { from: '2027-01-04' } },
  { employerRef: 'leirvik-verft', occupationCode: '7212', count: 2, municipalityCode: '4614', timeframe: { from: '2027-02-01', to: '2027-06-30' } },
  { employerRef: 'solsiden-barnehager', occupationCode: '5311', count: 2, municipalityCode: '1804', timeframe: { from: '2027-01-11' } },
];

/**
 * A demo mentor's e-mail address and phone number, made from the name and its place in the list:
 * plausible, at a domain nobody receives mail for, and the same on every start.
 */
export function demoMentorContact(mentor: Pick<DemoMentor, 'fullName'>, index: number): { email: string; phone: string } {
  const local = mentor.fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/å/gi, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  const digits = String(41_200_000 + index * 7_919).padStart(8, '0');
  return { email: `${local}@demo.kobling.no`, phone: `+47 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}` };
}
