import type { Text } from './language';

/**
 * The error catalogue: every error a client can meet, by a stable machine `code`. A problem code
 * gives the problem kind (its `type` and HTTP status) and the `detail`; a field code (kind
 * `field`) is one entry of a validation problem's `errors`. Messages are templates with named
 * parameters, `{name}`, in Bokmål and English (Nynorsk falls back to Bokmål). docs/errors.md
 * lists this catalogue; a test keeps the two equal.
 */
export const PROBLEM_KINDS = {
  validation: { status: 400, title: { nb: 'Ugyldige felt', nn: 'Ugyldige felt', en: 'Validation failed' } },
  badRequest: { status: 400, title: { nb: 'Ugyldig forespørsel', nn: 'Ugyldig førespurnad', en: 'Bad request' } },
  unauthenticated: { status: 401, title: { nb: 'Ikke innlogget', nn: 'Ikkje innlogga', en: 'Unauthenticated' } },
  forbidden: { status: 403, title: { nb: 'Ikke tillatt', nn: 'Ikkje tillate', en: 'Forbidden' } },
  notFound: { status: 404, title: { nb: 'Finnes ikke', nn: 'Finst ikkje', en: 'Not found' } },
  conflict: { status: 409, title: { nb: 'Konflikt', en: 'Conflict' } },
  unprocessable: { status: 422, title: { nb: 'Kan ikke utføres', nn: 'Kan ikkje utførast', en: 'Unprocessable content' } },
  payloadTooLarge: { status: 413, title: { nb: 'For stor forespørsel', nn: 'For stor førespurnad', en: 'Payload too large' } },
  unsupportedMediaType: { status: 415, title: { nb: 'Feil innholdstype', nn: 'Feil innhaldstype', en: 'Unsupported media type' } },
  requestTimeout: { status: 408, title: { nb: 'Forespørselen kom ikke fram i tide', nn: 'Førespurnaden kom ikkje fram i tide', en: 'Request timeout' } },
  requestHeaderFieldsTooLarge: { status: 431, title: { nb: 'For store overskrifter i forespørselen', nn: 'For store overskrifter i førespurnaden', en: 'Request header fields too large' } },
  /** A bulk import with failed rows, of which nothing was written; the body carries the row-by-row `report`. */
  importRejected: { status: 422, title: { nb: 'Importen ble avvist', nn: 'Importen vart avvist', en: 'Import rejected' } },
  tooManyRequests: { status: 429, title: { nb: 'For mange forespørsler', nn: 'For mange førespurnader', en: 'Too many requests' } },
  serviceUnavailable: { status: 503, title: { nb: 'Tjenesten er midlertidig utilgjengelig', nn: 'Tenesta er mellombels utilgjengeleg', en: 'Service unavailable' } },
  internal: { status: 500, title: { nb: 'Intern feil', en: 'Internal server error' } },
} as const satisfies Record<string, { status: number; title: Text }>;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

interface Entry extends Text {
  kind: ProblemKind | 'field';
  /** When it happens, for docs/errors.md. */
  when: string;
}

