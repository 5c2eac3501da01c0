package dev.avalanche.models.sim;

import java.util.Arrays;

/**
 * The balancer's least-connections choice in O(log servers) instead of a scan of every server: a
 * tournament tree whose leaves are the servers' open-request counts and whose inner nodes hold the
 * least count below them.
 *
 * <p>The choice is the scan's, exactly: the server whose turn it is when it has as few open requests
 * as any, else the lowest-numbered server with the fewest.
 *
 * <p>Not thread-safe; owned by one flow.
 */
final class LeastConnections {

    private final int leaves;
    /** Node 1 is the root, node k's children are 2k and 2k + 1, leaf i is node leaves + i. */
    private final int[] least;

    /** {@code servers} servers, none with an open request. */
    LeastConnections(int servers) {
        int n = Integer.highestOneBit(Math.max(1, servers - 1)) << 1;
        this.leaves = n;
        this.least = new int[2 * n];
        // Leaves past the last server never win.
        Arrays.fill(least, n + servers, 2 * n, Integer.MAX_VALUE);
        for (int k = n - 1; k >= 1; k--) {
            least[k] = Math.min(least[2 * k], least[2 * k + 1]);
        }
    }

    /** Server {@code server} now has {@code open} open requests. */
    void update(int server, int open) {
        int k = leaves + server;
        least[k] = open;
        for (k >>>= 1; k >= 1; k >>>= 1) {
            least[k] = Math.min(least[2 * k], least[2 * k + 1]);
        }
    }

    /** The server to send to when it is {@code turn}'s turn. */
    int choose(int turn) {
        int fewest = least[1];
        if (least[leaves + turn] == fewest) {
            return turn;
        }
        int k = 1;
        while (k < leaves) {
            k = least[2 * k] == fewest ? 2 * k : 2 * k + 1;
        }
        return k - leaves;
    }
}
