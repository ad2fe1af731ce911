# SecurityCoop API: build with the .NET SDK (and Node.js for the bundled GraphiQL assets), run on the ASP.NET runtime
# as its unprivileged user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /source
# Restore from the project files alone first: a change to the sources then reuses the restored layers.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/SecurityCoop.Core/SecurityCoop.Core.csproj src/SecurityCoop.Core/
COPY src/SecurityCoop.Neo4j/SecurityCoop.Neo4j.csproj src/SecurityCoop.Neo4j/
COPY src/SecurityCoop.Api/SecurityCoop.Api.csproj src/SecurityCoop.Api/
RUN dotnet restore src/SecurityCoop.Api/SecurityCoop.Api.csproj
COPY src/SecurityCoop.Api/client/package.json src/SecurityCoop.Api/client/package-lock.json src/SecurityCoop.Api/client/
RUN cd src/SecurityCoop.Api/client && npm ci --no-audit --no-fund
COPY . .
RUN dotnet publish src/SecurityCoop.Api/SecurityCoop.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY docker/api-entrypoint.sh /app/api-entrypoint.sh
RUN chmod 755 /app/api-entrypoint.sh
ENV ASPNETCORE_URLS=http://0.0.0.0:5080 \
    GraphStore__SnapshotPath=/tmp/securitycoop.snapshot
EXPOSE 5080
# The image's own user (not root); the program files stay root's, so the service cannot change them.
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 \
  CMD ["dotnet", "/app/SecurityCoop.Api.dll", "health", "--url", "http://localhost:5080/health/ready"]
ENTRYPOINT ["/app/api-entrypoint.sh"]
