import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { LIVE_BUS, type LiveBus } from '@konzeptwerk/platform';
import { createLiveBus, liveBusConfigFromEnv } from './create-live-bus';

export interface LiveModuleOptions {
  /** The app's database; REDIS_URL and LIVE_PREFIX come from the environment. */
  databaseUrl: string;
}

@Injectable()
class LiveLifecycle implements OnApplicationShutdown {
  constructor(@Inject(LIVE_BUS) private readonly bus: LiveBus) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}

/** The process's LiveBus as LIVE_BUS, for every module: import once, with the app's database. */
@Module({})
export class LiveModule {
  static forRoot(options: LiveModuleOptions): DynamicModule {
    return {
      module: LiveModule,
      global: true,
      providers: [
        { provide: LIVE_BUS, useFactory: () => createLiveBus(liveBusConfigFromEnv(process.env, options.databaseUrl)) },
        LiveLifecycle,
      ],
      exports: [LIVE_BUS],
    };
  }
}
