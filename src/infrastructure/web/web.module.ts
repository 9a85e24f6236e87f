import { Logger, Module } from '@nestjs/common';
import { AbstractLoader, ExpressLoader, ServeStaticModule, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import { defaultWebRoot, isBuilt, WEB_ROOT } from './web-root';

interface HeaderTarget {
  setHeader(name: string, value: string): void;
}

// Vite names every asset by its content hash, so a browser may keep one for good;
// index.html names the current assets and must be asked for again each time.
const cacheHeaders = (response: HeaderTarget, path: string): void => {
  response.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
};

const dashboardAt = (root: string): ServeStaticModuleOptions[] => {
  if (!isBuilt(root)) {
    new Logger('Dashboard').warn(`The dashboard is not built (no ${root}/index.html): run npm run build. GraphQL and /health are served as usual.`);
    return [];
  }
  new Logger('Dashboard').log(`Serving the dashboard from ${root} at /`);
  return [
    {
      rootPath: root,
      // Any other GET answers index.html, so a shared link such as /fr/meetings/<id> opens its view.
      exclude: ['/graphql{/*rest}', '/health{/*rest}'],
      serveStaticOptions: { index: 'index.html', setHeaders: cacheHeaders },
    },
  ];
};

@Module({ providers: [{ provide: WEB_ROOT, useFactory: defaultWebRoot }], exports: [WEB_ROOT] })
class WebRootModule {}

/** Serves the web dashboard (web/, built by `npm run build`) at / beside /graphql and /health. */
@Module({
  imports: [
    ServeStaticModule.forRootAsync({
      imports: [WebRootModule],
      inject: [WEB_ROOT],
      useFactory: (root: string) => dashboardAt(root),
      // The module picks its loader from the HTTP adapter while providers are built, which a
      // testing module does before it has one (it would serve nothing); the service runs on Express.
      extraProviders: [{ provide: AbstractLoader, useClass: ExpressLoader }],
    }),
  ],
})
export class WebModule {}
