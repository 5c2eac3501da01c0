/**
 * The third parties: {@code ThirdPartyStub}, one NIO thread on 127.0.0.1 answering each call when
 * it is due ({@code StubEndpoint}: the service's latency times its degradation, its errors and
 * capacity, drawn from the service's named streams), over keep-alive {@code StubConnection}s.
 */
package dev.avalanche.bridge.internal.stub;
