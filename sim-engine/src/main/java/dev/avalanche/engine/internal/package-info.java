/**
 * Implementation details of the kernel (the event heap). Not an API: may change without notice.
 */
package dev.avalanche.engine.internal;
