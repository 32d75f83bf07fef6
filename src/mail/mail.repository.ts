import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface StoredMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
}

/** Table `stored_mail`: the mail of a service without SMTP_URL. */
@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(mail: { to: string; subject: string; text: string }): Promise<void> {
    await this.dataSource.query(`INSERT INTO stored_mail (to_address, subject, text) VALUES ($1, $2, $3)`, [mail.to, mail.subject, mail.text]);
  }

  /** Newest first. */
  async findPage(limit: number, page: number): Promise<{ items: StoredMail[]; total: number }> {
    const rows: { id: string; to_address: string; subject: string; text: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT id::text, to_address, subject, text, created_at FROM stored_mail ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2`,
      [limit, (page - 1) * limit],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM stored_mail`);
    return { items: rows.map((r) => ({ id: r.id, to: r.to_address, subject: r.subject, text: r.text, createdAt: r.created_at })), total };
  }
}
