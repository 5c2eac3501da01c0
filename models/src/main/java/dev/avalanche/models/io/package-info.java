/**
 * Writing results to disk whole or not at all, for every module that writes them (the result
 * writers, the charts, the report), and waiting for files written on other threads. Plain
 * java.nio: no format is known here.
 */
package dev.avalanche.models.io;
