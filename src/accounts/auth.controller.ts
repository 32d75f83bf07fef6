import type { SessionRequest } from './sessions.repository';
import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiExcludeEndpoint, ApiHeader, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Public, Roles } from '../common/auth.decorators';
import { ROLES, type Principal } from '../common/principal';
import { ApiBodyExample, ApiProblem } from '../common/openapi';
import { problem } from '../common/problems';
import { LOGIN, PASSWORD_RESET, SET_PASSWORD } from './dto/accounts.examples';
import { AuthProvidersView, LoginDto, PasswordResetAcceptedView, PasswordResetDto, SessionView, SetPasswordDto } from './dto/auth.dto';
import { OidcRefused, OidcService } from './oidc.service';
import { clearSessionCookie, readCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

const OIDC_STATE_COOKIE = 'kobling_oidc_state';
const CSRF_HEADER_DOC = ApiHeader({ name: 'X-CSRF-Token', required: false, description: 'With the session cookie: the `csrfToken` of the session (not needed with an API key).' });

/** Logging in and out: password, single sign-on, password links. See docs/accounts.md. */
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly oidc: OidcService,
  ) {}

  /**
   * Logs in with e-mail and password: sets the session cookie `kobling_session` and answers the
   * user and the CSRF token. A wrong password, an unknown address and an invited or disabled user
   * get the same 401; after 5 failures for the account or 20 from the address within 15 minutes,
   * 429 with `Retry-After`.
   */
  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiBodyExample(LoginDto, LOGIN)
  @ApiOkResponse({ type: SessionView })
  @ApiProblem(401, 'The e-mail address or the password is wrong (the same answer for every reason).')
  @ApiProblem(429, 'Too many failed logins: wait `Retry-After` seconds.')
  async login(@Body() dto: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    const started = await this.sessions.login(dto.email, dto.password, request.ip ?? 'unknown');
    setSessionCookie(response, started.token, this.sessions.cookieSettings);
    return started.view;
  }

  /** The logged-in user and the session's CSRF token; 401 without a live session. */
  @Get('me')
  @Roles(...ROLES)
  @ApiOkResponse({ type: SessionView })
  me(@Req() request: SessionRequest): Promise<SessionView> {
    if (!request.session) throw problem('session_required');
    return this.sessions.me(request.session);
  }

  /** Ends the session and clears the cookie. */
  @Post('logout')
  @Roles(...ROLES)
  @HttpCode(204)
  @CSRF_HEADER_DOC
  @ApiNoContentResponse({ description: 'Logged out.' })
  @ApiProblem(403, 'The session cookie came without its X-CSRF-Token.')
  async logout(@Req() request: SessionRequest, @CurrentPrincipal() actor: Principal, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (!request.session) throw problem('session_required');
    await this.sessions.logout(request.session, actor);
    clearSessionCookie(response, this.sessions.cookieSettings.secure);
  }

  /** Which ways of logging in the console should offer. */
  @Get('providers')
  @Public()
  @ApiOkResponse({ type: AuthProvidersView })
  providers(): AuthProvidersView {
    return { password: true, oidc: this.oidc.enabled };
  }

  /**
   * Sets a password with the token of an invite link (72 hours) or a reset link (1 hour); each
   * link works once. Activates an invited user, ends the user's sessions; does not log in.
   */
  @Post('password')
  @Public()
  @HttpCode(204)
  @ApiBodyExample(SetPasswordDto, SET_PASSWORD)
  @ApiNoContentResponse({ description: 'The password is set; log in with it.' })
  @ApiProblem(422, 'The link is unknown, used or expired.')
  setPassword(@Body() dto: SetPasswordDto): Promise<void> {
    return this.users.setPassword(dto);
  }

  /** E-mails a reset link when the address has a user; the same 202 whether or not it has. */
  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiBodyExample(PasswordResetDto, PASSWORD_RESET)
  @ApiAcceptedResponse({ type: PasswordResetAcceptedView })
  async requestReset(@Body() dto: PasswordResetDto): Promise<PasswordResetAcceptedView> {
    await this.users.requestReset(dto.email);
    return { message: 'Hvis adressen hører til en bruker i Kobling, har vi sendt en e-post med en lenke for å velge nytt passord.' };
  }

  /** A browser navigation, not an API call: redirects to the provider. */
  @Get('oidc/login')
  @Public()
  @ApiExcludeEndpoint()
  async oidcLogin(@Res() response: Response): Promise<void> {
    const { url, state } = await this.oidc.start();
    response.cookie(OIDC_STATE_COOKIE, state, { httpOnly: true, sameSite: 'lax', path: '/api/v1/auth/oidc', secure: this.sessions.cookieSettings.secure, maxAge: 600_000 });
    response.redirect(302, url);
  }

  /** The provider sends the browser back here: a session and the console, or the console's login page with `?feil=<code>`. */
  @Get('oidc/callback')
  @Public()
  @ApiExcludeEndpoint()
  async oidcCallback(@Query() query: Record<string, string>, @Req() request: Request, @Res() response: Response): Promise<void> {
    response.clearCookie(OIDC_STATE_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/api/v1/auth/oidc', secure: this.sessions.cookieSettings.secure });
    try {
      const started = await this.oidc.complete(query, readCookie(request, OIDC_STATE_COOKIE));
      setSessionCookie(response, started.token, this.sessions.cookieSettings);
      response.redirect(302, this.oidc.base);
    } catch (error) {
      if (!(error instanceof OidcRefused)) throw error;
      response.redirect(302, new URL(`logg-inn?feil=${error.reason}`, this.oidc.base).href);
    }
  }
}
