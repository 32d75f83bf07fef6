import { Global, Logger, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SecretBox } from './secret-box';
import { SecretsRepository } from './secrets.repository';
import { loadSecretKey } from './secret-key';

/** One SecretBox for the repositories that keep secrets (webhooks, the pseudonym key in SecretsRepository). */
@Global()
@Module({
  providers: [
    {
      provide: SecretBox,
      inject: [APP_CONFIG],
      useFactory: ({ secrets }: AppConfig) => {
        if (secrets.warnWithoutKey) {
          new Logger('Secrets').warn(
            `KOBLING_SECRET_KEY is not set: secrets are encrypted with a key generated into ${secrets.keyFile}. ` +
              'In production set KOBLING_SECRET_KEY (see docs/operations.md, "Secrets and rotation").',
          );
        }
        return new SecretBox(loadSecretKey(secrets), secrets.previousKey);
      },
    },
    SecretsRepository,
  ],
  exports: [SecretBox, SecretsRepository],
})
export class SecretsModule {}
