/**
 * Implementation details of the kernel (the event heap, the FIFO lanes of recurring delays). Not an
 * API: may change without notice.
 */
package dev.avalanche.engine.internal;
