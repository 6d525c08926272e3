import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { RequestContext } from '../context/request-context';
import type { BuyerPermission, Permission } from './permissions';

export const IS_PUBLIC = 'wholesail:public';
export const ALLOWED_PERMISSIONS = 'wholesail:allow';

/** Opts a field or route out of the default-deny guard. Every use is listed in test/public-fields.ts. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** The caller needs at least one of these permissions (besides being logged in to this API). */
export const Allow = (...permissions: (Permission | BuyerPermission)[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ALLOWED_PERMISSIONS, permissions);

export function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

/** The request context, created by the auth guard before any resolver runs. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const ctx = requestOf(context).wholesailContext;
  if (!ctx) throw new Error('Request context missing: is the auth guard registered?');
  return ctx;
});
