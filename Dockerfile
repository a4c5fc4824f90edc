# DfxrmViz container: multi-stage build from the repository alone; runs as a non-root user.
#   docker build -t dfxrmviz .  &&  docker run -p 8080:8080 -v dfxrmviz-data:/data dfxrmviz

# 1. Viewer bundle (three.js + OrbitControls via esbuild) and self-hosted Roboto, from package-lock.json.
FROM node:22-bookworm-slim AS viewer
WORKDIR /repo/src/DfxrmViz.Viewer
COPY src/DfxrmViz.Viewer/package.json src/DfxrmViz.Viewer/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src/DfxrmViz.Viewer/ ./
COPY wwwroot/ /repo/wwwroot/
RUN npm run build

# 2. Publish the web app (Release).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /repo
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig DfxrmViz.sln ./
COPY src/ src/
COPY --from=viewer /repo/wwwroot/ wwwroot/
RUN dotnet publish src/DfxrmViz.Web -c Release -o /app -nologo

# 3. Runtime: ASP.NET Core only, non-root, data directory as a volume, health check on /healthz.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown app:app /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DfxrmViz__DataDirectory=/data \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
VOLUME ["/data"]
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "DfxrmViz.Web.dll"]
