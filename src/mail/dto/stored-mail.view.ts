export class StoredMailView {
  id: string;
  /** The recipient's address. */
  to: string;
  subject: string;
  /** The plain-text body, links included. */
  text: string;
  createdAt: Date;
}
