export interface InboxMail {
  subject: string;
  text: string;
  to: { address: string }[];
}

/** The SMTP sink's web inbox (MailDev's API): what the partner finds in their mailbox. */
export function mailInbox(webUrl: string) {
  return {
    url: webUrl,
    to: async (address: string): Promise<InboxMail[]> => {
      const response = await fetch(`${webUrl}/api/email`);
      if (!response.ok) throw new Error(`the mail inbox answered ${response.status}`);
      const mails = (await response.json()) as InboxMail[];
      return mails.filter((mail) => mail.to.some((recipient) => recipient.address === address));
    },
  };
}

export type MailInbox = ReturnType<typeof mailInbox>;
