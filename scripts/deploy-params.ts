/** Where AWS keeps every CloudFront web ACL (scope CLOUDFRONT) and the certificates CloudFront uses. */
export const CLOUDFRONT_REGION = 'us-east-1';

/** The value of one `key=value` deploy param, or undefined when it is not given. */
function paramValue(params: string[], key: string): string | undefined {
  const found = params.filter((param) => param.startsWith(`${key}=`)).pop();
  return found?.slice(key.length + 1);
}

/**
 * The front-door params that CloudFormation would only reject halfway through a deploy, checked
 * first: returns one sentence per problem (empty when the params fit the region).
 */
export function frontDoorParamProblems(region: string, params: string[]): string[] {
  const problems: string[] = [];
  const waf = paramValue(params, 'wafRateLimit');
  if (waf !== undefined && !/^\d+$/.test(waf)) {
    problems.push(
      `wafRateLimit must be a whole number of requests per 5 minutes (0 = off), got "${waf}"`,
    );
  } else if (waf !== undefined && Number(waf) > 0 && region !== CLOUDFRONT_REGION) {
    problems.push(
      `wafRateLimit needs --region ${CLOUDFRONT_REGION}: AWS WAF keeps the web ACLs of CloudFront distributions there, ` +
        `and this stack does not create one in another region. Deploy to ${CLOUDFRONT_REGION}, or leave wafRateLimit at 0.`,
    );
  }
  const domain = paramValue(params, 'domainName') ?? '';
  const certificate = paramValue(params, 'certificateArn') ?? '';
  if (domain && !/^arn:aws[\w-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificate)) {
    problems.push(
      'domainName needs certificateArn: the ARN of an ACM certificate for that name in us-east-1 ' +
        '(arn:aws:acm:us-east-1:<account>:certificate/<id>), where CloudFront reads certificates',
    );
  }
  if (!domain && certificate) problems.push('certificateArn is only used with domainName');
  const slot = paramValue(params, 'originSecretSlot');
  if (slot !== undefined && slot !== 'a' && slot !== 'b')
    problems.push(`originSecretSlot must be a or b, got "${slot}"`);
  return problems;
}
