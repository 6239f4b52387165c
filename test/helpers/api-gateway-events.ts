import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, Context } from 'aws-lambda';

/** Options for a synthetic API Gateway event: method, path, query, headers, body, cookies. */
export interface EventOptions {
  method?: string;
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  cookies?: string[];
  stage?: string;
}

/** An HTTP API (v2) event as API Gateway sends it for the `$default` stage. */
export function httpApiEvent(options: EventOptions): APIGatewayProxyEventV2 {
  const method = options.method ?? 'GET';
  const query = new URLSearchParams(options.query ?? {}).toString();
  return {
    version: '2.0',
    routeKey: options.path === '/' ? 'ANY /' : 'ANY /{proxy+}',
    rawPath: options.path,
    rawQueryString: query,
    cookies: options.cookies,
    headers: {
      host: 'abc123.execute-api.us-east-1.amazonaws.com',
      'x-forwarded-proto': 'https',
      ...options.headers,
    },
    queryStringParameters: options.query,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: {
        method,
        path: options.path,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.7',
        userAgent: 'jest',
      },
      requestId: `req-v2-${Math.random().toString(36).slice(2)}`,
      routeKey: options.path === '/' ? 'ANY /' : 'ANY /{proxy+}',
      stage: options.stage ?? '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    pathParameters: options.path === '/' ? undefined : { proxy: options.path.slice(1) },
    body: options.body,
    isBase64Encoded: false,
  };
}

/** A REST API (v1) proxy event for `ANY /` (root) or `ANY /{proxy+}`. */
export function restApiEvent(options: EventOptions): APIGatewayProxyEvent {
  const method = options.method ?? 'GET';
  const headers = {
    Host: 'abc123.execute-api.us-east-1.amazonaws.com',
    'X-Forwarded-Proto': 'https',
    ...options.headers,
  };
  const root = options.path === '/';
  const stage = options.stage ?? 'dev';
  return {
    resource: root ? '/' : '/{proxy+}',
    path: options.path,
    httpMethod: method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: options.query ?? null,
    multiValueQueryStringParameters: options.query
      ? Object.fromEntries(Object.entries(options.query).map(([k, v]) => [k, [v]]))
      : null,
    pathParameters: root ? null : { proxy: options.path.slice(1) },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      authorizer: null,
      httpMethod: method,
      identity: {
        sourceIp: '203.0.113.7',
        userAgent: 'jest',
      } as APIGatewayProxyEvent['requestContext']['identity'],
      path: `/${stage}${options.path}`,
      protocol: 'HTTP/1.1',
      requestId: `req-v1-${Math.random().toString(36).slice(2)}`,
      requestTimeEpoch: Date.now(),
      resourceId: 'res1',
      resourcePath: root ? '/' : '/{proxy+}',
      stage,
    },
    body: options.body ?? null,
    isBase64Encoded: false,
  };
}

/** The little of a Lambda context the handler reads. */
export function lambdaContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'comment-board-dev-app',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:comment-board-dev-app',
    memoryLimitInMB: '1024',
    awsRequestId: 'lambda-request-id',
    logGroupName: '/aws/lambda/comment-board-dev-app',
    logStreamName: 'stream',
    getRemainingTimeInMillis: () => 30000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
