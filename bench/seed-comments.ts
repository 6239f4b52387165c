/** What to post: where (default `/api/comments`, board `main`) and each comment's text. */
export interface SeedOptions {
  path?: string;
  text?: (i: number) => string;
}

const ordinaryText = (i: number) =>
  `Seed comment ${i}: a sentence of ordinary length for the bench.`;

/** Posts `count` comments through the API, a few at a time. */
export async function seedComments(
  baseUrl: string,
  token: string,
  count: number,
  options: SeedOptions = {},
): Promise<void> {
  const { path = '/api/comments', text = ordinaryText } = options;
  const post = async (i: number) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: text(i) }),
    });
    if (res.status !== 201) throw new Error(`Seeding failed: ${res.status} ${await res.text()}`);
  };
  for (let i = 0; i < count; i += 5) {
    await Promise.all([0, 1, 2, 3, 4].filter((j) => i + j < count).map((j) => post(i + j)));
  }
}

/** Creates an empty board `slug` through the API, with a moderator's token. */
export async function createBoard(baseUrl: string, moderatorToken: string, slug: string) {
  const res = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { authorization: `Bearer ${moderatorToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ slug, title: `Bench board ${slug}`, visibility: 'members' }),
  });
  if (res.status !== 201) throw new Error(`Board ${slug}: ${res.status} ${await res.text()}`);
}
