import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPackagedJwks } from '../../../src/auth/packaged-jwks';
import { loadConfig } from '../../../src/config';
import { cognitoJwksUri, removePackagedJwks, writePackagedJwks } from '../../../scripts/jwks-file';
import { startJwksServer, type JwksServer } from '../../helpers/jwks-server';
import { createTestKey, jwksOf } from '../../helpers/jwt-factory';

const first = jwksOf(createTestKey('key-1'));
const rotated = jwksOf(createTestKey('key-1'), createTestKey('key-2'));
let server: JwksServer;
let dir: string;
let file: string;

beforeEach(async () => {
  server = await startJwksServer(first);
  dir = mkdtempSync(path.join(tmpdir(), 'jwks-file-'));
  file = path.join(dir, '.build', 'jwks.json');
});

afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the JWKS file the deploy packages', () => {
  it('when written, then the Lambda loads those keys for that address only', async () => {
    await writePackagedJwks(server.uri, file);

    expect(loadPackagedJwks(file, server.uri)).toEqual(first);
    expect(loadPackagedJwks(file, 'https://cognito-idp.us-east-1.amazonaws.com/other')).toBe(
      undefined,
    );
  });

  it('when the keys are unchanged, then writing again reports no change; after a rotation it does', async () => {
    expect(await writePackagedJwks(server.uri, file)).toBe(true);
    expect(await writePackagedJwks(server.uri, file)).toBe(false);

    server.document = rotated;

    expect(await writePackagedJwks(server.uri, file)).toBe(true);
    expect(loadPackagedJwks(file, server.uri)).toEqual(rotated);
  });

  it('when the file was removed (a first deploy), then the Lambda has no packaged keys', async () => {
    await writePackagedJwks(server.uri, file);

    removePackagedJwks(file);

    expect(loadPackagedJwks(file, server.uri)).toBeUndefined();
  });

  it('when the JWKS cannot be fetched, then writing fails and leaves the file as it was', async () => {
    await writePackagedJwks(server.uri, file);
    server.available = false;

    await expect(writePackagedJwks(server.uri, file)).rejects.toThrow(/503/);
    expect(loadPackagedJwks(file, server.uri)).toEqual(first);
  });

  it('when a pool id and region are given, then the address is the one config derives in AWS', () => {
    const config = loadConfig({
      AWS_REGION: 'eu-west-1',
      COGNITO_USER_POOL_ID: 'eu-west-1_AbC',
      COGNITO_CLIENT_ID: 'client',
      COMMENTS_TABLE: 'comments',
      SITE_URL: 'https://board.example.com',
    });

    expect(cognitoJwksUri('eu-west-1', 'eu-west-1_AbC')).toBe(config.jwksUri);
  });
});
