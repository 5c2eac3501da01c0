/**
 * Simulation against measurement: the figures a live run is compared on, the tolerances a
 * prediction must meet, and the verdict of the comparison. Pure functions of two results.
 */
package dev.avalanche.models.validation;
