SHELL := /bin/bash
SWIFT ?= swift

.PHONY: deps run test test-swift test-charts bench conformance record

deps:
	@scripts/install-deps

## The main job: render the repository's own charts (helm/ = alga-core, ee/helm/*, charts/*), each
## with its talos-single-node profile values when the profile has a file named after the chart.
PROFILE_VALUES := ee/appliance/flux/profiles/talos-single-node/values
run: deps
	$(SWIFT) build -c release --product swiftchart
	@set -euo pipefail; for chart in helm ee/helm/* charts/*; do \
	  [[ -f "$$chart/Chart.yaml" ]] || continue; \
	  name=$$(sed -n 's/^name:[[:space:]]*//p' "$$chart/Chart.yaml" | head -n 1 | tr -d '"'"'"); \
	  values=(); [[ -f "$(PROFILE_VALUES)/$$name.yaml" ]] && values=(-f "$(PROFILE_VALUES)/$$name.yaml"); \
	  echo "# swiftchart template $$name $$chart -n msp $${values[*]}" >&2; \
	  .build/release/swiftchart template "$$name" "$$chart" -n msp "$${values[@]}"; \
	done

## Every test: the Swift suites (fixtures recorded from real Helm, PostgreSQL-backed bootstrap tests).
test: deps test-swift test-charts

test-swift:
	$(SWIFT) build --build-tests
	scripts/test-postgres run -- $(SWIFT) test

## The appliance charts, Flux profile and deploy-app.sh against fixtures/alga (and swiftchart once
## built), plus alga-bootstrap and PgBouncer run with the rendered configuration on a local PostgreSQL.
test-charts:
	$(SWIFT) build --product alga-bootstrap
	scripts/test-postgres run -- scripts/test-charts

## Re-records every fixture from the real Helm engine (needs PyPI for helm-python-sdk).
record:
	scripts/record-fixtures

conformance:
	scripts/record-fixtures
	git diff --exit-code fixtures/
	scripts/conformance-aes

## Benchmarks, printed never asserted: swiftchart vs real Helm as time ratios on a 1 MB template and
## the repository's charts, then the template engine's parse/execute throughput on a 1 MB template.
bench:
	scripts/install-deps --oracle
	$(SWIFT) build -c release --product swiftchart
	scripts/bench
	GOTEMPLATE_BENCH=1 $(SWIFT) test -c release -Xswiftc -enable-testing --filter BenchmarkTests
