/**
 * Stands in for node-fetch in the Lambda bundle (esbuild `alias`, serverless.yml custom.esbuild).
 * amazon-cognito-identity-js reaches it through isomorphic-unfetch, which only falls back to it when
 * `globalThis.fetch` is missing; Node 18+ always has fetch, so node-fetch (and its ~300 KB of URL
 * tables through whatwg-url/tr46) never runs. Should it ever be called, it is Node's own fetch.
 */
const nodeFetch: typeof fetch = (input, init) => fetch(input, init);

export default nodeFetch;
