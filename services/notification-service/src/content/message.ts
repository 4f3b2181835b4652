/** A composed notification: one source for the e-mail's text and HTML bodies, and the webhook's facts. */
export interface Message {
  language: string;
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Language-neutral facts for the webhook body; only what the trigger needs. */
  facts: Record<string, unknown>;
}

export function textBody(message: Message): string {
  const action = message.action ? [`${message.action.label}: ${message.action.url}`] : [];
  return `${[...message.paragraphs, ...action].join('\n\n')}\n\n-- \ncalbridge\n`;
}

export function htmlBody(message: Message): string {
  const paragraphs = message.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  const action = message.action
    ? [`<p><a href="${escapeHtml(message.action.url)}">${escapeHtml(message.action.label)}</a></p>`]
    : [];
  const body = [...paragraphs, ...action, '<p style="color:#666">calbridge</p>'].join('\n');
  return `<!doctype html>\n<html lang="${escapeHtml(message.language)}"><head><meta charset="utf-8"><title>${escapeHtml(message.subject)}</title></head>\n<body>\n${body}\n</body></html>\n`;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value in the HTML body comes from events and partners, so all of it is escaped. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => entities[char] ?? char);
