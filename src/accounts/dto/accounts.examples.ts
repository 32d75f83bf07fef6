import type { LoginDto, PasswordResetDto, SetPasswordDto } from './auth.dto';
import type { CreateUserDto, UpdateUserDto } from './user.dto';

export const LOGIN: LoginDto = { email: 'kari.nordmann@bergen.kommune.no', password: 'lang-og-personlig-passordfrase' };
export const SET_PASSWORD: SetPasswordDto = { token: 'Wm9vX2V4YW1wbGVfdG9rZW5fZnJvbV90aGVfbGluaw', password: 'lang-og-personlig-passordfrase' };
export const PASSWORD_RESET: PasswordResetDto = { email: 'kari.nordmann@bergen.kommune.no' };
export const CREATE_USER: CreateUserDto = { email: 'drift@kobling.no', name: 'Drift Kobling', role: 'admin' };
export const UPDATE_USER: UpdateUserDto = { status: 'disabled' };
