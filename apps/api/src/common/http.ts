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
