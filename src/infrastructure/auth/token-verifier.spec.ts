import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, importSPKI, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import type { TokenKey } from './auth-settings';
import { createTokenVerifier, TokenRefusal } from './token-verifier';

const issuer = 'https://id.example.org';
const audience = 'sijill';
const now = (): number => Math.floor(Date.now() / 1000);

const sign = (key: KeyLike | Uint8Array, alg: string, claims: JWTPayload = {}, kid?: string): Promise<string> =>
  new SignJWT({ sub: 'amina@pam', iss: issuer, aud: audience, exp: now() + 600, ...claims }).setProtectedHeader({ alg, ...(kid && { kid }) }).sign(key);

const verifierFor = (key: TokenKey) => createTokenVerifier({ key, issuer, audience });

const refusal = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TokenRefusal) return error.message;
    throw error;
  }
  throw new Error('the token was accepted');
};

describe('verifying bearer tokens', () => {
  let privateKey: KeyLike;
  let pem: string;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    pem = await exportSPKI(pair.publicKey);
  });

  it('accepts an RS256 token signed by the key whose PEM is configured, answering its subject', async () => {
    const verify = await verifierFor({ kind: 'pem', pem });
    expect(await verify(await sign(privateKey, 'RS256'))).toBe('amina@pam');
  });

  it('refuses an HS256 token signed with the public key as a secret: the key kind pins the algorithm', async () => {
    const verify = await verifierFor({ kind: 'pem', pem });
    expect(await refusal(verify(await sign(new TextEncoder().encode(pem), 'HS256')))).toBe('The token is not valid');
  });

  it('tolerates a clock a few seconds behind, and says when a token has expired', async () => {
    const verify = await verifierFor({ kind: 'pem', pem });
    expect(await verify(await sign(privateKey, 'RS256', { exp: now() - 5 }))).toBe('amina@pam');
    expect(await refusal(verify(await sign(privateKey, 'RS256', { exp: now() - 120 })))).toBe('The token has expired');
  });

  it('refuses a shared-secret token signed with another secret, or without a subject', async () => {
    const verify = await verifierFor({ kind: 'secret', secret: 'the-right-secret-of-32-characters-at-least' });
    expect(await refusal(verify(await sign(new TextEncoder().encode('a-wrong-secret-of-32-characters-at-least!'), 'HS256')))).toBe('The token is not valid');
    expect(await refusal(verify(await sign(new TextEncoder().encode('the-right-secret-of-32-characters-at-least'), 'HS256', { sub: undefined })))).toBe(
      'The token is not valid',
    );
  });

  it('stops start-up on a PEM that is not a public key', async () => {
    await expect(verifierFor({ kind: 'pem', pem: '-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----' })).rejects.toThrow();
  });

  describe("with an identity provider's JWKS", () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      const jwk = { ...(await exportJWK((await generateKeyPair('RS256')).publicKey)), kid: 'other' };
      const ours = { ...(await exportJWK(await importSPKI(pem, 'RS256'))), kid: 'ours', alg: 'RS256', use: 'sig' };
      server = createServer((_request, response) => response.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk, ours] })));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    });
    afterAll(async () => new Promise((resolve) => server.close(resolve)));

    it('accepts a token signed by the key it names, and refuses one signed by a key the set does not hold', async () => {
      const verify = await verifierFor({ kind: 'jwks', url });
      expect(await verify(await sign(privateKey, 'RS256', {}, 'ours'))).toBe('amina@pam');
      const stranger = (await generateKeyPair('RS256')).privateKey;
      expect(await refusal(verify(await sign(stranger, 'RS256', {}, 'ours')))).toBe('The token is not valid');
    });
  });
});
