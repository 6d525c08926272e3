import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ApiSurface, Principal, RequestContext } from '../context/request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { ALLOWED_PERMISSIONS, IS_PUBLIC } from './decorators';
import type { BuyerPermission, Permission } from './permissions';

/** Implemented by the identity module: turns a bearer credential into a principal for a surface. */
export interface PrincipalLoader {
  load(req: Request, surface: ApiSurface): Promise<Principal | null>;
}
export const PRINCIPAL_LOADER = Symbol('PRINCIPAL_LOADER');

export function surfaceOf(path: string): ApiSurface {
  if (path.startsWith('/shop-api') || path.startsWith('/api/shop/')) return 'shop';
  if (path.startsWith('/admin-api') || path.startsWith('/api/admin/') || path.startsWith('/exchange/')) {
    return 'admin';
  }
  return 'other';
}

const loading = new WeakMap<Request, Promise<void>>();

/**
 * Default deny: every GraphQL root field and HTTP route needs a principal of its surface unless
 * marked @Public(); @Allow(...) narrows it further. The principal is resolved once per request.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(PRINCIPAL_LOADER) private readonly loader: PrincipalLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { req, res } = this.reqRes(context);
    let ctx = req.wholesailContext;
    if (!ctx) {
      const created = new RequestContext(surfaceOf(req.originalUrl ?? req.url), req, res);
      ctx = created;
      req.wholesailContext = created;
      loading.set(
        req,
        this.loader.load(req, created.surface).then((principal) => {
          created.principal = principal;
        }),
      );
    }
    // Root fields of one operation run concurrently: each waits for the one principal lookup.
    await loading.get(req);
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!ctx.principal) throw new UnauthenticatedError();
    const allowed = this.reflector.getAllAndOverride<(Permission | BuyerPermission)[] | undefined>(
      ALLOWED_PERMISSIONS,
      targets,
    );
    if (allowed?.length && !allowed.some((p) => hasPermission(ctx.principal, p))) {
      throw new ForbiddenError(`This needs one of the permissions: ${allowed.join(', ')}`);
    }
    return true;
  }

  private reqRes(context: ExecutionContext): { req: Request; res: Response } {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
    }
    const http = context.switchToHttp();
    return { req: http.getRequest<Request>(), res: http.getResponse<Response>() };
  }
}

export function hasPermission(principal: Principal | null, permission: Permission | BuyerPermission): boolean {
  if (!principal) return false;
  return (principal.permissions as ReadonlySet<string>).has(permission);
}

/** For checks inside a use case (field-level or object-level), same rule as @Allow. */
export function assertPermission(ctx: RequestContext, permission: Permission | BuyerPermission): void {
  if (!hasPermission(ctx.principal, permission)) {
    throw new ForbiddenError(`This needs the permission ${permission}`);
  }
}
