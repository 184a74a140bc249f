import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import type { DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from '@konzeptwerk/database';
import { AuthService, IdentityModule, readSessionToken } from '@konzeptwerk/identity';
import { ConceptModule } from '@konzeptwerk/concept';
import { ConferencesModule } from '@konzeptwerk/conferences';
import { InventoryModule } from '@konzeptwerk/inventory';
import { SurveysModule } from '@konzeptwerk/surveys';
import { JobsModule } from '@konzeptwerk/jobs';
import { LiveModule } from '@konzeptwerk/live';
import { NotificationsModule } from '@konzeptwerk/notifications';
import { type Actor, Loaders, type RequestContext } from '@konzeptwerk/platform';
import { RegionsModule } from '@konzeptwerk/regions';
import { RevisionsModule } from '@konzeptwerk/revisions';
import { RecommendationsModule } from '@konzeptwerk/recommendations';
import { DomainErrorFilter } from './domain-error.filter';
import { formatError, localeOf, localiseErrors } from './graphql-errors';
import { graphqlWsOptions, isSocketContext, socketRequestContext } from './subscriptions';

export interface ApiOptions {
  databaseUrl: string;
  production: boolean;
  /** Tests pass a counting logger here. */
  dataSourceOverrides?: Partial<DataSourceOptions>;
}

/** Limits every operation must stay within: depth, cost, aliases, directives, tokens. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 1000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
};

export function graphqlOptions(auth: AuthService, production: boolean): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    includeStacktraceInErrorResponses: false,
    // No cache hints are used; without the cache-control plugin Apollo does not wrap every field resolver.
    plugins: [
      ...armor.plugins,
      localiseErrors,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: armor.validationRules,
    formatError,
    // Subscriptions over graphql-ws on the same server and path, with the same limits (see subscriptions.ts).
    subscriptions: {
      'graphql-ws': graphqlWsOptions({
        maxTokens: GRAPHQL_LIMITS.maxTokens,
        validationRules: armor.validationRules,
        production,
      }),
    },
    // Called with { req, res } for HTTP and with graphql-ws's connection context for each subscription.
    context: (arg: unknown): RequestContext => {
      if (isSocketContext(arg)) return socketRequestContext(auth, arg);
      const { req, res } = arg as { req: Request; res: Response };
      let actor: Promise<Actor> | undefined;
      return {
        req,
        res,
        locale: localeOf(req),
        loaders: new Loaders(),
        actor: () => (actor ??= auth.actorForToken(readSessionToken(req))),
      };
    },
  };
}

@Module({})
export class AppModule {
  static register(options: ApiOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.dataSourceOverrides)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [AuthService],
          useFactory: (auth: AuthService) => graphqlOptions(auth, options.production),
        }),
        IdentityModule,
        RegionsModule,
        RevisionsModule,
        RecommendationsModule,
        ConferencesModule,
        ConceptModule,
        InventoryModule,
        SurveysModule,
        NotificationsModule,
        JobsModule.forRoot({ databaseUrl: options.databaseUrl }),
        LiveModule.forRoot({ databaseUrl: options.databaseUrl }),
      ],
      providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
    };
  }
}
