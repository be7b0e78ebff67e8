import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/config';

/**
 * Security headers on every response (docs/security.md): a Content-Security-
 * Policy the built apps pass (scripts only from this origin, no framing),
 * nosniff, no referrer beyond this origin (acknowledgment links carry tokens),
 * no X-Powered-By, HSTS where Dengon is served over HTTPS. The GraphQL
 * endpoint answers JSON; in development its GET is Apollo's sandbox page, which
 * loads from Apollo's CDN, so it gets the headers without the policy.
 */
export function securityHeaders(app: NestExpressApplication, config: AppConfig): void {
  const https = config.PUBLIC_URL?.startsWith('https:') ?? false;
  const twilio = Boolean(config.TWILIO_ACCOUNT_SID && config.TWILIO_TWIML_APP_SID);
  const common = {
    referrerPolicy: { policy: 'same-origin' as const },
    frameguard: { action: 'deny' as const },
    strictTransportSecurity: https ? { maxAge: 31_536_000 } : false,
    crossOriginEmbedderPolicy: false,
  };
  const withPolicy = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets style attributes and injects its CSS variables.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // Twilio's device plays its sounds from Twilio's SDK host.
        mediaSrc: ["'self'", 'blob:', ...(twilio ? ['https://sdk.twilio.com'] : [])],
        // Subscriptions over this origin's WebSocket; the softphone to the SIP
        // edge, or Twilio's device to its signalling edge and event gateway.
        connectSrc: [
          "'self'",
          ...(config.VOICE_WS_URL ? [new URL(config.VOICE_WS_URL).origin] : []),
          ...(twilio ? ['wss://*.twilio.com', 'https://*.twilio.com'] : []),
        ],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
  });
  const withoutPolicy = helmet({ ...common, contentSecurityPolicy: false });
  app.disable('x-powered-by');
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path === '/graphql' ? withoutPolicy(req, res, next) : withPolicy(req, res, next),
  );
}
