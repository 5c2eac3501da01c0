/**
 * Simulation against measurement: the figures a live run is compared on, the tolerances a
 * prediction must meet, the conditions under which a live run cannot judge it (a busy host, a
 * lagging load generator), and the verdict: passed, failed or inconclusive. Pure functions of
 * results and measured conditions.
 */
package dev.avalanche.models.validation;
