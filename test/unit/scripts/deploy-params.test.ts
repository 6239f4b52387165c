import { frontDoorParamProblems } from '../../../scripts/deploy-params';

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

describe('frontDoorParamProblems', () => {
  it('when no front-door params are given, then any region is fine', () => {
    expect(frontDoorParamProblems('eu-west-1', ['allowedOrigins=https://a.example'])).toEqual([]);
  });

  it('when WAF is asked for outside us-east-1, then the deploy is refused with the reason', () => {
    const [problem] = frontDoorParamProblems('eu-west-1', ['wafRateLimit=2000']);
    expect(problem).toMatch(/wafRateLimit needs --region us-east-1/);
    expect(frontDoorParamProblems('us-east-1', ['wafRateLimit=2000'])).toEqual([]);
    expect(frontDoorParamProblems('eu-west-1', ['wafRateLimit=0'])).toEqual([]);
  });

  it('when wafRateLimit is not a number, then it is named', () => {
    expect(frontDoorParamProblems('us-east-1', ['wafRateLimit=lots'])[0]).toMatch(
      /wafRateLimit must be a whole number/,
    );
  });

  it('when a domain comes without a us-east-1 certificate, then it is refused', () => {
    expect(frontDoorParamProblems('eu-west-1', ['domainName=board.example.com'])[0]).toMatch(
      /domainName needs certificateArn/,
    );
    const elsewhere = CERT.replace('us-east-1', 'eu-west-1');
    expect(
      frontDoorParamProblems('eu-west-1', [
        'domainName=board.example.com',
        `certificateArn=${elsewhere}`,
      ]),
    ).toHaveLength(1);
    expect(
      frontDoorParamProblems('eu-west-1', [
        'domainName=board.example.com',
        `certificateArn=${CERT}`,
      ]),
    ).toEqual([]);
  });

  it('when the origin secret slot is neither a nor b, then it is named', () => {
    expect(frontDoorParamProblems('us-east-1', ['originSecretSlot=c'])[0]).toMatch(
      /originSecretSlot must be a or b/,
    );
  });
});
