package dev.avalanche.models.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LeastConnectionsTest {

    /** The choice by a scan of every server, as the balancer made it before the tree. */
    private static int scan(int[] open, int turn) {
        int best = turn;
        for (int s = 0; s < open.length; s++) {
            if (open[s] < open[best]) {
                best = s;
            }
        }
        return best;
    }

    @Test
    void choosesAsAScanOfEveryServerWouldForAnyNumberOfServers() {
        SplittableRandom random = new SplittableRandom(14);
        for (int servers : new int[] {1, 2, 3, 5, 8, 13, 200}) {
            LeastConnections tree = new LeastConnections(servers);
            int[] open = new int[servers];
            int turn = 0;
            for (int step = 0; step < 20_000; step++) {
                if (random.nextInt(2) == 0) {
                    int chosen = tree.choose(turn);
                    assertEquals(scan(open, turn), chosen, servers + " servers, step " + step);
                    turn = (turn + 1) % servers;
                    tree.update(chosen, ++open[chosen]);
                } else {
                    int s = random.nextInt(servers);
                    if (open[s] > 0) {
                        tree.update(s, --open[s]);
                    }
                }
            }
        }
    }
}
