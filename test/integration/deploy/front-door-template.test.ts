import { ORIGIN_SECRET_HEADER } from '../../../src/http/origin-secret';
import { PUBLIC_MAX_AGE_SECONDS } from '../../../src/http/public-cache';
import { SESSION_COOKIE_NAMES } from '../../../src/auth/session-cookies';
import { STACK_OUTPUT_KEYS } from '../../../scripts/stack-outputs';
import { DYNAMODB_ACTIONS } from '../../../src/storage/dynamo-table';
import { packagedService, printedResources } from '../../helpers/packaged-service';
import {
  chosen,
  conditionHolds,
  getAtt,
  onlyResource,
  readTemplate,
  ref,
  resourcesOfType,
  stringsIn,
  type CfnResource,
  type CfnTemplate,
} from '../../helpers/cloudformation-template';

/** AWS managed CloudFront policies, by the ids AWS documents. */
const MANAGED = {
  cachingOptimized: '658327ea-f89d-4fab-a63d-7e88639e58f6',
  allViewerExceptHostHeader: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
};
const DOMAIN = 'board.example.com';
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

type Printed = Awaited<ReturnType<typeof printedResources>>;
let template: CfnTemplate;
let plain: Printed;
let full: Printed;

beforeAll(async () => {
  // The full package once (shared with the other deploy tests), and both param variants resolved.
  [template, plain, full] = await Promise.all([
    packagedService().then((pkg) => readTemplate(pkg.templateFile)),
    printedResources([]),
    printedResources([
      `domainName=${DOMAIN}`,
      `certificateArn=${CERT}`,
      'wafRateLimit=2000',
      'wafAuthRateLimit=50',
      'alarmEmail=ops@example.com',
      'alarmP99LatencyMs=1500',
    ]),
  ]);
}, 240_000);

const distributionConfig = () =>
  onlyResource(template, 'AWS::CloudFront::Distribution')[1].Properties.DistributionConfig;

