# Thin porcelain over the scripts; every target installs what it needs first (scripts/bootstrap.sh is idempotent).
SHELL := bash
export PATH := $(CURDIR)/.tools/bin:$(CURDIR)/node_modules/.bin:$(PATH)
node := node --conditions=@calbridge/source

.PHONY: bootstrap up down test check typecheck lint bench bench-booking bench-booking-cpu bench-pipeline bench-connector bench-inbound bench-notifications demo replay-dlq logs status

bootstrap:
	@scripts/bootstrap.sh

## up: start the whole stack in the background and return once every part answers /health/ready
up: bootstrap
	@$(node) deploy/local/stack/up.ts

## down: stop what `make up` started
down: bootstrap
	@$(node) deploy/local/stack/down.ts

## logs: every part's log as one colour-coded stream, following until Ctrl-C; LOGS=booking-service,kafka picks parts
logs: bootstrap
	@$(node) deploy/local/stack/logs.ts

## status: each part's state, pid, restarts and readiness, consumer lag and dead-letter depth; non-zero when not all is well
status: bootstrap
	@$(node) deploy/local/stack/status.ts

## demo: the seeds' stories told against the running stack (`make up` first), every step checked
demo: bootstrap
	@$(node) deploy/local/demo/tour.ts

## replay-dlq: put TOPIC's dead letters (<TOPIC>.dlq) back on TOPIC once, e.g. TOPIC=booking.events.v1 [PREFIX=…]
replay-dlq: bootstrap
	@$(node) libs/messaging/src/cli/replay-dead-letters.ts --topic "$(TOPIC)" --prefix "$(PREFIX)"

## test: type-check, lint, then every test against a real Postgres and a real Kafka broker
test: bootstrap check
	@scripts/test.sh

check: typecheck lint

typecheck:
	@tsc -b
	@tsc -p deploy/local/stack
	@tsc -p deploy/chart-test

lint:
	@biome check .

## bench: throughput figures as JSON
bench: bootstrap
	@$(node) bench/src/run.ts

## bench-booking: only the booking-creation figures, a few runs (see bench/src/booking-only.ts)
bench-booking: bootstrap
	@$(node) bench/src/booking-only.ts

## bench-booking-cpu: CPU per booking of the client, the service and Postgres, against the raw baseline (Linux)
bench-booking-cpu: bootstrap
	@$(node) bench/src/booking-cpu.ts

## bench-pipeline: only the outbox relay and EventChanged → BlockApplied figures, with CPU per event (Linux)
bench-pipeline: bootstrap
	@$(node) bench/src/relay-pipeline-only.ts

## bench-notifications: only the notification-service figure (ConflictDetected → SMTP against raw nodemailer sends)
bench-notifications: bootstrap
	@cd services/notification-service && $(node) bench/conflict-to-smtp.bench.ts

## bench-connector: only the calendar-connector figures (bookings → Google events, calls per change), a few runs
bench-connector: bootstrap
	@$(node) bench/src/connector-only.ts

## bench-inbound: only the Google → availability figures (webhook intake vs bare Fastify, change → BlockApplied, calls per change), a few runs
bench-inbound: bootstrap
	@$(node) bench/src/inbound-only.ts