export const ERROR_CATALOGUE = {
  // Requests in general
  validation_failed: { kind: 'validation', when: 'Fields of the request are invalid; `errors` names each field with its own code', nb: 'Noen felt er ikke gyldige. Se «errors».', nn: 'Nokre felt er ikkje gyldige. Sjå «errors».', en: 'Some fields are not valid; see errors.' },
  bad_request: { kind: 'badRequest', when: 'A malformed request not covered by a more specific code', nb: 'Forespørselen er ugyldig.', en: 'The request is not valid.' },
  invalid_json: { kind: 'badRequest', when: 'The body is not valid JSON', nb: 'Innholdet i forespørselen er ikke gyldig JSON.', en: 'The request body is not valid JSON.' },
  body_not_object: { kind: 'badRequest', when: 'The JSON body is not an object (an array, a string, null)', nb: 'Innholdet i forespørselen må være et JSON-objekt.', en: 'The request body must be a JSON object.' },
  text_not_storable: { kind: 'badRequest', when: 'Text holds a character the database cannot store (NUL)', nb: 'Forespørselen har tekst med et tegn som ikke kan lagres (for eksempel NUL, \\u0000).', en: 'The request holds text with a character that cannot be stored (such as a NUL character, \\u0000).' },
  body_too_deep: { kind: 'badRequest', when: 'The JSON body is nested deeper than any request needs', nb: 'Innholdet i forespørselen er nøstet dypere enn {max} nivåer (ved {at}).', en: 'The request body is nested deeper than {max} levels (at {at}).' },
  payload_too_large: { kind: 'payloadTooLarge', when: 'The body is larger than the service accepts', nb: 'Forespørselen er for stor.', en: 'The request is too large.' },
  headers_too_large: { kind: 'requestHeaderFieldsTooLarge', when: 'The request headers are over 16 KB (answered before any route, in Bokmål)', nb: 'Overskriftene i forespørselen er større enn de 16 KB tjenesten tar imot. Send færre eller kortere overskrifter (informasjonskapsler, nøkler).', en: 'The request headers are larger than the 16 KB the service accepts. Send fewer or shorter headers (cookies, tokens).' },
  request_timeout: { kind: 'requestTimeout', when: 'The request did not arrive in time (answered before any route, in Bokmål)', nb: 'Forespørselen kom ikke fram i tide.', en: 'The request did not arrive in time.' },
  malformed_http: { kind: 'badRequest', when: 'The request is not valid HTTP (answered before any route, in Bokmål)', nb: 'Forespørselen er ikke gyldig HTTP.', en: 'The request is not valid HTTP.' },
  unsupported_media_type: { kind: 'unsupportedMediaType', when: 'The body has a Content-Type the route does not take', nb: 'Innholdstypen støttes ikke her.', en: 'This content type is not supported here.' },
  route_not_found: { kind: 'notFound', when: 'No route has this method and path', nb: 'Denne adressen finnes ikke i API-et.', en: 'This address does not exist in the API.' },
  not_found: { kind: 'notFound', when: 'The record does not exist, or is not visible to the caller', nb: 'Fant ingen {resource} med id «{id}».', nn: 'Fann ingen {resource} med id «{id}».', en: 'No {resource} with id “{id}” was found.' },
  auth_failures_blocked: { kind: 'tooManyRequests', when: 'Too many failed authentications from this address or with this key prefix: wait `Retry-After` seconds', nb: 'For mange mislykkede forsøk på å logge inn fra denne adressen eller med denne nøkkelen. Prøv igjen om {seconds} sekunder.', nn: 'For mange mislukka forsøk på å logge inn frå denne adressa eller med denne nøkkelen. Prøv igjen om {seconds} sekund.', en: 'Too many failed attempts to authenticate from this address or with this key. Try again in {seconds} seconds.' },
  rate_limited: { kind: 'tooManyRequests', when: 'Too many requests to an expensive route (rankings, shortlists, cohort plans) by one user or key: wait `Retry-After` seconds', nb: 'Du har bedt om svært mange rangeringer på kort tid. Prøv igjen om {seconds} sekunder.', nn: 'Du har bede om svært mange rangeringar på kort tid. Prøv igjen om {seconds} sekund.', en: 'Too many rankings in a short time. Try again in {seconds} seconds.' },
  service_unavailable: { kind: 'serviceUnavailable', when: 'The database cannot be reached: send the request again after `Retry-After` seconds', nb: 'Databasen kan ikke nås akkurat nå. Prøv igjen om litt.', nn: 'Databasen kan ikkje nåast akkurat no. Prøv igjen om litt.', en: 'The database cannot be reached right now. Try again in a moment.' },
  internal: { kind: 'internal', when: 'An unexpected error; logged, never with details to the client', nb: 'Det oppstod en uventet feil. Prøv igjen om litt.', en: 'An unexpected error occurred. Try again in a moment.' },

  // Access
  unauthenticated: { kind: 'unauthenticated', when: 'Authentication failed for another reason', nb: 'Du må logge inn eller sende en API-nøkkel.', en: 'Log in or send an API key.' },
  api_key_missing: { kind: 'unauthenticated', when: 'No `Authorization: Bearer` header', nb: 'Send en API-nøkkel som «Authorization: Bearer <nøkkel>».', en: 'Send an API key as “Authorization: Bearer <key>”.' },
  api_key_unknown: { kind: 'unauthenticated', when: 'The API key is unknown or revoked', nb: 'API-nøkkelen er ukjent eller trukket tilbake.', en: 'The API key is unknown or revoked.' },
  login_failed: { kind: 'unauthenticated', when: 'Login refused: unknown e-mail, wrong password, or a user that is invited or disabled (one answer for all, on purpose)', nb: 'E-postadressen eller passordet er feil.', nn: 'E-postadressa eller passordet er feil.', en: 'The e-mail address or the password is wrong.' },
  login_locked: { kind: 'tooManyRequests', when: 'Too many failed logins for the account (5) or from the address (20) within 15 minutes: try again after `Retry-After` seconds', nb: 'For mange mislykkede innlogginger. Vent {minutes} minutter og prøv igjen, eller be om nytt passord.', nn: 'For mange mislukka innloggingar. Vent {minutes} minutt og prøv igjen, eller be om nytt passord.', en: 'Too many failed logins. Wait {minutes} minutes and try again, or ask for a new password.' },
  session_expired: { kind: 'unauthenticated', when: 'The session cookie is unknown, ended, or past its idle or absolute timeout: log in again', nb: 'Økten er utløpt. Logg inn på nytt.', nn: 'Økta er gått ut. Logg inn på nytt.', en: 'Your session has expired. Log in again.' },
  session_required: { kind: 'unauthenticated', when: 'A route for logged-in people (e.g. /auth/me) was called with an API key', nb: 'Dette gjelder innloggede brukere; en API-nøkkel har ingen brukerøkt.', en: 'This is for logged-in users; an API key has no user session.' },
  csrf_token_invalid: { kind: 'forbidden', when: 'A write with a session cookie lacks the `X-CSRF-Token` header of its session, or sends another', nb: 'Forespørselen mangler riktig X-CSRF-Token. Last siden på nytt og prøv igjen.', en: 'The request lacks the right X-CSRF-Token. Reload the page and try again.' },
  own_user_account: { kind: 'forbidden', when: 'An admin disables their own user or takes away their own admin role', nb: 'Du kan ikke deaktivere din egen bruker eller ta fra deg administratorrollen.', en: 'You cannot disable your own user or remove your own admin role.' },
  forbidden: { kind: 'forbidden', when: 'The caller may not do this, for another reason', nb: 'Du har ikke tilgang til dette.', en: 'You may not do this.' },
  role_not_allowed: { kind: 'forbidden', when: "The key's role may not use the route", nb: 'Dette krever en av rollene {allowed}; nøkkelen din har rollen {role}.', en: 'This needs one of the roles {allowed}; your key has role {role}.' },
  opening_other_organisation: { kind: 'forbidden', when: "The opening is another organisation's", nb: 'Stillingen tilhører en annen organisasjon.', en: 'This opening belongs to another organisation.' },
  need_other_organisation: { kind: 'forbidden', when: "The need is another organisation's", nb: 'Behovet tilhører en annen organisasjon.', en: 'This need belongs to another organisation.' },
  case_other_organisations: { kind: 'forbidden', when: 'The hurtigspor case is between other organisations', nb: 'Saken tilhører andre organisasjoner.', en: 'This case belongs to other organisations.' },
  employer_own_openings_only: { kind: 'forbidden', when: "An employer key lists or creates another organisation's openings", nb: 'En arbeidsgiver kan bare se og opprette stillinger for sin egen organisasjon.', en: "Employer keys list and create their own organisation's openings only." },
  employer_outcome_by_candidate: { kind: 'forbidden', when: 'An employer filters outcomes by candidate id: employers never work with candidate ids', nb: 'En arbeidsgiver kan ikke søke etter utfall med kandidatens id; bruk stillingen.', en: 'Employers cannot look up outcomes by candidate id; filter by opening instead.' },
  employer_outcome_via_case: { kind: 'forbidden', when: 'An employer reports praksis_started or hired by hand: those come from hurtigspor case steps', nb: 'Arbeidsgiveren melder ikke selv at praksis har startet eller at noen er ansatt; det registreres når saken i hurtigsporet går videre.', en: 'Employers do not report praksis starts or hires themselves; they are recorded when the hurtigspor case moves on.' },
  employer_outcome_unrevealed: { kind: 'forbidden', when: 'An employer reports about a candidate no hurtigspor case has revealed to it (or an id that does not exist)', nb: 'En arbeidsgiver kan bare melde utfall for kandidater den har møtt gjennom en sak i hurtigsporet.', en: 'Employers report outcomes only for candidates they have met through a hurtigspor case.' },
  employer_outcome_own_openings: { kind: 'forbidden', when: "An employer reports an outcome that is not of its own opening", nb: 'En arbeidsgiver kan bare melde utfall for sine egne stillinger.', en: 'Employers report outcomes of their own openings only.' },
  ranking_other_owner: { kind: 'forbidden', when: 'The ranking was made by another key or organisation', nb: 'Rangeringen ble laget av en annen nøkkel eller organisasjon.', en: 'This ranking was made by another key or organisation.' },
  share_owner_only: { kind: 'forbidden', when: 'An organisation a candidate is shared with tries to share it on or end a share', nb: 'Bare organisasjonen som eier kandidaten, kan dele den med andre.', en: 'Only the organisation that owns the candidate shares it with others.' },
  organisation_required: { kind: 'forbidden', when: 'A key or user without an organisation (from before ownership) registers a candidate', nb: 'Nøkkelen eller brukeren hører ikke til noen organisasjon, så den kan ikke registrere kandidater. Be en administrator om en ny.', en: 'This key or user belongs to no organisation, so it cannot register candidates. Ask an admin for a new one.' },
  mentor_other_organisation: { kind: 'forbidden', when: 'A coordinator changes a mentor of another organisation’s open pool', nb: 'Mentoren hører til et annet mentorprogram; bare det kan endre mentoren.', en: 'This mentor belongs to another mentor programme; only that programme changes the mentor.' },
  career_centre_only: { kind: 'forbidden', when: 'Someone other than a career centre maps competence', nb: 'Bare et karrieresenter kan kartlegge kompetanse.', en: 'Only a career centre maps competence.' },
  mapping_other_centre: { kind: 'forbidden', when: 'A career centre changes a mapping made by another', nb: 'Kartleggingen ble gjort av et annet karrieresenter; bare det senteret kan endre den.', en: 'This mapping was made by another career centre; only that centre can change it.' },
  case_step_parties_only: { kind: 'forbidden', when: 'An admin takes a case step that is for its parties', nb: 'Bare partene i saken kan flytte den til «{to}»; en administrator kan bare lukke den.', en: 'Only the case’s parties move it to “{to}”; an admin may only close it.' },
  case_step_other_side: { kind: 'forbidden', when: "A case step is the other side's decision", nb: 'Det er {owner} som avgjør om saken går fra «{from}» til «{to}».', en: 'Moving a case from “{from}” to “{to}” is the decision of {owner}.' },

  // Hurtigspor
  case_version_stale: { kind: 'conflict', when: '`expectedVersion` is not the case’s version: reload the case', nb: 'Saken er endret siden versjon {seen}; den er nå på versjon {current}. Last den inn på nytt.', nn: 'Saka er endra sidan versjon {seen}; ho er no på versjon {current}. Last ho inn på nytt.', en: 'The case has changed since version {seen}; it is now at version {current}. Reload it.' },
  share_not_found: { kind: 'notFound', when: 'The candidate is not shared with that organisation', nb: 'Kandidaten er ikke delt med den organisasjonen.', en: 'The candidate is not shared with that organisation.' },
  version_required: { kind: 'conflict', when: 'An update names no version (If-Match or `version`): every update of a record people edit must', nb: 'Send med versjonen du så av oppføringen ({resource}), i If-Match eller som «version», så ingen andres endring blir skrevet over.', en: 'Send the version of the {resource} you saw, as If-Match or as “version”, so no one else’s change is overwritten.' },
  version_stale: { kind: 'conflict', when: 'The version an update names is not the record’s: someone changed it since; reload it', nb: 'Noen har endret denne oppføringen ({resource}) siden du så versjon {seen}; den er nå på versjon {current}. Last inn på nytt og prøv igjen.', en: 'This {resource} has changed since version {seen}; it is now at version {current}. Reload it and try again.' },
  changed_meanwhile: { kind: 'conflict', when: 'Someone else changed the record between the check and the write: reload it', nb: 'Noen andre endret dette i mellomtiden. Last det inn på nytt og prøv igjen.', en: 'Someone else changed this meanwhile. Reload it and try again.' },
  case_step_not_allowed: { kind: 'conflict', when: 'The case cannot take that step from its state', nb: 'Saken kan ikke gå fra «{from}» til «{to}».', en: 'A case in “{from}” cannot move to “{to}”.' },
  case_step_confirmed: { kind: 'conflict', when: 'This side has already confirmed the two-sided step', nb: '{side} har allerede bekreftet «{to}»; nå venter saken på {other}.', en: '{side} has already confirmed “{to}”; waiting for {other}.' },
  consent_missing: { kind: 'conflict', when: 'The candidate has not given the consent the step needs: ask for consent', nb: 'Kandidaten har ikke samtykket til {consent}.', nn: 'Kandidaten har ikkje samtykt til {consent}.', en: 'The candidate has not consented to {consent}.' },
  candidate_deleted: { kind: 'conflict', when: "The case's candidate was deleted; the case can only be closed", nb: 'Kandidaten finnes ikke lenger; saken kan bare lukkes.', en: 'The candidate’s record no longer exists; the case can only be closed.' },
  open_case_exists: { kind: 'conflict', when: 'The candidate already has an open case for this need or opening', nb: 'Kandidaten har allerede en åpen hurtigspor-sak for dette behovet eller denne stillingen.', en: 'This candidate already has an open hurtigspor case for this need or opening.' },
  opening_not_open: { kind: 'conflict', when: 'A case is started for an opening that is filled or closed', nb: 'Stillingen er {status}; en sak trenger en åpen stilling.', en: 'The opening is {status}; a case needs an open one.' },
  idempotency_key_reused: { kind: 'unprocessable', when: 'The Idempotency-Key was used for a different request', nb: 'Denne Idempotency-Key er brukt til en annen forespørsel; bruk en ny nøkkel til en ny forespørsel.', en: 'This Idempotency-Key was used for a different request; use a new key for a new request.' },

  // Accounts
  email_taken: { kind: 'conflict', when: 'A user with this e-mail address exists already (case does not matter)', nb: 'Det finnes allerede en bruker med denne e-postadressen.', en: 'A user with this e-mail address exists already.' },
  user_not_invited: { kind: 'conflict', when: 'An invite is sent again to a user who is no longer invited', nb: 'Brukeren er {status}; bare inviterte brukere kan få en ny invitasjon. Be brukeren velge «Glemt passord».', en: 'The user is {status}; only invited users get a new invite. Ask them to use “Forgot password”.' },
  account_link_invalid: { kind: 'unprocessable', when: 'An invite or reset link is unknown, used already, or expired: ask for a new one', nb: 'Lenken er ugyldig, brukt eller utløpt. Be om en ny lenke.', nn: 'Lenkja er ugyldig, brukt eller gått ut. Be om ei ny lenkje.', en: 'The link is invalid, used or expired. Ask for a new one.' },
  oidc_not_configured: { kind: 'notFound', when: 'Single sign-on is asked for, but OIDC_ISSUER is not set', nb: 'Innlogging med virksomhetskonto er ikke satt opp.', en: 'Single sign-on is not set up.' },

  // Mentors and mentorships
  capacity_full: { kind: 'conflict', when: 'The mentor has no free places', nb: 'Mentoren har ingen ledige plasser.', nn: 'Mentoren har ingen ledige plassar.', en: 'The mentor has no free places.' },
  match_excluded: { kind: 'conflict', when: 'A hard rule excludes the pair (other than consent and capacity)', nb: '{reason}.', en: '{reason}.' },
  open_mentorship_exists: { kind: 'conflict', when: 'The pair already has a proposed or active mentorship', nb: 'Kandidaten og mentoren har allerede et foreslått eller aktivt mentorskap.', en: 'This candidate and mentor already have a proposed or active mentorship.' },
  mentorship_step_not_allowed: { kind: 'conflict', when: 'The mentorship cannot take that status from its status', nb: 'Et mentorskap som er «{from}», kan ikke bli «{to}».', en: 'A “{from}” mentorship cannot become “{to}”.' },
  mentorship_answer_link_invalid: { kind: 'notFound', when: 'A mentor’s answer link is unknown (mistyped, cut short or forged)', nb: 'Lenken er ugyldig. Sjekk at du har med hele lenken fra e-posten.', nn: 'Lenkja er ugyldig. Sjekk at du har med heile lenkja frå e-posten.', en: 'The link is not valid. Check that you have the whole link from the e-mail.' },
  mentorship_answer_link_expired: { kind: 'unprocessable', when: 'A mentor’s answer link is older than its 14 days: the coordinator proposes again', nb: 'Lenken gjaldt i {days} dager og er utløpt. Ta kontakt med koordinatoren.', nn: 'Lenkja galdt i {days} dagar og har gått ut. Ta kontakt med koordinatoren.', en: 'The link was valid for {days} days and has expired. Contact the coordinator.' },
  mentorship_already_answered: { kind: 'conflict', when: 'The mentor has answered the proposal already (each link works once)', nb: 'Du har allerede svart på dette forslaget.', nn: 'Du har allereie svart på dette forslaget.', en: 'You have already answered this proposal.' },
  mentorship_answer_closed: { kind: 'conflict', when: 'The proposal was ended or changed before the mentor answered', nb: 'Forslaget er ikke lenger åpent; koordinatoren har endret eller avsluttet det.', nn: 'Forslaget er ikkje lenger ope; koordinatoren har endra eller avslutta det.', en: 'The proposal is no longer open; the coordinator has changed or ended it.' },
  assignment_confirmed: { kind: 'conflict', when: 'The cohort assignment is confirmed already', nb: 'Denne fordelingen er allerede bekreftet.', en: 'This assignment is confirmed already.' },
  synonym_exists: { kind: 'conflict', when: 'The skill has the synonym already', nb: 'Ferdigheten har allerede synonymet «{label}».', en: 'The skill already has the synonym “{label}”.' },
  too_few_outcomes: { kind: 'unprocessable', when: 'Too few recorded outcomes to suggest weights', nb: 'Et forslag trenger positive utfall for minst {min} {what} som kan rangeres; det finnes {count}.', en: 'A suggestion needs positive outcomes for at least {min} {what} it can rank; there are {count}.' },

  // CSV import
  csv_wrong_media_type: { kind: 'unsupportedMediaType', when: 'The import body is not text/csv', nb: 'Send filen som text/csv (UTF-8), ikke {given}.', en: 'Send the file as text/csv (UTF-8), not {given}.' },
  csv_empty: { kind: 'badRequest', when: 'The file is empty', nb: 'Filen er tom: send en overskriftslinje med kolonnenavnene og så én linje per kandidat.', en: 'The file is empty: send a header line with the column names, then one line per candidate.' },
  csv_binary: { kind: 'badRequest', when: 'The file holds binary data', nb: 'Filen inneholder binære data, ikke CSV-tekst.', en: 'The file holds binary data, not CSV text.' },
  csv_not_utf8: { kind: 'badRequest', when: 'The file is not UTF-8 text', nb: 'Filen er ikke UTF-8-tekst (eller har ugyldige tegn): lagre den som «CSV UTF-8» og send den på nytt.', en: 'The file is not UTF-8 text (or holds invalid characters): save it as “CSV UTF-8” and send it again.' },
  csv_quote_not_closed: { kind: 'badRequest', when: 'A quoted field is never closed', nb: 'Filen er ikke gyldig CSV: et felt i anførselstegn i raden som starter på linje {line}, blir aldri lukket.', en: 'The file is not valid CSV: the quoted field in the row that starts on line {line} is never closed.' },
  csv_row_too_long: { kind: 'badRequest', when: 'One row is longer than a row can be', nb: 'Filen er ikke gyldig CSV: raden som starter på linje {line}, er lengre enn {kb} KB (et anførselstegn som ikke er lukket, eller ikke en CSV-fil).', en: 'The file is not valid CSV: the row that starts on line {line} is longer than {kb} KB (an unclosed quote, or not a CSV file).' },
  csv_invalid: { kind: 'badRequest', when: 'The file breaks the CSV format on a line', nb: 'Filen er ikke gyldig CSV: linje {line}: {reason}.', en: 'The file is not valid CSV: line {line}: {reason}.' },
  csv_header_invalid: { kind: 'validation', when: 'The header line has unknown, repeated or missing columns; `errors` names them', nb: 'Overskriftslinjen passer ikke til importen: {parts}. Det er forskjell på store og små bokstaver i kolonnenavn.', en: 'The header line does not fit the import: {parts}. Column names are case-sensitive.' },
  csv_no_rows: { kind: 'badRequest', when: 'The file has a header line but no rows', nb: 'Filen har en overskriftslinje, men ingen rader med data.', en: 'The file has a header line but no data rows.' },
  csv_too_many_rows: { kind: 'payloadTooLarge', when: 'The file has more rows than an import takes', nb: 'En import kan ha høyst {max} rader; del opp filen.', en: 'An import holds at most {max} rows; split the file.' },
  import_rejected: { kind: 'importRejected', when: 'Rows have errors and mode is `all`: nothing was written; `report` lists every row', nb: '{failed} av {total} rader har feil, så ingenting ble lagret. {next}', en: '{failed} of {total} rows have errors, so nothing was written. {next}' },
  import_changed_meanwhile: { kind: 'conflict', when: 'Candidates of the file changed during the import: send it again', nb: 'Kandidater i denne filen ble endret mens den ble importert; send filen på nytt.', en: 'Candidates in this file changed while it was being imported; send the file again.' },
  import_concurrent: { kind: 'conflict', when: 'Another import created the same candidates at the same time: send it again', nb: 'En annen import opprettet noen av disse kandidatene samtidig; send filen på nytt.', en: 'Another import created some of these candidates at the same time; send the file again.' },

  // Field errors: what a request's fields (or an import's cells) get wrong
  required: { kind: 'field', when: 'A required field is missing (or null)', nb: 'Mangler: {field}', nn: 'Manglar: {field}', en: 'Missing: {field}' },
  required_when: { kind: 'field', when: 'A field required by another field’s value is missing', nb: 'Mangler: {field} (kreves når {other} er «{value}»)', en: 'Missing: {field} (required when {other} is “{value}”)' },
  if_match_version: { kind: 'field', when: 'If-Match is not a version number', nb: '{field} må være versjonen du så, for eksempel "3"', en: '{field} must be the version you saw, for example "3"' },
  version_differs: { kind: 'field', when: 'The body’s version differs from If-Match', nb: '{field} er en annen enn i If-Match; send versjonen bare ett sted', en: '{field} differs from If-Match; send the version in one place only' },
  owner_admin_only: { kind: 'field', when: 'Someone but an admin names the owner of a new candidate', nb: '{field} settes bare av en administrator; kandidaten hører til organisasjonen din', en: '{field} is set by admins only; the candidate belongs to your organisation' },
  candidate_organisation_employer: { kind: 'field', when: 'A candidate is to belong to or be shared with an employer', nb: '{field} må være en kommune, en frivilligsentral eller et karrieresenter, ikke en arbeidsgiver', en: '{field} must be a kommune, a volunteer centre or a career centre, not an employer' },
  share_with_owner: { kind: 'field', when: 'A candidate is shared with the organisation that owns it', nb: '{field} er organisasjonen som eier kandidaten', en: '{field} is the organisation that owns the candidate' },
  consent_text_outdated: { kind: 'field', when: 'Consent is recorded against a consent text that is no longer the one in force: show the candidate the current text', nb: '{field}: samtykketeksten «{value}» gjelder ikke lenger; vis kandidaten teksten som gjelder nå (versjon {current})', nn: '{field}: samtykketeksten «{value}» gjeld ikkje lenger; vis kandidaten teksten som gjeld no (versjon {current})', en: '{field}: consent text “{value}” is no longer in force; show the candidate the current text (version {current})' },
  unknown_field: { kind: 'field', when: 'The request has a field the route does not take', nb: 'Ukjent felt: {field}', en: 'Unknown field: {field}' },
  expected_list_of: { kind: 'field', when: 'A list of objects is something else, or holds something else', nb: '{field} må være en liste av {shape}', en: '{field} must be a list of {shape}' },
  expected_object: { kind: 'field', when: 'An object is something else', nb: '{field} må være et objekt {shape}', en: '{field} must be an object {shape}' },
  expected_list: { kind: 'field', when: 'A list is something else', nb: '{field} må være en liste', en: '{field} must be a list' },
  not_string: { kind: 'field', when: 'Text is something else', nb: '{field} må være tekst', en: '{field} must be text' },
  empty: { kind: 'field', when: 'Text or a list is empty', nb: '{field} kan ikke være tom', en: '{field} must not be empty' },
  empty_object: { kind: 'field', when: 'An object has no fields', nb: '{field} kan ikke være et tomt objekt', en: '{field} must not be an empty object' },
  too_long: { kind: 'field', when: 'Text is longer than allowed', nb: '{field} kan ha høyst {max} tegn', en: '{field} must be at most {max} characters' },
  too_short: { kind: 'field', when: 'Text is shorter than allowed', nb: '{field} må ha minst {min} tegn', en: '{field} must be at least {min} characters' },
  not_one_of: { kind: 'field', when: 'A value is not one of the allowed values', nb: '{field} må være en av: {allowed}', en: '{field} must be one of: {allowed}' },
  not_integer: { kind: 'field', when: 'A whole number is something else', nb: '{field} må være et heltall', en: '{field} must be a whole number' },
  not_number: { kind: 'field', when: 'A number is something else', nb: '{field} må være et tall', en: '{field} must be a number' },
  too_small: { kind: 'field', when: 'A number is below its minimum', nb: '{field} må være minst {min}', en: '{field} must be at least {min}' },
  too_large: { kind: 'field', when: 'A number is above its maximum', nb: '{field} kan være høyst {max}', en: '{field} must be at most {max}' },
  not_boolean: { kind: 'field', when: 'true/false is something else', nb: '{field} må være true eller false', en: '{field} must be true or false' },
  not_uuid: { kind: 'field', when: 'An id is not a UUID', nb: '{field} må være en id (UUID)', en: '{field} must be an id (UUID)' },
  not_date: { kind: 'field', when: 'A date or date-time is not ISO 8601', nb: '{field} må være en dato eller et tidspunkt (ISO 8601)', en: '{field} must be a date or date-time (ISO 8601)' },
  not_calendar_date: { kind: 'field', when: 'A date does not exist in the calendar', nb: '{field}: {value} er ikke en dato som finnes', en: '{field}: {value} is not a calendar date' },
  invalid_date_format: { kind: 'field', when: 'A date is not YYYY-MM-DD', nb: '{field} må være en dato på formen ÅÅÅÅ-MM-DD', en: '{field} must be a date YYYY-MM-DD' },
  invalid_kommunenummer: { kind: 'field', when: 'A kommunenummer is not 4 digits', nb: '{field} må være et kommunenummer med fire sifre', en: '{field} must be a 4-digit kommunenummer' },
  invalid_styrk_code: { kind: 'field', when: 'An occupation code is not 4 digits (STYRK-08)', nb: '{field} må være en yrkeskode (STYRK-08) med fire sifre', en: '{field} must be a 4-digit STYRK-08 occupation code' },
  invalid_county: { kind: 'field', when: 'A county number is not 2 digits', nb: '{field} må være et fylkesnummer med to sifre', en: '{field} must be a 2-digit county number' },
  invalid_language_code: { kind: 'field', when: 'A language code is not ISO 639-1', nb: '{field} må være en språkkode (ISO 639-1), for eksempel «ar» eller «nb»', en: '{field} must be an ISO 639-1 language code such as “ar” or “nb”' },
  invalid_country_code: { kind: 'field', when: 'A country code is not ISO 3166-1 alpha-2', nb: '{field} må være en landkode (ISO 3166-1 alfa-2), for eksempel «SY» eller «UA»', en: '{field} must be an ISO 3166-1 alpha-2 country code such as “SY” or “UA”' },
  invalid_url: { kind: 'field', when: 'A URL is not http(s)', nb: '{field} må være en adresse som begynner med http:// eller https://', en: '{field} must be an http:// or https:// URL' },
  invalid_event_type: { kind: 'field', when: 'An event type is not a type or a prefix', nb: '{field} må være hendelsestyper som hurtigspor.case.transitioned eller prefikser som hurtigspor.*', en: '{field} must be event types like hurtigspor.case.transitioned or prefixes like hurtigspor.*' },
  event_types_empty: { kind: 'field', when: 'A webhook’s event types are an empty list', nb: '{field} kan ikke være en tom liste; utelat feltet for å få alle hendelser', en: '{field} must not be empty; leave it out to receive every event' },
  too_many_items: { kind: 'field', when: 'A list is longer than allowed', nb: '{field} kan ha høyst {max} elementer', en: '{field} must have at most {max} items' },
  too_few_items: { kind: 'field', when: 'A list is shorter than allowed', nb: '{field} må ha minst {min} elementer', en: '{field} must have at least {min} items' },
  duplicate_items: { kind: 'field', when: 'A list repeats an item', nb: '{field} kan ikke ha det samme elementet flere ganger', en: '{field} must not repeat an item' },
  invalid_value: { kind: 'field', when: 'A value is wrong in a way no other code names', nb: '{field} har en ugyldig verdi', en: '{field} has an invalid value' },
  not_clearable: { kind: 'field', when: 'A PATCH sets a field to null that cannot be cleared', nb: '{field} kan ikke settes til null', en: '{field} cannot be null' },
  not_after: { kind: 'field', when: 'A start date is after its end date', nb: '{field} kan ikke være etter {other}', en: '{field} must not be after {other}' },
  not_before: { kind: 'field', when: 'An end date is before its start date', nb: '{field} kan ikke være før {other}', en: '{field} must not be before {other}' },
  in_future: { kind: 'field', when: 'A date that has happened lies in the future', nb: '{field} kan ikke ligge fram i tid', en: '{field} cannot be in the future' },
  unstorable_character: { kind: 'field', when: 'Text holds NUL or half of a UTF-16 surrogate pair, which the database cannot store', nb: '{field} har et tegn som ikke kan lagres (NUL eller en halv UTF-16-surrogat)', en: '{field} holds a character that cannot be stored (NUL or half of a UTF-16 surrogate pair)' },
  webhook_target_private: { kind: 'field', when: 'A webhook URL resolves to a loopback, private, link-local or metadata address', nb: '{field} peker på en intern adresse (loopback, privat nett, link-local eller metadata). Webhooks kan bare sendes til offentlige adresser.', en: '{field} points at an internal address (loopback, private network, link-local or metadata). Webhooks can only be sent to public addresses.' },
  webhook_target_unresolvable: { kind: 'field', when: "A webhook URL's host name is not in DNS", nb: '{field} har et vertsnavn som ikke finnes i DNS. Sjekk stavingen, eller registrer webhooken når navnet er satt opp.', en: '{field} has a host name that DNS does not know. Check the spelling, or register the webhook once the name is set up.' },
  webhook_target_invalid: { kind: 'field', when: 'A webhook URL is not http(s), or holds a user name or password', nb: '{field} må være en http://- eller https://-adresse uten brukernavn eller passord.', en: '{field} must be an http:// or https:// URL without a user name or password.' },
  unknown_kommunenummer: { kind: 'field', when: 'A kommunenummer is not in the reference data', nb: '{field}: {value} er ikke et kjent kommunenummer (nummereringen fra 2024)', en: '{field}: {value} is not a known kommunenummer (2024 numbering)' },
  municipality_renumbered: { kind: 'field', when: 'A kommunenummer of 2020–2023 that changed in 2024: the message names the one to use', nb: '{oldCode} {oldName} heter {code} {name} fra 2024', en: '{oldCode} {oldName} is {code} {name} from 2024' },
  municipality_leading_zero: { kind: 'field', when: 'A three-digit kommunenummer that lost its leading zero (Excel: 301 for 0301)', nb: '«{value}» mangler trolig en null foran: kommunenummer har fire sifre ({code} {name})', en: '“{value}” probably lost its leading zero: a kommunenummer has four digits ({code} {name})' },
  unknown_styrk_code: { kind: 'field', when: 'An occupation code is not in STYRK-08', nb: '{field}: {value} er ikke en kjent yrkeskode (STYRK-08)', en: '{field}: {value} is not a known STYRK-08 occupation code' },
  pair_outside_cohort: { kind: 'field', when: 'A fixed pair of a cohort plan names a candidate outside candidateIds', nb: '{field}: kandidaten er ikke med i kohorten (candidateIds)', en: '{field}: the candidate is not in the cohort (candidateIds)' },
  fixed_pair_not_allowed: { kind: 'field', when: 'A fixed pair of a cohort plan breaks a hard rule or exceeds the mentor’s free places', nb: '{field}: paret kan ikke beholdes: {reason}', en: '{field}: the pair cannot be kept: {reason}' },
  pair_not_in_plan: { kind: 'field', when: 'A pair to confirm is not one of the plan’s proposed pairs', nb: '{field}: paret er ikke blant parene i forslaget', en: '{field}: the pair is not one of the proposed pairs' },
  unknown_record: { kind: 'field', when: 'A field names a record that does not exist', nb: '{field}: fant ingen {resource} med id «{value}»', en: '{field}: no {resource} with id “{value}” exists' },
  unknown_county: { kind: 'field', when: 'A county number is not a known county', nb: '{field}: {value} er ikke et kjent fylkesnummer', en: '{field}: {value} is not a known county number' },
  one_of_need_or_opening: { kind: 'field', when: 'A case names both or neither of a need and an opening', nb: 'Oppgi enten needId eller openingId, ikke begge', en: 'Give exactly one of needId and openingId' },
  reason_only_when_closing: { kind: 'field', when: 'A close reason is given with a step other than `closed`', nb: '{field} oppgis bare når saken lukkes (to: closed)', en: '{field} is given only with to: closed' },
  idempotency_key_invalid: { kind: 'field', when: 'The Idempotency-Key header is malformed', nb: '{field} må være 1–200 synlige ASCII-tegn', en: '{field} must be 1–200 visible ASCII characters' },
  timeframe_needs_date: { kind: 'field', when: 'A timeframe has neither a from nor a to date', nb: '{field} trenger en fra-dato eller en til-dato', en: '{field} needs a from or a to date' },
  taken_from_opening: { kind: 'field', when: 'A need with an opening also gives a field the opening has', nb: '{field} hentes fra stillingen; utelat feltet når du oppgir openingId', en: "{field} is the opening's; leave it out when giving openingId" },
  mapping_empty: { kind: 'field', when: 'A competence mapping records nothing', nb: 'En kartlegging må ha minst én ferdighet, ett språk, én utdanning eller et notat om realkompetanse', en: 'A mapping records at least one skill, language, education or realkompetanse note' },
  key_needs_organisation: { kind: 'field', when: 'A non-admin key has no organisation', nb: 'En nøkkel med rollen {role} må høre til en organisasjon', en: 'A {role} key must belong to an organisation' },
  admin_key_no_organisation: { kind: 'field', when: 'An admin key names an organisation', nb: 'En administratornøkkel hører ikke til noen organisasjon', en: 'An admin key belongs to no organisation' },
  organisation_wrong_kind: { kind: 'field', when: 'The organisation is of the wrong kind for the role', nb: 'En nøkkel med rollen {role} må høre til en organisasjon av typen {expected}, ikke {actual}', en: 'A {role} key must belong to a {expected} organisation, not a {actual}' },
  user_needs_organisation: { kind: 'field', when: 'A non-admin user has no organisation', nb: 'En bruker med rollen {role} må høre til en organisasjon', en: 'A {role} user must belong to an organisation' },
  admin_user_no_organisation: { kind: 'field', when: 'An admin user names an organisation', nb: 'En administrator hører ikke til noen organisasjon', en: 'An admin belongs to no organisation' },
  user_organisation_wrong_kind: { kind: 'field', when: 'The organisation of a user is of the wrong kind for the role', nb: 'En bruker med rollen {role} må høre til en organisasjon av typen {expected}, ikke {actual}', en: 'A {role} user must belong to a {expected} organisation, not a {actual}' },
  password_too_common: { kind: 'field', when: 'A new password is among the 1,000 most common passwords', nb: '{field} er et av de mest brukte passordene og lett å gjette; velg et annet', en: '{field} is one of the most common passwords and easy to guess; choose another' },
  password_is_email: { kind: 'field', when: 'A new password is the e-mail address', nb: '{field} kan ikke være e-postadressen din', en: '{field} must not be your e-mail address' },
  invalid_phone: { kind: 'field', when: 'A phone number is not 8–15 digits (spaces and a leading + allowed)', nb: '{field} må være et telefonnummer, for eksempel +47 412 34 567', en: '{field} must be a phone number, for example +47 412 34 567' },
  invalid_email: { kind: 'field', when: 'An e-mail address is not one', nb: '{field} må være en e-postadresse', en: '{field} must be an e-mail address' },
  organisation_required_for_admin: { kind: 'field', when: 'An admin creates an opening without naming the employer', nb: 'Mangler: {field} (kreves med en administratornøkkel)', en: 'Missing: {field} (required with an admin key)' },
  not_employer_organisation: { kind: 'field', when: 'The organisation of an opening is not an employer', nb: '{field}: {value} er ikke en arbeidsgiver', en: '{field}: {value} is not an employer organisation' },
  ids_for_profile: { kind: 'field', when: 'Tuning gives the wrong kind of ids for the profile', nb: 'En {matchType}-profil rangerer for {what}: oppgi {expected}', en: 'A {matchType} profile ranks for {what}: give {expected}' },
  unknown_feature: { kind: 'field', when: 'A weight names a feature the match type does not have', nb: '{feature} er ikke en egenskap i {matchType}; egenskapene er {known}', en: '{feature} is not a feature of {matchType}; the features are {known}' },
  weight_out_of_range: { kind: 'field', when: 'A weight is not a number in range', nb: '{field} må være et tall fra 0 til {max}', en: '{field} must be a number from 0 to {max}' },
  no_positive_weight: { kind: 'field', when: 'No weight is above 0', nb: 'Minst én vekt må være større enn 0', en: 'At least one weight must be positive' },
  outcome_needs: { kind: 'field', when: 'An outcome lacks the mentor or opening its type is about', nb: '{type} trenger {what}', en: '{type} needs {what}' },
  outcome_not_about: { kind: 'field', when: 'An outcome names a mentor or opening its type is not about', nb: '{type} gjelder {about}, ikke {what}', en: '{type} is about {about}, not {what}' },
  declined_needs_target: { kind: 'field', when: 'A declined outcome names neither opening nor mentor', nb: 'declined trenger enten stillingen eller mentoren som ble avslått', en: 'declined needs either the opening or the mentor that was declined' },
  praksis_needs_praksis_opening: { kind: 'field', when: 'praksis_started is reported for a job opening', nb: 'praksis_started trenger en praksisplass, ikke en jobb', en: 'praksis_started needs a praksis opening, not a job' },
  csv_unknown_column: { kind: 'field', when: 'The header has a column the import does not know', nb: '{value} er ikke en kolonne i importen; kolonnene er {columns}', en: '{value} is not a column of the import; the columns are {columns}' },
  csv_repeated_column: { kind: 'field', when: 'The header repeats a column', nb: 'Kolonnen {field} står mer enn én gang', en: 'The column {field} appears more than once' },
  csv_missing_column: { kind: 'field', when: 'The header lacks a required column', nb: 'Mangler den påkrevde kolonnen {field}', en: 'The required column {field} is missing' },
  csv_cell_count: { kind: 'field', when: 'A row has another number of cells than the header', nb: 'Raden har {cells} celler, overskriften har {columns} kolonner', en: 'The row has {cells} cells, the header has {columns} columns' },
  csv_not_whole_number: { kind: 'field', when: 'A cell is not a whole number', nb: '{field} må være et heltall, ikke {value}', en: '{field} must be a whole number, got {value}' },
  csv_not_number: { kind: 'field', when: 'A cell is not a number', nb: '{field} må være et tall, ikke {value}', en: '{field} must be a number, got {value}' },
  csv_not_boolean: { kind: 'field', when: 'A cell is not true or false', nb: '{field} må være true eller false, ikke {value}', en: '{field} must be true or false, got {value}' },
  csv_not_cefr: { kind: 'field', when: 'norwegianLevel is not a CEFR level', nb: '{field} må være et CEFR-nivå ({levels}) eller tomt, ikke {value}', en: '{field} must be a CEFR level ({levels}) or empty, got {value}' },
  csv_language_item: { kind: 'field', when: 'A languages item is not code:level', nb: '{field}: {value} må være kode:nivå, for eksempel ar:native eller en:B2', en: '{field}: {value} must be code:level, e.g. ar:native or en:B2' },
  csv_language_repeated: { kind: 'field', when: 'languages gives a language twice', nb: '{field} oppgir {value} mer enn én gang', en: '{field} gives {value} more than once' },
  csv_norwegian_twice: { kind: 'field', when: 'Norwegian is given in languages and in norwegianLevel', nb: 'languages oppgir nb, og det gjør også norwegianLevel: oppgi norsknivået bare ett sted', en: 'languages gives nb, and so does norwegianLevel: give the Norwegian level in one of them' },
  csv_years_need_occupation: { kind: 'field', when: 'experienceYears is given without occupationCode', nb: 'experienceYears trenger en occupationCode som sier hva erfaringen er i', en: 'experienceYears needs an occupationCode to say what the experience is in' },
  csv_ref_repeated: { kind: 'field', when: 'An externalRef appears on more than one row', nb: 'externalRef {value} står flere ganger i filen: {where}', en: 'externalRef {value} appears more than once in the file: {where}' },
} as const satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
type KindOf<C extends ErrorCode> = (typeof ERROR_CATALOGUE)[C]['kind'];
export type FieldCode = { [C in ErrorCode]: KindOf<C> extends 'field' ? C : never }[ErrorCode];
export type ProblemCode = Exclude<ErrorCode, FieldCode>;

