import { IsString, MaxLength } from 'class-validator';
import { UserView } from './user.dto';

export class LoginDto {
  @IsString()
  @MaxLength(320)
  email: string;

  @IsString()
  @MaxLength(1024)
  password: string;
}

/** The logged-in user and the token to send as `X-CSRF-Token` on every write. */
export class SessionView {
  user: UserView;
  /** Send it as the `X-CSRF-Token` header with every POST, PUT, PATCH and DELETE made with the session cookie. */
  csrfToken: string;
}

/** How people can log in here, for the console's login page. */
export class AuthProvidersView {
  /** E-mail and password: always. */
  password: boolean;
  /** "Logg inn med virksomhetskonto" (OpenID Connect): when OIDC_ISSUER is set. */
  oidc: boolean;
}

export class SetPasswordDto {
  /** The token of an invite or reset link (`/passord?token=...`). */
  @IsString()
  @MaxLength(200)
  token: string;

  /** At least 12 characters, not among the 1,000 most common passwords. */
  @IsString()
  @MaxLength(256)
  password: string;
}

export class PasswordResetDto {
  @IsString()
  @MaxLength(320)
  email: string;
}

export class PasswordResetAcceptedView {
  /** For people: a link is on its way if the address has a user (the same text either way). */
  message: string;
}
