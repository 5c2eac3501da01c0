package dev.avalanche.models.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profile fit, the thinned sample and the path templates, on inputs whose answer is known. */
class ProfileAndKindsTest {

    @Test
    void aPiecewiseLinearDayIsRecoveredByItsOwnCornersWithThePeakAmongThem() {
        double[] rates = new double[96];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = i <= 48 ? 1 + 9 * i / 48.0 : 10 - 8 * (i - 48) / 47.0;
        }
        ProfileFit p = ProfileFit.of(rates, 900, 24, 0.01);
        assertEquals(3, p.points().size(), "first, peak, last: " + p);
        assertEquals(10, p.peakRate(), 1e-12);
        assertEquals(48.5 * 900, p.peakAtSeconds(), 1e-9);
        assertEquals(0, p.maxError(), 1e-9);
    }

    @Test
    void theCornersStopAtTheirCapEvenWhenTheToleranceIsNotMet() {
        double[] noise = new double[200];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (i * 7919) % 13;
        }
        ProfileFit p = ProfileFit.of(noise, 60, 10, 0);
        assertEquals(10, p.points().size());
        assertTrue(p.points().stream().anyMatch(c -> c.rate() == 12), "the peak is a corner");
    }

    @Test
    void aThinnedSampleKeepsAtMostItsCapacityEvenlySpreadOverTheStream() {
        ThinnedSample s = new ThinnedSample(100);
        for (int i = 0; i < 100_000; i++) {
            s.add(i);
        }
        double[] v = s.values();
        assertEquals(100_000, s.seen());
        assertTrue(v.length <= 100 && v.length >= 50, "between half and all of its capacity: " + v.length);
        double step = v[1] - v[0];
        for (int i = 1; i < v.length; i++) {
            assertEquals(step, v[i] - v[i - 1], 0, "every stride-th value, in order");
        }
        assertEquals(49_999.5, Arrays.stream(v).average().orElseThrow(), step, "its mean is the stream's within one stride");
    }

    @Test
    void idsUuidsAndTokensCollapseAndTheQueryIsDropped() {
        assertEquals("/api/cart/{id}/items", RequestKinds.template("/api/cart/123/items?x=1"));
        assertEquals("/order/{uuid}", RequestKinds.template("/order/123e4567-e89b-12d3-a456-426614174000"));
        assertEquals("/reset/{token}", RequestKinds.template("/reset/a1B2c3D4e5F6g7H8i9J0kk"));
        assertEquals("/about", RequestKinds.template("/about#team"));
        assertEquals("/", RequestKinds.template("/"));
    }

    @Test
    void kindsPastTheCapacityAreCountedAsOtherSoTheSharesStillAddUp() {
        RequestKinds k = new RequestKinds(2);
        for (String p : List.of("/a", "/a", "/a", "/b", "/b", "/c", "/d")) {
            k.add("GET", p, 0.1);
        }
        List<RequestKinds.Kind> top = k.top(1);
        assertEquals("GET /a", top.get(0).kind());
        assertEquals("other", top.get(1).kind());
        assertEquals(4, top.get(1).count(), "/b beyond the top, /c and /d beyond the capacity");
        assertEquals(1.0, top.stream().mapToDouble(RequestKinds.Kind::share).sum(), 1e-12);
    }
}
