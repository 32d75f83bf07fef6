import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailRepository, StoredMail } from './mail.repository';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends the service's e-mail: through SMTP_URL, or without it (the embedded default) into the
 * `stored_mail` table, which admins read at GET /api/v1/dev/mail.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailRepository,
  ) {}

  onModuleInit(): void {
    if (this.config.accounts.smtpUrl) {
      this.transport = createTransport(this.config.accounts.smtpUrl);
    } else {
      this.logger.log('No SMTP_URL: e-mail (invites, password links) is stored in the database and listed for admins at GET /api/v1/dev/mail');
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  get stored(): boolean {
    return !this.transport;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) {
      await this.mail.insert(mail);
      return;
    }
    await this.transport.sendMail({ from: this.config.accounts.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
  }

  list(limit: number, page: number): Promise<{ items: StoredMail[]; total: number }> {
    return this.mail.findPage(limit, page);
  }
}
