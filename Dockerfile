# syntax=docker/dockerfile:1
# One image for the API (default command) and the worker (see docker-compose.yml):
# the server compiled by tsc to dist/server, the web app built by Vite to
# dist/apps/web (the API serves it), and the production dependencies.
#
#   docker build -t konzeptwerk .
#   docker run -e DATABASE_URL=postgres://… -p 3000:3000 konzeptwerk
#   docker run -e DATABASE_URL=postgres://… konzeptwerk node -r ./scripts/register-dist-paths.cjs dist/server/apps/worker/src/main.js
#
# Built for linux/amd64: package.json depends on the x64 binaries of the
# embedded PostgreSQL that `npm start` uses, and npm refuses them elsewhere.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# The lockfile and package.json's "allowScripts" are npm 11's; Node 20 images ship npm 10.
ARG NPM_VERSION=11.19.1
RUN npm install -g npm@${NPM_VERSION}

# Every dependency, for the build.
FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

FROM deps AS build
COPY . .
RUN npm run build

# Only what runs in production. Install scripts are skipped: none is needed at
# run time (the one that matters prepares the embedded PostgreSQL of `npm start`;
# a container talks to DATABASE_URL instead).
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts

FROM base AS app
ENV NODE_ENV=production PORT=3000
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# register-dist-paths.cjs maps the @konzeptwerk/* imports to dist/server using tsconfig.base.json.
COPY package.json tsconfig.base.json ./
COPY scripts/register-dist-paths.cjs ./scripts/
USER node
EXPOSE 3000
CMD ["node", "-r", "./scripts/register-dist-paths.cjs", "dist/server/apps/api/src/main.js"]
