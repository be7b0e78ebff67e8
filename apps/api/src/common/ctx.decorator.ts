import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { httpPair } from './http';
import type { RequestContext } from './request-context';

/** The RequestContext the guard built for this call. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const { req } = httpPair(context);
  if (!req.dengon) throw new Error('AuthGuard did not run before @Ctx()');
  return req.dengon;
});
