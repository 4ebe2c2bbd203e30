# Shared by scripts/demo.sh, scripts/test.sh and scripts/bench.sh (sourced, not run).

# Bold headers on a terminal, plain text in CI logs.
if [ -t 1 ]; then bold=$'\033[1m' red=$'\033[31m' plain=$'\033[0m'; else bold='' red='' plain=''; fi
step() { printf '\n%s==> %s%s\n' "$bold" "$*" "$plain"; }
fail() { printf '\n%sError: %s%s\n' "$red" "$*" "$plain" >&2; exit 1; }

export NEXT_TELEMETRY_DISABLED=1

# npm packages on a fresh clone, then the Prisma client (the schema may have
# changed since the last install, which is when postinstall generated it).
install_npm_packages() {
  if [ ! -f node_modules/.package-lock.json ]; then
    step "Installing npm packages"
    npm install --no-audit --no-fund
  fi
  step "Generating the Prisma client"
  npx prisma generate
}
