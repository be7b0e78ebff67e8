import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { RequestContext } from './request-context';

/** The HTTP request behind a GraphQL operation or a controller call, with Dengon's context on it. */
export type DengonRequest = Request & { dengon?: RequestContext };

export function httpPair(context: ExecutionContext): { req: DengonRequest; res: Response } {
  if (context.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(context).getContext<{
      req: DengonRequest;
      res: Response;
    }>();
    return { req: gql.req, res: gql.res };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<DengonRequest>(), res: http.getResponse<Response>() };
}

/**
 * Headers of a document sent as a file (PDF, CSV, a recording): its type, its
 * name for the browser (ASCII, and the Japanese name per RFC 6266), and kept
 * out of every cache, since it holds a client's data.
 */
export function documentHeaders(
  res: Response,
  document: {
    type: string;
    disposition: 'inline' | 'attachment';
    name: string;
    japaneseName: string;
  },
): void {
  res.setHeader('Content-Type', document.type);
  res.setHeader(
    'Content-Disposition',
    `${document.disposition}; filename="${document.name}"; filename*=UTF-8''${encodeURIComponent(document.japaneseName)}`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
}
