/** True for addresses only this machine can reach (a bind host, or a peer's socket address). */
export function isLoopback(host: string | undefined): boolean {
  return /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i.test(host ?? '');
}