describe('serverless package: one CloudFront distribution in front of everything', () => {
  it('when packaged, then there is exactly one distribution, with the API and the bucket as origins', () => {
    const config = distributionConfig();
    expect(config.Origins.map((origin: { Id: string }) => origin.Id).sort()).toEqual([
      'app',
      'assets',
    ]);
    const app = config.Origins.find((origin: { Id: string }) => origin.Id === 'app');
    expect(app.DomainName).toEqual({
      'Fn::Sub': '${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}',
    });
    expect(app.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
  });

  it('when packaged, then the default behaviour sends every method to the API, compressed', () => {
    const behaviour = distributionConfig().DefaultCacheBehavior;
    expect(behaviour.TargetOriginId).toBe('app');
    expect(behaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect([...behaviour.AllowedMethods].sort()).toEqual(
      ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'].sort(),
    );
    expect(behaviour.Compress).toBe(true);
    expect(behaviour.OriginRequestPolicyId).toBe(MANAGED.allViewerExceptHostHeader);
    // Its own policy: caching off unless the app allows it (next test) with gzip/brotli accepted,
    // which the managed CachingDisabled policy cannot do (CloudFront would not compress).
    expect(behaviour.CachePolicyId).toEqual(ref('PagesCachePolicy'));
    const policy = template.Resources.PagesCachePolicy.Properties.CachePolicyConfig;
    const key = policy.ParametersInCacheKeyAndForwardedToOrigin;
    expect(key.EnableAcceptEncodingGzip).toBe(true);
    expect(key.EnableAcceptEncodingBrotli).toBe(true);
  });

  it('when packaged, then pages are cached only as the app allows, and never across sessions or tokens', () => {
    const policy = template.Resources.PagesCachePolicy.Properties.CachePolicyConfig;
    // Min and default 0: a response without Cache-Control, or `private`/`no-store`, is not stored;
    // the max must let the app's public s-maxage through (CloudFront caps at MaxTTL).
    expect([policy.MinTTL, policy.DefaultTTL]).toEqual([0, 0]);
    expect(policy.MaxTTL).toBeGreaterThanOrEqual(PUBLIC_MAX_AGE_SECONDS);
    const key = policy.ParametersInCacheKeyAndForwardedToOrigin;
    expect(key.HeadersConfig).toEqual({ HeaderBehavior: 'whitelist', Headers: ['Authorization'] });
    expect(key.QueryStringsConfig.QueryStringBehavior).toBe('all');
    const cookies = key.CookiesConfig;
    // Only the session cookies: a CSRF cookie must not split the cache of signed-out pages.
    expect(cookies.CookieBehavior).toBe('whitelist');
    for (const name of SESSION_COOKIE_NAMES) {
      expect(cookies.Cookies).toEqual(expect.arrayContaining([name, `__Host-${name}`]));
    }
    // Every cookie and header still reaches the app (the CSRF cookie, the origin secret's peers).
    expect(distributionConfig().DefaultCacheBehavior.OriginRequestPolicyId).toBe(
      MANAGED.allViewerExceptHostHeader,
    );
  });

  it('when packaged, then /public/* comes from the private bucket through OAC, cached and compressed', () => {
    const config = distributionConfig();
    expect(config.CacheBehaviors).toHaveLength(1);
    const [assets] = config.CacheBehaviors;
    expect(assets.PathPattern).toBe('/public/*');
    expect(assets.TargetOriginId).toBe('assets');
    expect(assets.AllowedMethods).toEqual(['GET', 'HEAD']);
    expect(assets.Compress).toBe(true);
    expect(assets.CachePolicyId).toBe(MANAGED.cachingOptimized);
    const origin = config.Origins.find((o: { Id: string }) => o.Id === 'assets');
    const [oacId, oac] = onlyResource(template, 'AWS::CloudFront::OriginAccessControl');
    expect(origin.OriginAccessControlId).toEqual(getAtt(oacId, 'Id'));
    expect(origin.DomainName).toEqual(getAtt('AssetsBucket', 'RegionalDomainName'));
    expect(oac.Properties.OriginAccessControlConfig.SigningBehavior).toBe('always');
  });

  it('when packaged, then no response headers policy sets a CSP that could contradict the app', () => {
    for (const [, policy] of resourcesOfType(template, 'AWS::CloudFront::ResponseHeadersPolicy')) {
      const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig ?? {};
      expect(headers.ContentSecurityPolicy).toBeUndefined();
    }
    expect(distributionConfig().DefaultCacheBehavior.ResponseHeadersPolicyId).toBeUndefined();
  });
});

describe('serverless package: the origin secret', () => {
  it('when packaged, then CloudFront sends the header the app checks, from a generated secret', () => {
    const app = distributionConfig().Origins.find((o: { Id: string }) => o.Id === 'app');
    expect(app.OriginCustomHeaders).toHaveLength(1);
    const [header] = app.OriginCustomHeaders;
    expect(header.HeaderName.toLowerCase()).toBe(ORIGIN_SECRET_HEADER);
    expect(header.HeaderValue).toEqual({
      'Fn::Join': ['', ['{{resolve:secretsmanager:', ref('OriginSecretA'), ':SecretString}}']],
    });
    for (const id of ['OriginSecretA', 'OriginSecretB']) {
      const secret = template.Resources[id];
      expect(secret.Type).toBe('AWS::SecretsManager::Secret');
      expect(secret.Properties.GenerateSecretString.PasswordLength).toBeGreaterThanOrEqual(32);
      expect(secret.Properties.SecretString).toBeUndefined();
    }
  });

  it('when packaged, then the function accepts the sent secret and the other slot, by reference only', () => {
    const [, fn] = onlyResource(template, 'AWS::Lambda::Function');
    const env = fn.Properties.Environment.Variables;
    expect(env.ORIGIN_SECRET).toEqual(
      distributionConfig().Origins.find((o: { Id: string }) => o.Id === 'app')
        .OriginCustomHeaders[0].HeaderValue,
    );
    expect(JSON.stringify(env.ORIGIN_SECRET_PREVIOUS)).toContain('OriginSecretB');
    expect(env.TRUSTED_PROXY_HOPS).toBe('2');
    // Still one function: nothing generates the secret but CloudFormation itself.
    expect(resourcesOfType(template, 'AWS::Lambda::Function')).toHaveLength(1);
    expect(resourcesOfType(template, 'AWS::CloudFormation::CustomResource')).toHaveLength(0);
  });

  it('when resolved with originSecretSlot=b, then CloudFront sends slot b and the app still accepts a', async () => {
    const flipped = await printedResources(['originSecretSlot=b', 'originSecretRefresh=7']);
    const app = flipped.Resources.SiteDistribution.Properties.DistributionConfig.Origins[0];
    expect(JSON.stringify(app.OriginCustomHeaders[0].HeaderValue)).toContain('OriginSecretB');
  }, 60_000);
});

describe('serverless package: the bucket stays private', () => {
  it('when packaged, then no statement grants a public principal anything', () => {
    const statements = template.Resources.AssetsBucketPolicy.Properties.PolicyDocument.Statement;
    for (const statement of statements) {
      if (statement.Principal === '*') expect(statement.Effect).toBe('Deny');
    }
    expect(
      Object.values(template.Resources.AssetsBucket.Properties.PublicAccessBlockConfiguration),
    ).toEqual([true, true, true, true]);
  });
});

describe('serverless package: custom domain', () => {
  it('when no domainName is given, then the distribution has no aliases and uses its own certificate', () => {
    const config = plain.Resources.SiteDistribution.Properties.DistributionConfig;
    expect(conditionHolds(plain, 'HasDomainName')).toBe(false);
    expect(chosen(plain, config.Aliases)).toEqual({ Ref: 'AWS::NoValue' });
    expect(chosen(plain, config.ViewerCertificate)).toEqual({ CloudFrontDefaultCertificate: true });
    expect(chosen(plain, plain.Outputs.SiteUrl.Value)).toEqual({
      'Fn::Join': ['', ['https://', getAtt('SiteDistribution', 'DomainName')]],
    });
  });

  it('when domainName and certificateArn are given, then aliases, SNI certificate, SiteUrl and HSTS preload follow', () => {
    const config = full.Resources.SiteDistribution.Properties.DistributionConfig;
    expect(conditionHolds(full, 'HasDomainName')).toBe(true);
    expect(chosen(full, config.Aliases)).toEqual([DOMAIN]);
    expect(chosen(full, config.ViewerCertificate)).toEqual({
      AcmCertificateArn: CERT,
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2021',
    });
    expect(chosen(full, full.Outputs.SiteUrl.Value)).toBe(`https://${DOMAIN}`);
    const [, fn] = onlyResource(template, 'AWS::Lambda::Function');
    expect(fn.Properties.Environment.Variables.HSTS_PRELOAD['Fn::If']).toEqual([
      'HasDomainName',
      'true',
      'false',
    ]);
  });
});

describe('serverless package: AWS WAF', () => {
  it('when wafRateLimit is 0 (default), then the web ACL, its alarm and the association are all off', () => {
    expect(conditionHolds(plain, 'HasWaf')).toBe(false);
    expect(plain.Resources.WebAcl.Condition).toBe('HasWaf');
    expect(plain.Resources.WafBlockedAlarm.Condition).toBe('HasWaf');
    const config = plain.Resources.SiteDistribution.Properties.DistributionConfig;
    expect(chosen(plain, config.WebACLId)).toEqual({ Ref: 'AWS::NoValue' });
  });

  it('when wafRateLimit > 0, then a CloudFront web ACL with the rate rules and AWS common rules is attached', () => {
    expect(conditionHolds(full, 'HasWaf')).toBe(true);
    const acl = full.Resources.WebAcl.Properties;
    expect(acl.Scope).toBe('CLOUDFRONT');
    const byName = Object.fromEntries(
      acl.Rules.map((rule: { Name: string }) => [rule.Name, rule]),
    ) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const perIp = byName['rate-per-ip'].Statement.RateBasedStatement;
    expect([String(perIp.Limit), perIp.AggregateKeyType, perIp.EvaluationWindowSec]).toEqual([
      '2000',
      'IP',
      300,
    ]);
    const signIn = byName['sign-in-rate-per-ip'].Statement.RateBasedStatement;
    expect(String(signIn.Limit)).toBe('50');
    const scoped = JSON.stringify(signIn.ScopeDownStatement);
    for (const route of ['"/login"', '"/signup"', '"/api/auth/"', '"POST"'])
      expect(scoped).toContain(route);
    const common = byName['aws-common-rule-set'].Statement.ManagedRuleGroupStatement;
    expect([common.VendorName, common.Name]).toEqual(['AWS', 'AWSManagedRulesCommonRuleSet']);
    // A full-length comment (2,000 characters, URL-encoded) is over its 8 KB body limit.
    expect(common.RuleActionOverrides).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
    ]);
    const config = full.Resources.SiteDistribution.Properties.DistributionConfig;
    expect(chosen(full, config.WebACLId)).toEqual(getAtt('WebAcl', 'Arn'));
  });
});

