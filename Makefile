SHELL := /bin/bash
SWIFT ?= swift

.PHONY: deps run test test-swift test-charts bench conformance record

deps:
	@scripts/install-deps

## The main job: render the repository's own charts (for now: print a demo chart's coalesced values).
run: deps
	$(SWIFT) build -c release --product swiftchart
	.build/release/swiftchart values fixtures/values/demo-chart --set replicaCount=3,removeMe=null --set-string image.tag=1.28

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
