/** Posts `count` comments through the API, a few at a time. */
export async function seedComments(baseUrl: string, token: string, count: number): Promise<void> {
  const post = async (i: number) => {
    const res = await fetch(`${baseUrl}/api/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        text: `Seed comment ${i}: a sentence of ordinary length for the bench.`,
      }),
    });
    if (res.status !== 201) throw new Error(`Seeding failed: ${res.status} ${await res.text()}`);
  };
  for (let i = 0; i < count; i += 5) {
    await Promise.all([0, 1, 2, 3, 4].filter((j) => i + j < count).map((j) => post(i + j)));
  }
}
