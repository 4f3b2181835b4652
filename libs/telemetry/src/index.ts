export { flushTelemetry } from './flush-telemetry.ts';
export { startTelemetry, type Telemetry, type TelemetryOptions } from './start-telemetry.ts';
export { injectTraceHeaders, type MessageHeaders, withExtractedContext } from './trace-headers.ts';
