// The part of oidc-provider (a test dependency that ships no types) that the test support uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface ProviderAccount {
    accountId: string;
    claims: (use: string, scope: string) => Promise<Record<string, unknown>>;
  }

  export interface ProviderConfiguration {
    clients?: Array<Record<string, unknown>>;
    findAccount?: (ctx: unknown, sub: string) => Promise<ProviderAccount | undefined>;
    interactions?: { url: (ctx: unknown, interaction: { uid: string }) => string };
    features?: Record<string, unknown>;
    pkce?: { required: () => boolean };
    jwks?: { keys: object[] };
    cookies?: { keys: string[] };
    claims?: Record<string, string[] | null>;
  }

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; details: { missingOIDCScope?: string[]; missingOIDCClaims?: string[] } };
    params: Record<string, unknown>;
    session?: { accountId: string };
    grantId?: string;
  }

  export interface ProviderGrant {
    addOIDCScope: (scope: string) => void;
    addOIDCClaims: (claims: string[]) => void;
    save: () => Promise<string>;
  }

  export default class Provider {
    constructor(issuer: string, configuration?: ProviderConfiguration);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    Grant: new (properties: { accountId: string; clientId: string }) => ProviderGrant;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
