import { isIP } from 'node:net';
import { Router, type Request } from 'express';
import { methodNotAllowed } from '../http/method-not-allowed';
import { notFoundHandler } from '../http/error-handler';
import type { Mailbox } from './local-mailbox';

/**
 * True when the TCP peer is this machine. The socket's address, never X-Forwarded-For (a header
 * anyone can send); `trust proxy` does not change `req.socket.remoteAddress`.
 */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}

/**
 * `GET /_local/mail`: the codes the local Cognito "sent", newest first. Only mounted when a mailbox
 * is passed to createApp (npm start, tests); a request from another machine gets the plain 404, as
 * if the page did not exist, even when HOST opens the app to a network.
 */
export function createLocalMailRouter(mailbox: Mailbox): Router {
  const router = Router();
  const fromThisMachine = (req: Request) => isLoopback(req.socket.remoteAddress);
  router
    .route('/_local/mail')
    .get((req, res, next) => {
      if (!fromThisMachine(req)) return notFoundHandler(req, res, next);
      res.set('Cache-Control', 'no-store');
      res.render('local/mail', { title: 'Local mailbox', messages: mailbox.list() });
    })
    .all((req, res, next) =>
      fromThisMachine(req)
        ? methodNotAllowed('GET')(req, res, next)
        : notFoundHandler(req, res, next),
    );
  return router;
}
