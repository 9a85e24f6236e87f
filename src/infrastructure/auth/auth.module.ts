import { Global, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AccessModule } from '../../modules/access/access.module';
import { AdministratorBootstrap } from '../../modules/access/bootstrap/administrator-bootstrap';
import { PrincipalDirectory } from '../../modules/access/principal-directory';
import type { SijillConfig } from '../config/config.schema';
import { unrestricted } from './access';
import { AuthSettings } from './auth-settings';
import { Authenticator } from './authenticator';
import { RegisterAuthenticator } from './register-authenticator';
import { createTokenVerifier } from './token-verifier';

/** SIJILL_AUTH=off: anyone who reaches the service may do anything, as `auth-off`. */
class AuthOffAuthenticator extends Authenticator {
  async authenticate() {
    return unrestricted('auth-off', 'auth-off');
  }
}

const authenticatorFor = async (settings: AuthSettings, directory: PrincipalDirectory): Promise<Authenticator> =>
  settings.enabled ? new RegisterAuthenticator(directory, settings.tokens && (await createTokenVerifier(settings.tokens))) : new AuthOffAuthenticator();

/** Who a request is: API keys and bearer tokens in, a principal with its grants out. */
@Global()
@Module({
  imports: [AccessModule],
  providers: [
    { provide: AuthSettings, inject: [ConfigService], useFactory: (config: ConfigService<SijillConfig, true>) => AuthSettings.of(readAuthConfig(config)) },
    { provide: Authenticator, inject: [AuthSettings, PrincipalDirectory], useFactory: authenticatorFor },
    AdministratorBootstrap,
  ],
  exports: [Authenticator, AuthSettings],
})
export class AuthModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Authentication');

  constructor(private readonly settings: AuthSettings) {}

  onApplicationBootstrap(): void {
    if (this.settings.enabled) return;
    this.logger.warn(
      'AUTHENTICATION IS OFF (SIJILL_AUTH=off): every request is the unrestricted principal "auth-off" and may read, record, erase and administer everything. Never run like this where anyone else can reach the service.',
    );
  }
}

const readAuthConfig = (config: ConfigService<SijillConfig, true>) => ({
  SIJILL_AUTH: config.get('SIJILL_AUTH', { infer: true }),
  SIJILL_JWT_SECRET: config.get('SIJILL_JWT_SECRET', { infer: true }),
  SIJILL_JWT_JWKS_URL: config.get('SIJILL_JWT_JWKS_URL', { infer: true }),
  SIJILL_JWT_PUBLIC_KEY: config.get('SIJILL_JWT_PUBLIC_KEY', { infer: true }),
  SIJILL_JWT_ISSUER: config.get('SIJILL_JWT_ISSUER', { infer: true }),
  SIJILL_JWT_AUDIENCE: config.get('SIJILL_JWT_AUDIENCE', { infer: true }),
});
