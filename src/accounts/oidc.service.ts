import { Inject, Injectable, Logger } from '@nestjs/common';
import { BaseClient, generators, Issuer } from 'openid-client';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { problem } from '../common/problems';
import { hashToken, SessionsService, StartedSession } from './sessions.service';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

/** Why a single sign-on ended on the console's login page instead of in a session. */
export type OidcFailure = 'oidc_no_access' | 'oidc_failed';

export class OidcRefused extends Error {
  constructor(readonly reason: OidcFailure) {
    super(reason);
  }
}

/**
 * "Logg inn med virksomhetskonto": OpenID Connect authorization code flow with PKCE, state and
 * nonce (openid-client 5, the CommonJS line; 6 is ESM-only). The login in flight is kept in
 * `oidc_logins` under the state's hash and bound to the browser by a cookie holding the state.
 * Only users an admin has created (invited or active) get in, matched by e-mail; nobody signs
 * themselves up.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OIDC');
  private client?: Promise<BaseClient>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsRepository,
    private readonly sessionService: SessionsService,
    private readonly users: UsersRepository,
  ) {}

  get enabled(): boolean {
    return this.config.accounts.oidc !== undefined;
  }

  /** Where people land: PUBLIC_URL, or this host's own address. */
  get base(): string {
    const base = this.config.publicUrl?.href ?? `http://localhost:${this.config.port}/`;
    return base.endsWith('/') ? base : `${base}/`;
  }

  get redirectUri(): string {
    return new URL('api/v1/auth/oidc/callback', this.base).href;
  }

  /** The provider's authorization URL, and the state for the browser's cookie. */
  async start(): Promise<{ url: string; state: string }> {
    if (!this.enabled) throw problem('oidc_not_configured');
    const client = await this.getClient();
    const state = generators.state();
    const nonce = generators.nonce();
    const codeVerifier = generators.codeVerifier();
    await this.sessions.insertOidcLogin(hashToken(state), nonce, codeVerifier);
    const url = client.authorizationUrl({
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: generators.codeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, state };
  }

  /** Completes the login the provider sent back: a session for the user of that e-mail, or OidcRefused. */
  async complete(query: Record<string, string>, cookieState: string | undefined): Promise<StartedSession> {
    if (!this.enabled) throw problem('oidc_not_configured');
    const state = query.state;
    if (!state || !cookieState || state !== cookieState) throw new OidcRefused('oidc_failed');
    const pending = await this.sessions.takeOidcLogin(hashToken(state));
    if (!pending) throw new OidcRefused('oidc_failed');
    let email: string | undefined;
    try {
      const client = await this.getClient();
      const tokens = await client.callback(this.redirectUri, client.callbackParams(`${this.redirectUri}?${new URLSearchParams(query)}`), {
        state,
        nonce: pending.nonce,
        code_verifier: pending.codeVerifier,
      });
      email = tokens.claims().email as string | undefined;
      if (!email && tokens.access_token) email = (await client.userinfo(tokens.access_token)).email as string | undefined;
    } catch (error) {
      this.logger.warn(`Single sign-on failed: ${error instanceof Error ? error.message : String(error)}`);
      throw new OidcRefused('oidc_failed');
    }
    const user = email ? await this.users.findByEmail(email.trim().toLowerCase()) : null;
    if (!user || user.status === 'disabled') throw new OidcRefused('oidc_no_access');
    return this.sessionService.start(user, 'oidc');
  }

  private getClient(): Promise<BaseClient> {
    const { issuer, clientId, clientSecret } = this.config.accounts.oidc!;
    this.client ??= Issuer.discover(issuer).then(
      (found) => new found.Client({ client_id: clientId, client_secret: clientSecret, redirect_uris: [this.redirectUri], response_types: ['code'] }),
    );
    // A provider that was down is asked again next time.
    this.client.catch(() => (this.client = undefined));
    return this.client;
  }
}
