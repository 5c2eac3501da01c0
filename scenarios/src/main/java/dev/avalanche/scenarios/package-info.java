/**
 * The YAML scenario format: parsing with Jackson, strict validation with file:line:column
 * messages, and loading a scenario into the models' configuration records.
 */
package dev.avalanche.scenarios;
