import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const docs = () => readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md'));

describe('README and docs', () => {
  it('when a newcomer opens the README, then one screen says what it is, the two commands and what to try', () => {
    const readme = read('README.md');
    const lines = readme.split('\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    const firstScreen = lines.slice(0, 45).join('\n');
    for (const needle of [
      'npm ci && npm start',
      'npm test',
      '`demo` / `Demo-Passw0rd!`',
      'confirmation code',
      'npm run user:promote -- --local --username',
    ]) {
      expect(firstScreen).toContain(needle);
    }
    for (const doc of ['api', 'data-model', 'deploy', 'testing', 'performance']) {
      expect(readme).toContain(`(docs/${doc}.md)`);
    }
  });

  it('when the README or a docs file links to a local file or heading, then it exists', () => {
    const files = ['README.md', ...docs().map((name) => `docs/${name}`)];
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .replace(/ /g, '-');
    for (const file of files) {
      const text = read(file);
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [filePart, anchor] = target.split('#');
        const linked = filePart ? path.join(path.dirname(file), filePart) : file;
        expect({ file, target, exists: existsSync(path.join(ROOT, linked)) }).toEqual({
          file,
          target,
          exists: true,
        });
        if (anchor && linked.endsWith('.md')) {
          const headings = [...read(linked).matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]));
          expect({ file, target, headings }).toEqual(
            expect.objectContaining({ headings: expect.arrayContaining([anchor]) }),
          );
        }
      }
    }
  });

  it('when a docs walkthrough signs in, then tokens stay in shell variables, never in a file', () => {
    for (const name of docs()) {
      expect({ name, writesTokens: /> *\S*tokens?\.json/.test(read(`docs/${name}`)) }).toEqual({
        name,
        writesTokens: false,
      });
    }
  });
});
