# Sourced by the scripts: tools on PATH (cargo's, and wasm-opt from node_modules for Trunk).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
