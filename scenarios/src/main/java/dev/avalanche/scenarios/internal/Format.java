package dev.avalanche.scenarios.internal;

import static dev.avalanche.scenarios.internal.FieldSpec.absent;
import static dev.avalanche.scenarios.internal.FieldSpec.alternative;
import static dev.avalanche.scenarios.internal.FieldSpec.optional;
import static dev.avalanche.scenarios.internal.FieldSpec.required;

import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Workers;
import dev.avalanche.scenarios.internal.ValueType.Bool;
import dev.avalanche.scenarios.internal.ValueType.Bytes;
import dev.avalanche.scenarios.internal.ValueType.Choice;
import dev.avalanche.scenarios.internal.ValueType.Dist;
import dev.avalanche.scenarios.internal.ValueType.Duration;
import dev.avalanche.scenarios.internal.ValueType.Int;
import dev.avalanche.scenarios.internal.ValueType.ListOf;
import dev.avalanche.scenarios.internal.ValueType.MapOf;
import dev.avalanche.scenarios.internal.ValueType.Nested;
import dev.avalanche.scenarios.internal.ValueType.Num;
import dev.avalanche.scenarios.internal.ValueType.PoolSize;
import dev.avalanche.scenarios.internal.ValueType.Profile;
import dev.avalanche.scenarios.internal.ValueType.Text;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario format, declared once: every mapping, key, type, range, default, unit, meaning and
 * example. The binders ask {@link Fields} for the keys declared here (and only those), the
 * documentation ({@code docs/scenario-format.md}) and the JSON Schema ({@code avalanche schema})
 * are generated from it.
 *
 * <p>To add a field: declare it in its {@link Shape} here (a new mapping also goes into
 * {@link #shapes()}), bind it with {@code Fields.required(key, read)} or
 * {@code Fields.optional(key, absent, read)}, then regenerate the files with
 * {@code ./run-tests scenarios -Dtest=ScenarioFormatFilesTest -Davalanche.updateDocs=true}. A binder
 * that reads an undeclared key fails the first test that binds its mapping.
 */
final class Format {

    static final Duration DURATION = new Duration(false);
    static final Duration POSITIVE = new Duration(true);
    static final String NAME_REGEX = "[a-z0-9-]+";
    static final String NAME_ALLOWED = "a name of lower-case letters, digits and '-' (it names the output folder)";
    static final String SERVICE_REGEX = "[A-Za-z0-9_-]+";

    private Format() {
    }

    /** {@code users.generator:} the load generator's own process on the servers' host. */
    static final Shape GENERATOR = new Shape("users.generator", "{connect: 15us, write: 10us, read: 20us}",
            "The load generator (ab) runs on the servers' host, one single-threaded process: each connect, write and"
                    + " read is a CPU task on the host's cores, done in order. One server only.",
            List.of(optional("connect", DURATION, "0s", "CPU to open a connection (the SYN leaves at its end).", "12us"),
                    optional("write", DURATION, "0s", "CPU to write the request once the connection is established.", "10us"),
                    optional("read", DURATION, "0s", "CPU to read the response and close the connection.", "20us")));

    static final Shape OPEN = new Shape("users.arrivals", "{rate: <per second>} or {profile: [{at: 0s, rate: 300}, ...]}",
            "Open loop: intents arrive as a Poisson process whose rate is constant or follows a profile.",
            List.of(alternative("rate", new Num(0, true, null),
                            "a number of intents per second > 0, or a profile: [{at: 0s, rate: 300}, ...]",
                            "Intents (a user wanting a page) per second, constant.", "300").unit("per second"),
                    alternative("profile", new Profile("rate"), "",
                            "The rate over time: piecewise-linear between the points, the last one held.",
                            "[{at: 0s, rate: 300}, {at: 10m, rate: 330}]").unit("per second")),
            List.of(List.of("rate"), List.of("profile")));

    static final Shape CLOSED = new Shape("users.closed",
            "{concurrency: 10, requests: 100, think: 0s, rampUp: 25ms, firstAlone: false}",
            "Closed loop, like ab -c concurrency -n requests: each client sends its next request as soon as its"
                    + " previous one ended (plus think), until requests have been sent in all.",
            List.of(required("concurrency", new Int(1, false), "an integer >= 1 (clients)", "Clients.", "1000"),
                    required("requests", new Int(1, true), "an integer >= 1 (requests in all)", "Requests in all.", "2000"),
                    absent("think", new Dist(), "none: the next request leaves at once",
                            "Time between a response and the client's next request.", "100ms"),
                    optional("rampUp", DURATION, "0s",
                            "The clients start one after another, evenly over this span.", "25ms"),
                    optional("firstAlone", new Bool(), "false", "One client sends the first request alone; the others"
                            + " start when its response arrives, as ab 2.4 does.", "true")));

    static final Shape REFRESH = new Shape("users.refresh", "{probability: 0.9, max: 5, delay: 300ms}",
            "What a user who abandoned does next: refresh (send the same intent again) or leave for good.",
            List.of(required("probability", new Num(0, false, 1.0), "a probability in [0, 1]",
                            "The chance that a user who abandoned refreshes.", "0.9"),
                    required("max", new Int(0, false), "an integer >= 0 (refreshes per intent)",
                            "The most refreshes of one intent.", "5"),
                    absent("delay", new Dist(), "none (required when probability and max are above 0)",
                            "Time between abandoning and the new request.", "{dist: exponential, mean: 300ms}")));

    /** The fields of a retry, the users' ({@code users.retry}) and our client's ({@code client.retry}). */
    private static final List<FieldSpec> RETRY_FIELDS = List.of(
            required("maxAttempts", new Int(2, false), "an integer >= 2 (attempts in all, the first included)",
                    "Attempts in all, the first included.", "3"),
            optional("backoff", POSITIVE, "500ms", "The wait before the first retry (resilience4j's default).", "100ms"),
            optional("multiplier", new Num(1, false, null), "1.5",
                    "Each further wait is the previous one times this (exponential backoff).", "2"),
            optional("jitter", new Num(0, false, 1.0), "0.5",
                    "Each wait is drawn uniformly within +-jitter of itself (resilience4j's randomization factor,"
                            + " below 1).", "0.5"));

    /** {@code users.retry:} the users' application retrying an error answer. */
    static final Shape USER_RETRY = new Shape("users.retry", "{maxAttempts: 3, backoff: 100ms, multiplier: 2, jitter: 0.5}",
            "The users' application retries an error answer (5xx, a refused connection, a timeout; not an abandoned"
                    + " request): a new request of the same intent after a backoff, with resilience4j's rules."
                    + " Simulated only.",
            RETRY_FIELDS);

    static final Shape BUDGET = new Shape("services.<name>.client.retry.budget", "{ratio: 0.1, window: 10s, minRetries: 10}",
            "A retry budget (as Finagle's): retries may be at most ratio of the first attempts over the last window,"
                    + " plus minRetries; a retry beyond it is not made.",
            List.of(required("ratio", new Num(0, false, 1.0), "a fraction in [0, 1] (retries per first attempt)",
                            "Retries allowed per first attempt.", "0.1"),
                    optional("window", POSITIVE, "10s", "The span the budget counts over.", "10s"),
                    optional("minRetries", new Int(0, false), "0", "Retries always allowed within a window, besides"
                            + " the ratio.", "10").unit("retries")));

    static final Shape CLIENT_RETRY = new Shape("services.<name>.client.retry",
            "{maxAttempts: 3, backoff: 100ms, multiplier: 2, jitter: 0.5}",
            "Our client retries a failed call (an error or a timeout) after a backoff, as resilience4j's Retry.",
            Stream.concat(RETRY_FIELDS.stream(),
                    Stream.of(absent("budget", new Nested(BUDGET), "no budget: every failed call may be retried",
                            "A retry budget.", "{ratio: 0.1, window: 10s}"))).toList());

    static final Shape BREAKER = new Shape("services.<name>.client.breaker",
            "{window: count, windowSize: 100, minimumCalls: 100, failureRate: 50, slowCallRate: 100, slowCall: 60s,"
                    + " waitInOpen: 60s, halfOpenCalls: 10, fallback: 5ms}",
            "A circuit breaker with resilience4j's rules and defaults: closed, it judges the failure and slow-call"
                    + " rates over a sliding window; open, it refuses calls for waitInOpen; then half open, it lets"
                    + " halfOpenCalls through and judges them alone.",
            List.of(optional("window", choice(dev.avalanche.models.config.Breaker.Window.class), "count",
                            "The sliding window: the last windowSize calls, or the calls of the last windowSize seconds.",
                            "time"),
                    optional("windowSize", new Int(1, false), "100", "The window's size: calls, or seconds.", "100"),
                    optional("minimumCalls", new Int(1, false), "100",
                            "Calls the window must hold before a rate is judged.", "20").unit("calls"),
                    optional("failureRate", new Num(0, true, 100.0), "50",
                            "The failure rate at or above which it opens.", "50").unit("percent"),
                    optional("slowCallRate", new Num(0, true, 100.0), "100",
                            "The rate of slow calls at or above which it opens.", "80").unit("percent"),
                    optional("slowCall", POSITIVE, "60s", "A call longer than this is slow.", "2s"),
                    optional("waitInOpen", POSITIVE, "60s", "How long it refuses calls once open.", "10s"),
                    optional("halfOpenCalls", new Int(1, false), "10", "Calls let through when half open.", "10")
                            .unit("calls"),
                    absent("fallback", DURATION, "none: a refused call is an error at once (the request fails)",
                            "A refused call gets a fallback answer (a cache read, a default) costing the request this"
                                    + " long.", "5ms")));

    static final Shape BULKHEAD = new Shape("services.<name>.client.bulkhead", "{maxConcurrent: 20, maxWait: 0s}",
            "A bulkhead (resilience4j's semaphore Bulkhead): at most maxConcurrent calls at once per process; a call"
                    + " beyond waits up to maxWait, then fails.",
            List.of(required("maxConcurrent", new Int(1, false), "an integer >= 1 (calls at once)",
                            "Calls at once.", "20").unit("calls"),
                    optional("maxWait", DURATION, "0s", "How long a call beyond waits for a place.", "10ms")));

    static final Shape CLIENT = new Shape("services.<name>.client",
            "{retry: {maxAttempts: 3, backoff: 100ms}, breaker: {failureRate: 50}, bulkhead: {maxConcurrent: 20}}",
            "What our client does around each call to the service (each process has its own), as resilience4j does:"
                    + " the bulkhead outermost, then the breaker, then the retries of each attempt.",
            List.of(absent("retry", new Nested(CLIENT_RETRY), "no retries", "Retries of failed calls.",
                            "{maxAttempts: 3, backoff: 100ms, budget: {ratio: 0.1}}"),
                    absent("breaker", new Nested(BREAKER), "no breaker", "A circuit breaker.",
                            "{failureRate: 50, waitInOpen: 10s, fallback: 5ms}"),
                    absent("bulkhead", new Nested(BULKHEAD), "no bulkhead", "A bulkhead.", "{maxConcurrent: 20}")));

    static final Shape LIMIT = new Shape("servers.limit",
            "{algorithm: gradient2, initialLimit: 20, minLimit: 20, maxLimit: 200}",
            "An adaptive concurrency limit in front of each worker process, as Netflix concurrency-limits' SimpleLimiter"
                    + " with a Gradient2Limit (its defaults): a request that finds limit requests of its process in"
                    + " progress is answered 503 at once; each request served adjusts the limit.",
            List.of(required("algorithm", new ValueType.Choice(List.of("gradient2")),
                            "gradient2 (Netflix concurrency-limits' Gradient2Limit)", "The algorithm.", "gradient2"),
                    optional("initialLimit", new Int(1, false), "20", "The limit at the start (from minLimit to maxLimit).",
                            "20").unit("requests"),
                    optional("minLimit", new Int(1, false), "20", "The limit never falls below this.", "4")
                            .unit("requests"),
                    optional("maxLimit", new Int(1, false), "200", "Nor rises above this (at least minLimit).", "40")
                            .unit("requests"),
                    optional("smoothing", new Num(0, true, 1.0), "0.2", "How far each sample moves the limit.", "0.2"),
                    optional("rttTolerance", new Num(1, false, null), "1.5",
                            "How much slower than the long-term time a request may be before the limit falls.", "1.5"),
                    optional("longWindow", new Int(1, false), "600", "Samples the long-term time averages over.", "600"),
                    optional("queueSize", new Int(0, false), "4",
                            "What the limit grows by when requests are no slower than usual.", "4").unit("requests")));

    static final Shape USERS = new Shape("users", "a mapping with arrivals (or closed), patience, refresh",
            "Who sends the requests: open-loop arrivals or closed-loop clients, how long they wait, whether they refresh.",
            List.of(alternative("arrivals", new Nested(OPEN),
                            "arrivals: {rate: 300} (open loop), or closed: {concurrency: 10, requests: 100}",
                            "Open loop: intents arriving at a rate.", "{rate: 300}"),
                    alternative("closed", new Nested(CLOSED), "", "Closed loop: clients sending back to back.",
                            "{concurrency: 10, requests: 100}"),
                    absent("patience", new Dist(), "users wait for ever",
                            "How long a user waits for a response before abandoning it.",
                            "{dist: lognormal, median: 12s, sigma: 0.5}"),
                    absent("refresh", new Nested(REFRESH), "users never refresh", "What a user who abandoned does next.",
                            "{probability: 0.9, max: 5, delay: 300ms}"),
                    absent("generator", new Nested(GENERATOR), "the load generator costs the servers nothing",
                            "The load generator's own process on the servers' host.", "{connect: 12us, write: 10us, read: 20us}"),
                    absent("retry", new Nested(USER_RETRY), "users' applications never retry",
                            "The users' application retrying an error answer (simulated only).",
                            "{maxAttempts: 3, backoff: 1s}")),
            List.of(List.of("arrivals"), List.of("closed")));

    static final Shape GIL = new Shape("servers.workers.gil", "{switchInterval: 5ms, mutex: 5us}",
            "CPython's lock over a process's threads (threads only): one thread of a process runs Python at a time.",
            List.of(optional("switchInterval", POSITIVE, "5ms",
                            "sys.getswitchinterval(): how long a waiter waits before asking the holder to drop the lock.", "5ms"),
                    optional("mutex", DURATION, "0s",
                            "CPU of one pass through the lock's mutex by a woken thread.", "5us")));

    static final Shape WORKERS = new Shape("servers.workers", "{model: threads, size: 40, memory: 8MiB}",
            "How each process carries its concurrent requests.",
            List.of(required("model", choice(Workers.Model.class), "one of threads, greenlets, virtual-threads",
                            "OS threads (CPU bursts share the cores), greenlets (one at a time on the process's thread)"
                                    + " or virtual threads (on as many carriers as cores).", "threads"),
                    required("size", new PoolSize(), "an integer >= 1 per process (virtual-threads: 0 or unbounded)",
                            "The most requests one process serves at once.", "40").unit("requests per process"),
                    optional("memory", new Bytes(), "0", "Resident memory one worker costs, for the summary.", "8MiB")
                            .unit("bytes"),
                    absent("gil", new Nested(GIL), "no lock", "CPython's lock over the threads (threads only).",
                            "{switchInterval: 5ms, mutex: 5us}")));

    static final Shape FRONT = new Shape("servers.front", "{accept: 40us, write: 10us, relay: 30us, backlog: 100}",
            "A router or proxy in front of each server's workers (uWSGI's --http), one event loop on the host's cores.",
            List.of(optional("accept", DURATION, "0s",
                            "CPU to accept a connection, read its request and connect to the workers.", "40us"),
                    optional("write", DURATION, "0s", "CPU to write the request to the workers.", "10us"),
                    optional("relay", DURATION, "0s", "CPU to read the response and write it to the client.", "40us"),
                    required("backlog", new Int(0, false), "an integer >= 0 (the router's listen queue)",
                            "Its listen socket's backlog.", "100").unit("connections")));

    static final Shape TCP = new Shape("servers.tcp", "{somaxconn: 4096, synRetries: 6, synLinearTimeouts: 4, "
            + "synackRetries: 5, syncookies: true, rtoMin: 200ms}",
            "Linux's handshake settings for every listen socket on the hosts; each defaults to a Linux 6.5+ kernel's.",
            List.of(optional("somaxconn", new Int(1, false), "4096", "net.core.somaxconn: the cap on every listen backlog.",
                            "4096").unit("connections"),
                    optional("synRetries", new Int(1, false), "6",
                            "net.ipv4.tcp_syn_retries: SYN retransmissions before connect fails.", "6"),
                    optional("synLinearTimeouts", new Int(0, false), "4",
                            "net.ipv4.tcp_syn_linear_timeouts: retransmissions 1 s apart before they double.", "4"),
                    optional("synackRetries", new Int(1, false), "5", "net.ipv4.tcp_synack_retries.", "5"),
                    optional("syncookies", new Bool(), "true",
                            "net.ipv4.tcp_syncookies: a full SYN queue answers with a cookie.", "true"),
                    optional("rtoMin", POSITIVE, "200ms",
                            "The client's minimum retransmission timeout (TCP_RTO_MIN).", "200ms")));

    static final Shape SERVERS = new Shape("servers", "a mapping with count, cores, processes, workers, backlog, overflow",
            "The application hosts: count identical servers, each with cores CPU cores and processes worker processes"
                    + " sharing one listen socket.",
            List.of(required("count", new Int(1, false), "an integer >= 1 (servers)", "Identical servers.", "2"),
                    required("cores", new Int(1, false), "an integer >= 1 (CPU cores per server)",
                            "CPU cores per server.", "4").unit("cores"),
                    required("processes", new Int(1, false), "an integer >= 1 (worker processes per server)",
                            "Worker processes per server.", "8"),
                    required("workers", new Nested(WORKERS), "{model: threads, size: 40}",
                            "How each process carries its requests.", "{model: threads, size: 40}"),
                    required("backlog", new Int(0, false), "an integer >= 0 (the listen queue's length)",
                            "The listen socket's accept queue: connections waiting for a worker (capped at somaxconn).",
                            "100").unit("connections"),
                    required("overflow", choice(Servers.Overflow.class), "one of drop, reset",
                            "What happens to a connection when that queue is full: dropped (the client retransmits its"
                                    + " SYN) or reset (refused at once).", "drop"),
                    optional("accept", DURATION, "0s", "Time a process spends accepting one connection, one at a time.",
                            "20us"),
                    optional("overhead", DURATION, "0s",
                            "CPU each request costs its worker besides its own burst (the server's HTTP machinery).", "1ms"),
                    optional("discard", DURATION, "0s",
                            "Time a worker takes to throw away a request whose user left while it waited in the backlog.",
                            "100us"),
                    optional("abandoned", choice(Servers.Abandoned.class), "discard",
                            "What a worker does with such a request: discard it, or serve it in full as a server that"
                                    + " never notices the closed connection.", "serve"),
                    absent("front", new Nested(FRONT), "none: clients connect to the workers' socket",
                            "A router or proxy in front of each server's workers.", "{accept: 40us, backlog: 100}"),
                    absent("tcp", new Nested(TCP), "a Linux 6.5+ kernel's settings", "The kernel's handshake settings.",
                            "{somaxconn: 128}"),
                    optional("deferAccept", new Bool(), "false",
                            "The listen sockets set TCP_DEFER_ACCEPT (as uWSGI does): a connection completes with the"
                                    + " client's first data, not its bare ACK.", "true"),
                    absent("shedAfter", DURATION, "no shedding",
                            "Load shedding by queue time: a worker answers 503 at once, without working it, a request"
                                    + " that waited longer than this in the accept queue.", "2s"),
                    absent("limit", new Nested(LIMIT), "no limit", "An adaptive concurrency limit per worker process.",
                            "{algorithm: gradient2, initialLimit: 20, minLimit: 4, maxLimit: 40}")));

    static final Shape BALANCER = new Shape("balancer", "{policy: round-robin, timeout: 60s}",
            "A load balancer in front of the servers.",
            List.of(required("policy", choice(Balancer.Policy.class), "one of round-robin, least-connections, random",
                            "How a server is chosen for each request.", "round-robin"),
                    required("timeout", POSITIVE, "a duration > 0 (the balancer's wait for a server)",
                            "How long it waits for a server's response before answering 504.", "60s")));

    static final Shape CALL = new Shape("request.calls[]", "{service: social, count: 3, mode: sequential}",
            "Calls to a third party.",
            List.of(required("service", new Text(), "one of the services defined under services:",
                            "The service called, by its name under services.", "payments"),
                    optional("count", new Int(1, false), "1", "How many calls.", "3"),
                    optional("mode", choice(RequestWork.Call.Mode.class), "sequential",
                            "One after another, or all at once.", "parallel")));

    static final Shape LOCAL = new Shape("request.local[]", "{name: db, latency: 5ms}",
            "A step of fixed latency that waits without using CPU (a database or cache round trip).",
            List.of(required("name", new Text(), "text", "What the step is.", "db"),
                    required("latency", DURATION, Durations.ALLOWED, "How long it waits.", "5ms")));

    static final Shape REQUEST = new Shape("request", "a mapping with cpu, calls, local, cpuAfter",
            "The work of one request: its CPU, then its calls to third parties, then its local steps, then cpuAfter.",
            List.of(absent("cpu", new Dist(), "none", "CPU of the request's own work before its calls.",
                            "{dist: exponential, mean: 2ms}"),
                    optional("calls", new ListOf(CALL), "[]", "Calls to third parties, in order.",
                            "[{service: payments, count: 1}]"),
                    optional("local", new ListOf(LOCAL), "[]", "Local steps after the calls.", "[{name: db, latency: 5ms}]"),
                    absent("cpuAfter", new Dist(), "none", "CPU after the calls and local steps (building and writing"
                            + " the response).", "500us")));

    static final Shape KIND = new Shape("requests[]", "a kind of request {name, share, cpu, calls, local, cpuAfter}",
            "A kind of request in the mix: its name, its share of the intents, and its work as request: says it.",
            Stream.concat(Stream.of(
                    required("name", new Text(), "a name for results and thresholds (letters, digits, '_', '.', '-')",
                            "The kind's name, in results and thresholds (checkout/p99>2s).", "checkout"),
                    required("share", new Num(0, true, 1.0), "the kind's fraction of the intents, in (0, 1] (the shares sum to 1)",
                            "The kind's fraction of the intents.", "0.3")), REQUEST.fields().stream()).toList());

    static final Shape SERVICE = new Shape("services.<name>", "{latency: 600ms, timeout: 30s}",
            "A third party the requests call.",
            List.of(required("latency", new Dist(), DistributionBinder.ALLOWED, "Its response time in normal times.",
                            "{dist: lognormal, median: 600ms, sigma: 0.4}"),
                    required("timeout", POSITIVE, "a duration > 0 (our client's timeout on one call)",
                            "Our client's timeout on one call: a call not answered by then fails.", "30s"),
                    optional("errors", new Num(0, false, 1.0), "0", "The fraction of calls that fail (after their latency).",
                            "0.01"),
                    absent("capacity", new Int(1, false), "unlimited",
                            "The most calls it serves at once; further calls queue.", "100").unit("calls"),
                    absent("degradation", new Profile("factor"), "none: a factor of 1 throughout",
                            "A factor on the latency over time (1 = normal), independent of our load.",
                            "[{at: 0s, factor: 1}, {at: 10m, factor: 3}, {at: 16m, factor: 1}]"),
                    absent("client", new Nested(CLIENT), "none: one attempt per call, no breaker, no bulkhead",
                            "What our client does around each call: retries, a circuit breaker, a bulkhead.",
                            "{retry: {maxAttempts: 3, backoff: 100ms}, breaker: {failureRate: 50}}")));

    /** The scenario's own keys: variants may not override them. */
    static final List<FieldSpec> SCENARIO_FIELDS = List.of(
            required("name", new ValueType.Name(NAME_REGEX), NAME_ALLOWED, "The scenario's name; names the output folder.",
                    "story-avalanche"),
            optional("description", new Text(), "''", "What the scenario shows.", "Threads against greenlets."),
            optional("seed", new ValueType.AnyLong(), "1", "The seed of every random stream: same seed, same results.",
                    "42"),
            absent("variants", new ValueType.Overrides(NAME_REGEX), "one variant, base",
                    "Variants compared on shared axes: each a mapping from dotted paths to the values that replace the"
                            + " base's.", "{greenlets-1000: {servers.workers.model: greenlets, servers.workers.size: 1000}}"));

    /** The model's keys: what a variant may override. */
    static final List<FieldSpec> MODEL_FIELDS = List.of(
            required("duration", POSITIVE, Durations.ALLOWED,
                    "How long intents are generated (open loop), or the cap on a closed-loop run.", "30m"),
            optional("warmup", DURATION, "0s", "Statistics exclude what happens before it; shorter than duration.", "2m"),
            optional("interval", POSITIVE, "1s", "The time series' resolution.", "1s"),
            optional("drain", DURATION, "120s", "How long after duration requests in flight may finish.", "5m"),
            required("users", new Nested(USERS), "a mapping with arrivals: {rate: 300}", "Who sends the requests.",
                    "{arrivals: {rate: 300}, patience: 30s}"),
            absent("balancer", new Nested(BALANCER), "none: one server, which clients reach directly",
                    "A load balancer in front of the servers.", "{policy: round-robin, timeout: 60s}"),
            required("servers", new Nested(SERVERS), "a mapping with count, cores, processes, workers, backlog, overflow",
                    "The application hosts.", "{count: 1, cores: 2, processes: 1, workers: {model: greenlets, size: 100},"
                            + " backlog: 100, overflow: drop}"),
            alternative("request", new Nested(REQUEST), "a mapping with cpu, calls, local (or requests: a mix of kinds)",
                    "The work of one request, every request alike.", "{cpu: 5ms, calls: [{service: payments}]}"),
            alternative("requests", new ListOf(KIND), "",
                    "A mix of kinds of request, each with its share of the intents (the shares sum to 1); results,"
                            + " charts and thresholds come per kind as well as overall.",
                    "[{name: cart, share: 0.7, local: [{name: db, latency: 5ms}]}, {name: checkout, share: 0.3,"
                            + " calls: [{service: payments}]}]"),
            absent("services", new MapOf(SERVICE_REGEX, SERVICE), "none",
                    "The third parties, by name (letters, digits, '-' and '_').",
                    "{payments: {latency: 600ms, timeout: 30s}}"));

    /** The top level of a scenario file. */
    static final Shape TOP = new Shape("", "a mapping with name, duration, users, servers, request",
            "A scenario file.", Stream.concat(SCENARIO_FIELDS.stream(), MODEL_FIELDS.stream()).toList(),
            List.of(List.of("request"), List.of("requests")));

    /** A distribution of durations: its name after {@code dist:}, its parameters, what it is. */
    record DistSpec(String name, String meaning, List<FieldSpec> parameters, List<List<String>> oneOf) {
        List<String> keys() {
            return parameters.stream().map(FieldSpec::key).toList();
        }
    }

    private static FieldSpec seconds(String key, String meaning, String example) {
        return required(key, DURATION, Durations.ALLOWED, meaning, example);
    }

    /** The distributions, in the order messages list them. */
    static final List<DistSpec> DISTRIBUTIONS = List.of(
            new DistSpec("constant", "Always value (a bare duration means the same).",
                    List.of(seconds("value", "The value.", "2s")), List.of()),
            new DistSpec("exponential", "Memoryless, with this mean.", List.of(seconds("mean", "The mean.", "2s")), List.of()),
            new DistSpec("uniform", "Uniform between min and max.",
                    List.of(seconds("min", "The least value.", "1s"), seconds("max", "The largest value.", "3s")), List.of()),
            new DistSpec("normal", "Normal, truncated at 0.",
                    List.of(seconds("mean", "The mean.", "2s"), seconds("sd", "The standard deviation.", "300ms")), List.of()),
            new DistSpec("lognormal", "Lognormal: either median and sigma, or mean and p99.",
                    List.of(absent("median", DURATION, "", "The median (with sigma).", "600ms"),
                            absent("sigma", new Num(0, true, null), "", "The standard deviation of ln X (with median).",
                                    "0.5"),
                            absent("mean", DURATION, "", "The mean (with p99).", "700ms"),
                            absent("p99", DURATION, "", "The 99th percentile (with mean).", "3s")),
                    List.of(List.of("median", "sigma"), List.of("mean", "p99"))),
            new DistSpec("gamma", "Gamma with this mean and shape.",
                    List.of(seconds("mean", "The mean.", "2s"),
                            required("shape", new Num(0, true, null), "a number > 0", "The shape.", "2")), List.of()),
            new DistSpec("erlang", "Erlang: the sum of phases exponential phases, with this mean.",
                    List.of(seconds("mean", "The mean.", "2s"),
                            required("phases", new Int(1, false), "an integer >= 1", "The phases.", "3")), List.of()),
            new DistSpec("pareto", "Pareto with this scale (the least value) and shape.",
                    List.of(seconds("scale", "The scale (the least value).", "100ms"),
                            required("shape", new Num(0, true, null), "a number > 0", "The shape.", "2.5")), List.of()),
            new DistSpec("empirical", "Piecewise-linear through these percentiles.",
                    List.of(seconds("p50", "The median.", "600ms"), seconds("p90", "The 90th percentile.", "1s"),
                            seconds("p99", "The 99th percentile.", "2s"), seconds("max", "The largest value.", "5s"),
                            optional("min", DURATION, "0s", "The least value.", "100ms")), List.of()),
            new DistSpec("mixture", "Components drawn with probabilities proportional to their weights.",
                    List.of(required("of", new ValueType.Components(),
                            "a list of components such as {weight: 0.95, dist: exponential, mean: 100ms}",
                            "The components: each a distribution with a weight > 0.",
                            "[{weight: 0.95, dist: exponential, mean: 100ms}, {weight: 0.05, dist: constant, value: 5s}]")),
                    List.of()));

    /** The distribution called {@code name}, or null. */
    static DistSpec distribution(String name) {
        return DISTRIBUTIONS.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
    }

    /** Every mapping of the format, parents before children, in document order. */
    static List<Shape> shapes() {
        return List.of(TOP, USERS, OPEN, CLOSED, REFRESH, GENERATOR, USER_RETRY, BALANCER, SERVERS, WORKERS, GIL, FRONT,
                TCP, LIMIT, REQUEST, KIND, CALL, LOCAL, SERVICE, CLIENT, CLIENT_RETRY, BUDGET, BREAKER, BULKHEAD);
    }

    /** The spellings of an enum's constants, as {@link Values#choice} reads them. */
    static Choice choice(Class<? extends Enum<?>> type) {
        return new Choice(Arrays.stream(type.getEnumConstants()).map(Values::spelling).toList());
    }

    /** A number as the documentation writes it: 1, 0.5. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
