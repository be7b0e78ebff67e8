import { Role } from '@dengon/domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { AccessTokens } from '../auth/access-token';

/**
 * How large a request body may be, by route and caller: the bank statement
 * import (back office, up to 20 MB of base64) is the one large input; a
 * signed-in screen sends little; sign-in and webhooks less. A body over its
 * limit is refused with 413 before it is read into memory.
 */
export const BODY_LIMITS = {
  graphqlAnonymous: '100kb',
  graphqlSignedIn: '1mb',
  graphqlBackOffice: '30mb',
  json: '256kb',
  form: '128kb',
} as const;

type Limit = keyof typeof BODY_LIMITS;

/** The signature checks (telephony events) need the exact bytes received. */
const keepRaw = (req: IncomingMessage, _res: unknown, buf: Buffer) => {
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = buf;
};

/** Wraps a parser so a body over the limit gets a JSON 413 that names the limit. */
function limited(limit: Limit, parser: express.RequestHandler): express.RequestHandler {
  return (req: Request, res: Response, next: NextFunction) =>
    parser(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
        res.status(413).json({
          statusCode: 413,
          message: `The request body is larger than the ${BODY_LIMITS[limit]} allowed here`,
          limit: BODY_LIMITS[limit],
        });
        return;
      }
      next(error);
    });
}

/** Registers the body parsers ahead of Nest's own (which then leave a parsed body alone). */
export function bodyLimits(app: NestExpressApplication): void {
  const tokens = app.get(AccessTokens);
  const json = (limit: Limit) =>
    limited(limit, express.json({ limit: BODY_LIMITS[limit], verify: keepRaw }));
  const graphql = {
    graphqlAnonymous: json('graphqlAnonymous'),
    graphqlSignedIn: json('graphqlSignedIn'),
    graphqlBackOffice: json('graphqlBackOffice'),
  };
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    const session = header?.startsWith('Bearer ') ? tokens.verify(header.slice(7).trim()) : null;
    const limit: keyof typeof graphql = !session
      ? 'graphqlAnonymous'
      : session.role === Role.BackOffice
        ? 'graphqlBackOffice'
        : 'graphqlSignedIn';
    graphql[limit](req, res, next);
  });
  app.use(json('json'));
  app.use(
    limited(
      'form',
      express.urlencoded({ extended: true, limit: BODY_LIMITS.form, verify: keepRaw }),
    ),
  );
}
