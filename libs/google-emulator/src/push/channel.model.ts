export interface Channel {
  id: string;
  resourceId: string;
  resourceUri: string;
  calendarId: string;
  address: string;
  token?: string;
  expiration: number;
  creator: string;
  creatorKind: 'user' | 'serviceAccount';
  lastMessageNumber: number;
  stopped: boolean;
}
