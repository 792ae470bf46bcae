/**
 * What the container rules know about package managers and build images: which RUN downloads
 * dependencies, which files decide what it downloads (copy those alone first), where its
 * download cache lives (mount it), and which base images carry a whole toolchain.
 */

export interface DependencyTool {
  readonly name: string;
  /** A RUN command that downloads dependencies. */
  readonly install: RegExp;
  /** The files that decide what it downloads: copied alone first, the layer caches until they change. */
  readonly manifests: readonly string[];
  /** File names (not paths) that count as those manifests, `package*.json` included. */
  readonly manifest: RegExp;
  /** Where its download cache lives in the default images: `RUN --mount=type=cache,target=…`. */
  readonly cacheTarget: string;
  /** A flag that already keeps the cache out of the layer. */
  readonly noCache?: RegExp;
  /** Where the install is also the build (go build, mvn package): the command that only downloads. */
  readonly prefetch?: string;
}

export const DEPENDENCY_TOOLS: readonly DependencyTool[] = [
  { name: 'npm', install: /\bnpm (?:ci|install|i)\b/, manifests: ['package.json', 'package-lock.json'], manifest: /^(?:package(?:-lock)?\.json|package\*\.json|npm-shrinkwrap\.json|\.npmrc)$/, cacheTarget: '/root/.npm' },
  { name: 'yarn', install: /\byarn(?: install)?(?:\s+--?[\w-]+(?:=\S+)?)*\s*(?:$|&&|;|\|)/, manifests: ['package.json', 'yarn.lock'], manifest: /^(?:package\.json|package\*\.json|yarn\.lock|\.yarnrc(?:\.yml)?|\.yarn)$/, cacheTarget: '/usr/local/share/.cache/yarn' },
  { name: 'pnpm', install: /\bpnpm (?:i|install)\b/, manifests: ['package.json', 'pnpm-lock.yaml'], manifest: /^(?:package\.json|package\*\.json|pnpm-(?:lock|workspace)\.yaml|\.npmrc)$/, cacheTarget: '/root/.local/share/pnpm/store' },
  { name: 'pip', install: /\bpip3? install\b/, manifests: ['requirements.txt'], manifest: /^(?:requirements[\w.*-]*\.txt|constraints[\w.-]*\.txt|requirements)$/, cacheTarget: '/root/.cache/pip', noCache: /--no-cache-dir\b/ },
  { name: 'poetry', install: /\bpoetry install\b/, manifests: ['pyproject.toml', 'poetry.lock'], manifest: /^(?:pyproject\.toml|poetry\.lock)$/, cacheTarget: '/root/.cache/pypoetry' },
  { name: 'uv', install: /\buv (?:sync|pip install)\b/, manifests: ['pyproject.toml', 'uv.lock'], manifest: /^(?:pyproject\.toml|uv\.lock)$/, cacheTarget: '/root/.cache/uv', noCache: /--no-cache\b/ },
  { name: 'go', install: /\bgo (?:mod download|build|install)\b/, manifests: ['go.mod', 'go.sum'], manifest: /^go\.(?:mod|sum)$/, cacheTarget: '/go/pkg/mod', prefetch: 'go mod download' },
  { name: 'maven', install: /(?:^|[\s;&|])(?:\.\/)?mvnw?\s/, manifests: ['pom.xml'], manifest: /^pom\.xml$/, cacheTarget: '/root/.m2', prefetch: 'mvn -B dependency:go-offline' },
  { name: 'gradle', install: /(?:^|[\s;&|])(?:\.\/)?gradlew?\s/, manifests: ['build.gradle*', 'settings.gradle*', 'gradle/'], manifest: /^(?:(?:build|settings)\.gradle(?:\.kts)?|[\w*]+\.gradle\*?|gradle|gradle\.properties|gradlew)$/, cacheTarget: '/root/.gradle', prefetch: './gradlew dependencies --no-daemon' },
  { name: 'cargo', install: /\bcargo (?:build|fetch|install)\b/, manifests: ['Cargo.toml', 'Cargo.lock'], manifest: /^Cargo\.(?:toml|lock)$/, cacheTarget: '/usr/local/cargo/registry', prefetch: 'cargo fetch' },
  { name: 'bundler', install: /\bbundle install\b/, manifests: ['Gemfile', 'Gemfile.lock'], manifest: /^Gemfile(?:\.lock)?$/, cacheTarget: '/usr/local/bundle/cache' },
  { name: 'composer', install: /\bcomposer install\b/, manifests: ['composer.json', 'composer.lock'], manifest: /^composer\.(?:json|lock)$/, cacheTarget: '/root/.composer/cache' },
  { name: 'dotnet', install: /\bdotnet (?:restore|publish|build)\b/, manifests: ['*.csproj'], manifest: /\.(?:csproj|fsproj|vbproj|sln)$|^(?:nuget\.config|Directory\.(?:Build|Packages)\.props)$/i, cacheTarget: '/root/.nuget/packages', prefetch: 'dotnet restore' }
];