describe('serverless package: alarms', () => {
  const alarm = (id: string) => template.Resources[id].Properties;
  const topic = [ref('AlarmTopic')];

  it.each([
    ['LambdaErrorsAlarm', 'AWS/Lambda', 'Errors', 5],
    ['LambdaThrottlesAlarm', 'AWS/Lambda', 'Throttles', 1],
    ['ApiLatencyP99Alarm', 'AWS/ApiGateway', 'Latency', 3000],
  ])(
    'when packaged, then %s watches %s %s at %s by default and tells the topic',
    (id, ns, metric, threshold) => {
      const props = alarm(id);
      expect([props.Namespace, props.MetricName]).toEqual([ns, metric]);
      expect(Number(props.Threshold)).toBe(threshold);
      expect(props.AlarmActions).toEqual(topic);
    },
  );

  it('when packaged, then the Lambda alarms watch our function and latency is p99 of the HTTP API', () => {
    expect(alarm('LambdaErrorsAlarm').Dimensions).toEqual([
      { Name: 'FunctionName', Value: ref('WebLambdaFunction') },
    ]);
    expect(alarm('ApiLatencyP99Alarm').ExtendedStatistic).toBe('p99');
    expect(alarm('ApiLatencyP99Alarm').Dimensions).toContainEqual({
      Name: 'ApiId',
      Value: ref('HttpApi'),
    });
  });

  it('when packaged, then the 5xx alarm is the rate 5xx / Count of the HTTP API', () => {
    const props = alarm('Api5xxRateAlarm');
    const byId: CfnResource['Properties'] = Object.fromEntries(
      props.Metrics.map((m: { Id: string }) => [m.Id, m]),
    );
    expect(byId.errors.MetricStat.Metric.MetricName).toBe('5xx');
    expect(byId.requests.MetricStat.Metric.MetricName).toBe('Count');
    expect(byId.rate.Expression).toContain('errors / requests');
    expect(byId.rate.ReturnData).toBe(true);
    expect(Number(props.Threshold)).toBe(5);
    expect(props.AlarmActions).toEqual(topic);
  });

  it('when packaged, then DynamoDB throttles are summed over every operation the app calls', () => {
    const props = alarm('DynamoThrottlesAlarm');
    const operations = props.Metrics.filter((m: { MetricStat?: unknown }) => m.MetricStat).map(
      (m: {
        MetricStat: {
          Metric: { MetricName: string; Dimensions: { Name: string; Value: unknown }[] };
        };
      }) => {
        expect(m.MetricStat.Metric.MetricName).toBe('ThrottledRequests');
        expect(m.MetricStat.Metric.Dimensions).toContainEqual({
          Name: 'TableName',
          Value: ref('CommentsTable'),
        });
        return m.MetricStat.Metric.Dimensions.find((d) => d.Name === 'Operation')!.Value;
      },
    );
    expect(operations.sort()).toEqual(
      DYNAMODB_ACTIONS.map((a) => a.replace('dynamodb:', '')).sort(),
    );
    expect(props.Metrics.find((m: { ReturnData: boolean }) => m.ReturnData).Expression).toBe(
      'SUM(METRICS())',
    );
    expect(props.AlarmActions).toEqual(topic);
  });

  it('when thresholds are given as params, then the alarms use them', () => {
    expect(String(full.Resources.ApiLatencyP99Alarm.Properties.Threshold)).toBe('1500');
  });

  it('when WAF is on, then a blocked-requests alarm watches its web ACL', () => {
    const props = full.Resources.WafBlockedAlarm.Properties;
    expect([props.Namespace, props.MetricName]).toEqual(['AWS/WAFV2', 'BlockedRequests']);
    expect(props.Dimensions).toContainEqual({
      Name: 'WebACL',
      Value: full.Resources.WebAcl.Properties.Name,
    });
    expect(props.AlarmActions).toEqual(topic);
  });

  it('when alarmEmail is given, then (and only then) the address is subscribed to the topic', () => {
    expect(plain.Resources.AlarmEmailSubscription.Condition).toBe('HasAlarmEmail');
    expect(conditionHolds(plain, 'HasAlarmEmail')).toBe(false);
    expect(conditionHolds(full, 'HasAlarmEmail')).toBe(true);
    expect(full.Resources.AlarmEmailSubscription.Properties).toEqual({
      TopicArn: ref('AlarmTopic'),
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
  });
});

describe('serverless package: outputs and privileges', () => {
  it('when packaged, then SiteUrl and every output the scripts read are there', () => {
    for (const key of [
      'SiteUrl',
      'AssetsBucketName',
      'UserPoolId',
      'UserPoolClientId',
      'CommentsTableName',
    ])
      expect(template.Outputs[key]).toBeDefined();
    expect(Object.keys(template.Outputs)).toEqual(
      expect.arrayContaining(Object.values(STACK_OUTPUT_KEYS)),
    );
    expect(template.Outputs.AssetsUrl).toBeUndefined();
  });

  it('when packaged, then the function role still names no wildcard and gains nothing for the front door', () => {
    const role = onlyResource(template, 'AWS::IAM::Role')[1];
    const actions = stringsIn(
      role.Properties.Policies.map((p: { PolicyDocument: unknown }) => p.PolicyDocument),
    );
    expect(actions.filter((value) => value.includes('*'))).toEqual([]);
    expect(actions.filter((value) => /secretsmanager|wafv2|cloudfront|sns/i.test(value))).toEqual(
      [],
    );
  });
});
