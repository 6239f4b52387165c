import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { startAwsProxy, type AwsProxy } from '../../helpers/aws-proxy';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let proxy: AwsProxy;
let author: ApiCaller;
let likers: ApiCaller[];
/** When set, the answer of this UpdateItem (1 = the like item's flip, 2 = the count) is lost once. */
const lose = { update: 0, seen: 0 };

beforeAll(async () => {
  proxy = await startAwsProxy(testEndpoints().dynamo, {
    loseReply: (operation) => {
      if (operation !== 'UpdateItem' || lose.update === 0) return false;
      lose.seen += 1;
      if (lose.seen !== lose.update) return false;
      lose.update = 0;
      return true;
    },
  });
  t = await createTestApp({ DYNAMODB_ENDPOINT: proxy.url });
  author = await apiCaller(t, ['moderators']);
  likers = [];
  // Sign-ups in small groups: cognito-local is one process shared with the other suites.
  for (let i = 0; i < 50; i += 10) {
    likers.push(...(await Promise.all(Array.from({ length: 10 }, () => apiCaller(t)))));
  }
  await author.post('/api/boards', { slug: 'crowd', title: 'Crowd' }).expect(201);
}, 120_000);
afterAll(() => {
  t.close();
  proxy.close();
});

const post = async (text: string): Promise<string> =>
  (await author.post('/api/boards/crowd/comments', { text }).expect(201)).body.id;
const likedBy = async (id: string): Promise<number> => {
  const views = await Promise.all(likers.map((who) => who.get(`/api/comments/${id}`).expect(200)));
  return views.filter((res) => res.body.likedByMe === true).length;
};

describe('likes under concurrency and retries', () => {
  it('when 50 users like one comment at once, then it has exactly 50 likes', async () => {
    const id = await post('popular');

    const answers = await Promise.all(likers.map((who) => who.put(`/api/comments/${id}/like`)));

    expect(answers.map((res) => res.status)).toEqual(likers.map(() => 200));
    expect((await author.get(`/api/comments/${id}`)).body.likes).toBe(50);
    expect(await likedBy(id)).toBe(50);
  });

  it('when likes and unlikes of the same users race, then the count equals the likes on record', async () => {
    const id = await post('contested');
    const racers = likers.slice(0, 20);
    await Promise.all(racers.slice(0, 10).map((who) => who.put(`/api/comments/${id}/like`)));

    await Promise.all(
      racers.flatMap((who, i) => [
        who.del(`/api/comments/${id}/like`),
        who.put(`/api/comments/${id}/like`),
        ...(i % 2 ? [who.del(`/api/comments/${id}/like`)] : []),
      ]),
    );

    const { likes } = (await author.get(`/api/comments/${id}`)).body;
    expect(likes).toBe(await likedBy(id));
  });

  it('when the answer to the like item’s update is lost and the SDK retries, then the like still counts once', async () => {
    const id = await post('flaky flip');
    [lose.update, lose.seen] = [1, 0];

    const res = await likers[0]!.put(`/api/comments/${id}/like`).expect(200);

    expect(lose.update).toBe(0);
    expect(res.body).toEqual({ likes: 1, likedByMe: true });
    expect((await author.get(`/api/comments/${id}`)).body.likes).toBe(1);
  });

  it('when the answer to the count is lost and the SDK retries, then the like counts once', async () => {
    const id = await post('flaky count');
    [lose.update, lose.seen] = [2, 0];

    await likers[0]!.put(`/api/comments/${id}/like`).expect(200);
    [lose.update, lose.seen] = [2, 0];
    await likers[1]!.put(`/api/comments/${id}/like`).expect(200);
    [lose.update, lose.seen] = [2, 0];
    await likers[0]!.del(`/api/comments/${id}/like`).expect(200);

    expect(lose.update).toBe(0);
    expect((await author.get(`/api/comments/${id}`)).body.likes).toBe(1);
  });
});