export interface SystemPackages {
  readonly name: string;
  readonly install: RegExp;
  /** Removing the index or cache in the same RUN keeps it out of the layer. */
  readonly cleanup: RegExp;
  readonly noCache?: RegExp;
  readonly cleanupText: string;
  readonly cacheTargets: readonly string[];
}

export const SYSTEM_PACKAGES: readonly SystemPackages[] = [
  {
    name: 'apt',
    install: /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b/,
    cleanup: /rm\s+-r?f?r?\s+\/var\/lib\/apt\/lists/,
    cleanupText: '&& rm -rf /var/lib/apt/lists/*',
    cacheTargets: ['/var/cache/apt', '/var/lib/apt']
  },
  { name: 'apk', install: /\bapk\s+add\b/, cleanup: /rm\s+-r?f?r?\s+\/var\/cache\/apk/, noCache: /--no-cache\b/, cleanupText: '(use apk add --no-cache)', cacheTargets: ['/var/cache/apk'] },
  { name: 'dnf', install: /\b(?:yum|dnf|microdnf)\s+(?:-\S+\s+)*install\b/, cleanup: /\b(?:yum|dnf|microdnf) clean all\b/, cleanupText: '&& dnf clean all', cacheTargets: ['/var/cache/dnf', '/var/cache/yum'] }
];

/** Packages that only building needs. */
export const BUILD_PACKAGES = /\b(?:build-essential|build-base|gcc|g\+\+|clang|make|cmake|[\w.+-]+-dev(?:el)?)\b/;

export interface BuildImage {
  /** Matched against the image name without registry tag. */
  readonly image: RegExp;
  /** Tags that are runtime images already (jre, slim). */
  readonly runtimeTag?: RegExp;
  /** A RUN that builds with it. */
  readonly build: RegExp;
  readonly what: string;
  /** A small image that runs what it builds. */
  readonly runtime: string;
  /** Another runtime worth naming. */
  readonly alternative?: string;
}

export const BUILD_IMAGES: readonly BuildImage[] = [
  { image: /(?:^|\/)golang$/, build: /\bgo build\b/, what: 'the Go toolchain (~800 MB)', runtime: 'gcr.io/distroless/static-debian12' },
  { image: /(?:^|\/)rust$/, build: /\bcargo build\b/, what: 'the Rust toolchain (~1.5 GB)', runtime: 'gcr.io/distroless/cc-debian12' },
  { image: /(?:^|\/)(?:maven|gradle)$/, build: /(?:^|[\s;&|])(?:\.\/)?(?:mvnw?|gradlew?)\s/, what: 'the build tool and a full JDK', runtime: 'eclipse-temurin:21-jre' },
  { image: /(?:^|\/)(?:openjdk|eclipse-temurin|amazoncorretto)$/, runtimeTag: /jre/, build: /(?:^|[\s;&|])(?:\.\/)?(?:mvnw?|gradlew?|javac)\s/, what: 'a full JDK', runtime: 'eclipse-temurin:21-jre' },
  { image: /^mcr\.microsoft\.com\/dotnet\/sdk$/, build: /\bdotnet (?:publish|build)\b/, what: 'the .NET SDK (~800 MB)', runtime: 'mcr.microsoft.com/dotnet/aspnet' },
  { image: /(?:^|\/)(?:gcc|buildpack-deps)$/, build: /\b(?:make|gcc|g\+\+|cmake)\b/, what: 'a C/C++ toolchain', runtime: 'debian:bookworm-slim' },
  { image: /(?:^|\/)node$/, runtimeTag: /slim|alpine|distroless/, build: /\b(?:npm run build|yarn(?: run)? build|pnpm(?: run)? build)\b/, what: 'npm, the dev dependencies and the build tools', runtime: 'node:22-slim', alternative: 'nginx:alpine for static files' }
];

/** Local sources ADD unpacks on its own: the one thing ADD does that COPY cannot. */
export const LOCAL_ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
export const REMOTE_SOURCE = /^(?:https?:\/\/|git@|git:\/\/)/i;