/** A parameter: a value shown as it is, a list (joined), or a text in each language. */
export type ParamValue = string | number | readonly (string | number)[] | Text;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
/** The named parameters of a code's message; a field error's `{field}` is filled in from the field. */
export type ParamsOf<C extends ErrorCode> = { [P in Exclude<Placeholders<(typeof ERROR_CATALOGUE)[C]['en']>, 'field'>]: ParamValue } & {
  field?: ParamValue;
};
/** The parameters as a rest argument: optional where a code has none. */
export type ParamsArg<C extends ErrorCode> = keyof Omit<ParamsOf<C>, 'field'> extends never ? [params?: ParamsOf<C>] : [params: ParamsOf<C>];

/** The records a `not_found` or `unknown_record` names, in each language. */
export const RESOURCES = {
  candidate: { nb: 'kandidat', en: 'candidate' },
  mentor: { nb: 'mentor', en: 'mentor' },
  opening: { nb: 'stilling', en: 'opening' },
  case: { nb: 'hurtigspor-sak', en: 'hurtigspor case' },
  need: { nb: 'behov', en: 'need' },
  mentorship: { nb: 'mentorskap', en: 'mentorship' },
  mentorAssignment: { nb: 'mentorfordeling', en: 'mentor assignment' },
  ranking: { nb: 'rangering', en: 'ranking' },
  competenceMapping: { nb: 'kompetansekartlegging', en: 'competence mapping' },
  weightProfile: { nb: 'vektprofil', en: 'weight profile' },
  apiKey: { nb: 'API-nøkkel', en: 'API key' },
  webhook: { nb: 'webhook', en: 'webhook' },
  organisation: { nb: 'organisasjon', en: 'organisation' },
  skill: { nb: 'ferdighet', en: 'skill' },
  user: { nb: 'bruker', en: 'user' },
} as const satisfies Record<string, Text>;
export type Resource = keyof typeof RESOURCES;
