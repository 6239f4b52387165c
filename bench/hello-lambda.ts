import serverlessExpress from '@codegenie/serverless-express';
import { createHelloApp } from './hello-app';

/** The baseline Lambda handler: the "hello" app behind serverless-express, bundled like ours. */
export const handler = serverlessExpress({ app: createHelloApp() });
