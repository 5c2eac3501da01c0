package dev.avalanche.models.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {

    @Test
    void aShardIsWrittenIndexSlashCount() {
        assertEquals(new Shard(2, 8), Shard.parse("2/8"));
        assertEquals("2/8", new Shard(2, 8).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/4", "5/4", "1/0", "2", "a/4", "1/2/3", ""})
    void aShardOutsideOneToCountOrNotIOverNIsRejectedNamingTheOption(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(text));

        assertTrue(e.getMessage().startsWith("--shard: got "), e.getMessage());
        assertTrue(e.getMessage().contains("allowed i/n"), e.getMessage());
    }

    @Test
    void jobsAreDealtRoundRobin() {
        Shard second = new Shard(2, 3);

        assertTrue(second.owns(1));
        assertTrue(second.owns(4));
        assertFalse(second.owns(2));
        assertEquals(3, second.share(9));
        assertEquals(3, second.share(8));
        assertEquals(2, second.share(7));
        assertEquals(0, new Shard(4, 4).share(3));
    }
}
