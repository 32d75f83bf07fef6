import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SecretBox } from './secret-box';

/** The service's own secrets in `app_secrets`, sealed at rest with the SecretBox. */
@Injectable()
export class SecretsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly box: SecretBox,
  ) {}

  /**
   * The key behind employers' refs. A value still in plain text (from before encryption at rest)
   * or under the previous key is re-encrypted here, once.
   */
  async pseudonymSecret(): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: { value: string }[] = await manager.query(`SELECT value FROM app_secrets WHERE name = 'pseudonym' FOR UPDATE`);
      const { value, current } = this.box.open(row.value);
      if (!current) await manager.query(`UPDATE app_secrets SET value = $1 WHERE name = 'pseudonym'`, [this.box.seal(value)]);
      return value;
    });
  }
}
