import { createApiClient } from './api-client';

/**
 * The docs' script example: sign in, post a comment, read the newest page, all through the client
 * typed from the OpenAPI document. `npx tsx scripts/api-example.ts [baseUrl] [username] [password]`
 * (defaults: `npm start` and its demo user).
 */
async function main(): Promise<void> {
  const [baseUrl = 'http://localhost:3000', username = 'demo', password = 'Demo-Passw0rd!'] =
    process.argv.slice(2);
  const api = createApiClient(baseUrl);

  const login = await api.POST('/api/auth/login', { body: { username, password } });
  if (!login.data) throw new Error(`Sign-in failed: ${login.error?.error.code}`);
  const headers = { authorization: `Bearer ${login.data.accessToken}` };

  const posted = await api.POST('/api/comments', {
    headers,
    body: { text: 'Hello from the typed client' },
  });
  if (!posted.data) throw new Error(`Posting failed: ${posted.error?.error.message}`);
  console.log(`Posted ${posted.data.id} at ${posted.data.createdAt}`);

  const page = await api.GET('/api/comments', { headers, params: { query: { limit: 3 } } });
  for (const comment of page.data?.items ?? []) console.log(`${comment.username}: ${comment.text}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
