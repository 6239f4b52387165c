import { Router, type Request } from 'express';
import { methodNotAllowed } from '../http/method-not-allowed';
import { notFoundHandler } from '../http/error-handler';
import type { Mailbox } from './local-mailbox';
import { isLoopback } from './loopback';

/**
 * `GET /_local/mail`: the codes the local Cognito "sent", newest first. Only mounted when a mailbox
 * is passed to createApp (npm start, tests); a request from another machine gets the plain 404, as
 * if the page did not exist, even when HOST opens the app to a network.
 */
export function createLocalMailRouter(mailbox: Mailbox): Router {
  const router = Router();
  // The socket's peer, never X-Forwarded-For (anyone can send it; `trust proxy` does not touch this).
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
