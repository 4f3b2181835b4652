export interface ServiceAccountKeyMaterial {
  keyId: string;
  clientId: string;
  publicKeyPem: string;
  privateKeyPem: string;
  domainWideDelegation: boolean;
}

export interface Account {
  email: string;
  kind: 'user' | 'serviceAccount';
  serviceAccount?: ServiceAccountKeyMaterial;
  /** Calendars shared with the account that it added to its list itself (calendarList.insert). */
  calendarList?: string[];
}
