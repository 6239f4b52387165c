/** One message the local Cognito would have sent: to whom, which code, when. */
export interface MailMessage {
  username: string;
  destination: string;
  code: string;
  sentAt: string;
}

/** The messages cognito-local printed during this `npm start`, for the `/_local/mail` page. */
export interface Mailbox {
  /** Parses one printed "Confirmation Code Delivery" box and keeps it; ignores text without a code. */
  record(text: string, sentAt?: Date): void;
  /** Newest first. */
  list(): MailMessage[];
}

/** The most messages kept: a local mailbox, not an archive. */
const KEEP = 200;

/** Reads `Name: value` lines out of a printed box (its border characters stripped). */
export function parseCognitoMessage(text: string): Omit<MailMessage, 'sentAt'> | undefined {
  const fields = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^[\s│|]+|[\s│|]+$/g, '');
    const match = /^(Username|Destination|Code):\s*(.+)$/.exec(line);
    if (match) fields.set(match[1], match[2].trim());
  }
  const code = fields.get('Code');
  if (!code) return undefined;
  return {
    username: fields.get('Username') ?? '',
    destination: fields.get('Destination') ?? '',
    code,
  };
}

/** An in-memory mailbox (messages last as long as the process). */
export function createMailbox(): Mailbox {
  const messages: MailMessage[] = [];
  return {
    record(text, sentAt = new Date()) {
      const message = parseCognitoMessage(text);
      if (!message) return;
      messages.unshift({ ...message, sentAt: sentAt.toISOString() });
      messages.length = Math.min(messages.length, KEEP);
    },
    list: () => [...messages],
  };
}
