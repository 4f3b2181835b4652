/** The authenticated caller of a Calendar API request. */
export interface Principal {
  email: string;
  kind: 'user' | 'serviceAccount';
  scopes: string[];
}
