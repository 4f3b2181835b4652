#!/usr/bin/env bash
# Builds the chart's test tools into the git-ignored .tools/: helm, kubeconform, yq, etcd and kube-apiserver from the Go
# module proxy, and Kubernetes' JSON schemas from the PyPI package kubernetes-validate. Nothing is downloaded prebuilt
# (this machine reaches only package registries). Safe to run again: a tool whose pinned version is there is skipped,
# so only the first run pays the kube-apiserver build (about 8 min on 2 cores).
# Why and how: docs/adr/0014-image-and-chart-checked-without-docker.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
k8s="$root/.tools/k8s"
bin="$root/.tools/bin"
helm_version="v3.22.0"
kubeconform_version="v0.7.0"
yq_version="v4.54.3"
etcd_version="v3.6.5"
kubernetes_version="v1.34.4"
# Kubernetes' own staging modules (k8s.io/api, …) are tagged v0.X.Y for Kubernetes v1.X.Y.
staging_version="v0.${kubernetes_version#v1.}"
schemas_package="kubernetes-validate==1.37.0"
schemas_kubernetes="v1.34.0"
mkdir -p "$k8s/bin" "$bin"
# Test files that start at once (and so call this at once) wait for one build instead of racing it.
exec 9>"$k8s/.lock"
flock 9
export GOFLAGS="-buildvcs=false"
# A tool build yields the CPU to everything else on the machine (tests, other builds).
go_build() { nice -n 19 go "$@"; }

# Links .tools/bin/<name> to the versioned binary, so a version bump rebuilds instead of reusing the old one.
link() { ln -sf "$k8s/bin/$1-$2" "$bin/$1"; }

have() { [ -x "$k8s/bin/$1-$2" ]; }

install_go_tool() { # name version package
  have "$1" "$2" && { link "$1" "$2"; return; }
  echo "install-k8s-tools: building $1 $2 (go install)"
  GOBIN="$k8s/build/gobin" go_build install "$3@$2"
  mv "$k8s/build/gobin/$1" "$k8s/bin/$1-$2"
  link "$1" "$2"
}

# A throwaway module that requires $module@$version and imports $import, so `go mod tidy` resolves the dependency
# graph that `go build $main` needs.
build_wrapped() { # name version module import main [replace-lines] [ldflags]
  local name="$1" version="$2" module="$3" import="$4" main="$5" replaces="${6:-}" ldflags="${7:-}"
  have "$name" "$version" && { link "$name" "$version"; return; }
  echo "install-k8s-tools: building $name $version (wrapper module, cached once built)"
  local dir="$k8s/build/$name-$version"
  rm -rf "$dir" && mkdir -p "$dir"
  printf 'module calbridge.local/%s\n\ngo 1.24\n\nrequire %s %s\n%s\n' "$name" "$module" "$version" "$replaces" \
    >"$dir/go.mod"
  printf '//go:build tools\n\npackage tools\n\nimport _ "%s"\n' "$import" >"$dir/tools.go"
  (cd "$dir" && go_build mod tidy && go_build build -trimpath -ldflags "$ldflags" -o "$k8s/bin/$name-$version" "$main")
  link "$name" "$version"
}

# What Kubernetes' own build stamps: without it /version says v0.0.0 and helm refuses a chart's kubeVersion.
kubernetes_minor="${kubernetes_version#v1.}"
kubernetes_ldflags="-X k8s.io/component-base/version.gitVersion=$kubernetes_version
  -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=${kubernetes_minor%%.*}"

# k8s.io/kubernetes replaces its staging modules with local folders, which a dependant cannot see: point each of
# them at its published tag instead.
kubernetes_replaces() {
  local gomod
  gomod="$(go mod download -json "k8s.io/kubernetes@$kubernetes_version" | sed -n 's/^\t"GoMod": "\(.*\)",$/\1/p')"
  sed -n "s#^\t\(k8s.io/[^ ]*\) => ./staging/.*#replace \1 => \1 $staging_version#p" "$gomod"
}

install_schemas() {
  local dest="$k8s/schemas/$schemas_kubernetes-local-strict"
  [ -f "$dest/all.json" ] && return
  echo "install-k8s-tools: fetching Kubernetes JSON schemas ($schemas_package from PyPI)"
  local tmp
  tmp="$(mktemp -d)"
  python3 -m pip download --quiet --no-deps --dest "$tmp" "$schemas_package"
  python3 - "$tmp"/*.whl "$schemas_kubernetes-local-strict" "$k8s/schemas" <<'PY'
import json, os, sys, zipfile
wheel, folder, dest = sys.argv[1:]
prefix = f"kubernetes_validate/kubernetes-json-schema/{folder}/"
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if name.startswith(prefix) and name.endswith(".json"):
            # The package resolves its "$id" URLs (https://kubernetes.io/api/…) itself; kubeconform would fetch
            # them. Without "$id", "_definitions.json" resolves to the sibling file.
            schema = json.loads(z.read(name))
            schema.pop("$id", None)
            text = json.dumps(schema).replace('"/api/_definitions.json#', '"_definitions.json#')
            path = os.path.join(dest, ".extract", name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as out:
                out.write(text)
PY
  mkdir -p "$k8s/schemas"
  rm -rf "$dest" && mv "$k8s/schemas/.extract/kubernetes_validate/kubernetes-json-schema/$schemas_kubernetes-local-strict" "$dest"
  rm -rf "$k8s/schemas/.extract" "$tmp"
}

install_schemas
install_go_tool helm "$helm_version" helm.sh/helm/v3/cmd/helm
install_go_tool kubeconform "$kubeconform_version" github.com/yannh/kubeconform/cmd/kubeconform
install_go_tool yq "$yq_version" github.com/mikefarah/yq/v4
build_wrapped etcd "$etcd_version" go.etcd.io/etcd/server/v3 go.etcd.io/etcd/server/v3/etcdmain go.etcd.io/etcd/server/v3
have kube-apiserver "$kubernetes_version" || replaces="$(kubernetes_replaces)"
build_wrapped kube-apiserver "$kubernetes_version" k8s.io/kubernetes k8s.io/kubernetes/cmd/kube-apiserver/app \
  k8s.io/kubernetes/cmd/kube-apiserver "${replaces:-}" "$kubernetes_ldflags"
