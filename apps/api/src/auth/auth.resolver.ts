import { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { CookieOptions, Response } from 'express';
import { Inject } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { Ctx } from '../common/ctx.decorator';
import { notFound } from '../common/errors';
import { RequestContext } from '../common/request-context';
import type { DengonRequest } from '../common/http';
import { UsersService } from '../users/users.service';
import { PasswordResetArgs, PasswordResetRequestArgs } from './auth.inputs';
import { PasswordResets } from './password-resets.service';
import { AuthService, sessionOf, type Session } from './auth.service';
import { Public, SignedIn } from '../common/access.decorator';
import { User } from './user.entity';

@ObjectType()
class AuthPayload {
  @Field()
  accessToken!: string;

  @Field(() => User)
  user!: User;
}

export const REFRESH_COOKIE = 'dengon_refresh';
// The cookie goes only to the GraphQL endpoint, where refresh and logout live.
const COOKIE_PATH = '/graphql';

interface HttpContext {
  req: DengonRequest;
  res: Response;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly resets: PasswordResets,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthPayload, {
    description: 'Signs in; also sets the rotating refresh-token cookie',
  })
  @Public()
  async login(
    @Ctx() ctx: RequestContext,
    @Context() http: HttpContext,
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('code', {
      nullable: true,
      type: () => String,
      description: 'The one-time code, for an account with two-factor sign-in',
    })
    code?: string | null,
  ): Promise<AuthPayload> {
    return this.respond(http, await this.auth.login(ctx, email, password, code ?? undefined));
  }

  @Mutation(() => Boolean, {
    description:
      'E-mails a password reset link to the address if it has an account; answers the same either way',
  })
  @Public()
  async requestPasswordReset(
    @Ctx() ctx: RequestContext,
    @Args() args: PasswordResetRequestArgs,
  ): Promise<boolean> {
    await this.resets.request(ctx, args.email);
    return true;
  }

  @Mutation(() => Boolean, {
    description: "Sets a new password with an e-mailed link's token: once, before it expires",
  })
  @Public()
  async resetPasswordWithLink(
    @Ctx() ctx: RequestContext,
    @Args() args: PasswordResetArgs,
  ): Promise<boolean> {
    await this.resets.reset(ctx, args.token, args.newPassword);
    return true;
  }

  @Mutation(() => AuthPayload, {
    description: 'A new access token for the refresh-token cookie, which rotates',
  })
  @Public()
  async refreshToken(@Context() http: HttpContext): Promise<AuthPayload> {
    try {
      return this.respond(http, await this.auth.refresh(refreshCookieOf(http)));
    } catch (error) {
      http.res.clearCookie(REFRESH_COOKIE, this.cookieOptions());
      throw error;
    }
  }

  @Mutation(() => Boolean, { description: 'Ends the session of the refresh-token cookie' })
  @Public()
  async logout(@Context() http: HttpContext): Promise<boolean> {
    await this.auth.logout(refreshCookieOf(http));
    http.res.clearCookie(REFRESH_COOKIE, this.cookieOptions());
    return true;
  }

  @Query(() => User, { description: 'The signed-in user' })
  @SignedIn()
  async me(@Ctx() ctx: RequestContext): Promise<User> {
    const user = await this.users.findOne(ctx, ctx.actor.id);
    if (!user) throw notFound('User');
    return user;
  }

  private respond(http: HttpContext, session: Session): AuthPayload {
    // The rest of this response (the user's company, say) is read as the user just signed in.
    http.req.dengon = RequestContext.forUser(
      sessionOf(session.user),
      http.req.dengon?.address ?? 'unknown',
    );
    http.res.cookie(REFRESH_COOKIE, session.refreshToken.value, {
      ...this.cookieOptions(),
      expires: session.refreshToken.expiresAt,
    });
    return { accessToken: session.accessToken, user: session.user };
  }

  private cookieOptions(): CookieOptions {
    const secure =
      this.config.PUBLIC_URL?.startsWith('https:') ?? this.config.NODE_ENV === 'production';
    return { httpOnly: true, sameSite: 'strict', secure, path: COOKIE_PATH };
  }
}

function refreshCookieOf(http: HttpContext): string | undefined {
  const value: unknown = (http.req.cookies as Record<string, unknown> | undefined)?.[
    REFRESH_COOKIE
  ];
  return typeof value === 'string' ? value : undefined;
}
