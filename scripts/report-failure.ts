/** Prints why a script failed (with a hint for the usual cause: no AWS credentials) and sets exit code 1. */
export function reportFailure(command: string, error: unknown): void {
  const err = error as Error;
  const hint =
    err?.name === 'CredentialsProviderError'
      ? '\nConfigure AWS credentials first (aws configure, AWS_PROFILE, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY).'
      : '';
  console.error(`${command} failed: ${err?.message ?? String(error)}${hint}`);
  process.exitCode = 1;
}
