import { bodyLimits } from '../../../src/http/body-parsers';

describe('bodyLimits', () => {
  it('when derived from 2,000 characters, then the worst JSON and form encodings of 2,000 characters fit', () => {
    const limits = bodyLimits(2000);
    const emojiJson = `{"text":"${'\\ud83d\\ude00'.repeat(2000)}"}`;
    const cjkForm = new URLSearchParams({ _csrf: 'x'.repeat(43), text: '漢'.repeat(4000) });
    expect(Buffer.byteLength(emojiJson)).toBeLessThanOrEqual(limits.json);
    expect(Buffer.byteLength(cjkForm.toString())).toBeLessThanOrEqual(limits.form);
  });

  it('when the comment length changes, then the limits follow it', () => {
    expect(bodyLimits(4000).json).toBeGreaterThan(bodyLimits(2000).json);
    expect(bodyLimits(4000).form).toBeGreaterThan(bodyLimits(2000).form);
  });
});
