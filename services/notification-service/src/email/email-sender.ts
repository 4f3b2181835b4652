import { createTransport } from 'nodemailer';
import { type DeliveryOutcome, permanent, retryable, sent } from '../delivery/delivery-outcome.ts';

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
  /** Derived from the notification's id, so a message sent again after a crash is the same message to mail clients. */
  messageId: string;
}

export interface EmailSender {
  send(email: Email): Promise<DeliveryOutcome>;
  close(): void;
}

export interface EmailSenderOptions {
  url: string;
  from: string;
  timeoutMs: number;
  connections: number;
}

/** SMTP through nodemailer's pool, so a burst of notifications reuses a few connections. */
export function createEmailSender({ url, from, timeoutMs, connections }: EmailSenderOptions): EmailSender {
  const transport = createTransport({
    url,
    pool: true,
    maxConnections: connections,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  const send = async (email: Email): Promise<DeliveryOutcome> => {
    try {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
        headers: { 'Content-Language': email.language },
      });
      return sent;
    } catch (error) {
      const { responseCode, message } = error as { responseCode?: number; message: string };
      // 5xx is the server's final word on this message (RFC 5321 §4.2.1); 4xx and lost connections are worth a retry.
      if (responseCode !== undefined && responseCode >= 500) return permanent(`the mail server refused it: ${message}`);
      return retryable(`the mail server did not take it: ${message}`);
    }
  };
  return { send, close: () => transport.close() };
}
