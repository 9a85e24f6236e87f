import { Global, Module } from '@nestjs/common';
import { unrestricted } from './access';
import { Authenticator, type Credentials } from './authenticator';

class AuthOffAuthenticator extends Authenticator {
  async authenticate(_credentials: Credentials) {
    return unrestricted('auth-off', 'auth-off');
  }
}

@Global()
@Module({
  providers: [{ provide: Authenticator, useClass: AuthOffAuthenticator }],
  exports: [Authenticator],
})
export class AuthModule {}
