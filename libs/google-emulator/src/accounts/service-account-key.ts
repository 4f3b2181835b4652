import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import { hexId, numericId } from '../ids/random-ids.ts';
import type { ServiceAccountKeyMaterial } from './account.model.ts';

const generateRsaKeyPair = promisify(generateKeyPair);

export async function createKeyMaterial(domainWideDelegation: boolean): Promise<ServiceAccountKeyMaterial> {
  const { publicKey, privateKey } = await generateRsaKeyPair('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    keyId: hexId(20),
    clientId: numericId(21),
    publicKeyPem: publicKey,
    privateKeyPem: privateKey,
    domainWideDelegation,
  };
}

/** The JSON key file the Cloud console hands out; `token_uri` points at the emulator, though clients ignore it. */
export function renderKeyFile(email: string, key: ServiceAccountKeyMaterial, baseUrl: string): Record<string, string> {
  return {
    type: 'service_account',
    project_id: 'calbridge-emulator',
    private_key_id: key.keyId,
    private_key: key.privateKeyPem,
    client_email: email,
    client_id: key.clientId,
    auth_uri: `${baseUrl}/o/oauth2/auth`,
    token_uri: `${baseUrl}/token`,
    auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(email)}`,
    universe_domain: 'googleapis.com',
  };
}
