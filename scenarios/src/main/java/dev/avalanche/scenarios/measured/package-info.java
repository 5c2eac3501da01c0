/**
 * Scenario text written from measurements: a scenario calibrated against a running service
 * ({@link dev.avalanche.scenarios.measured.CalibratedScenario}) and a fragment fitted from an access
 * log ({@link dev.avalanche.scenarios.measured.AccessLogFragment}), each number with a comment
 * saying how it was measured and how sure it is. The text is the project's own scenario format,
 * and the loader reads it back.
 */
package dev.avalanche.scenarios.measured;
