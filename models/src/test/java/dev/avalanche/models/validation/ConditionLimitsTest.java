package dev.avalanche.models.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When a live run cannot judge: a busy host, late sends, a late stub; and the verdict that follows. */
class ConditionLimitsTest {

    private static final ConditionLimits LIMITS = ConditionLimits.DEFAULTS;

    @Test
    void aQuietHostAndPunctualUsersLeaveNothingToSay() {
        assertEquals(List.of(), LIMITS.reasons("v", new RunConditions(2, 0.1, 0.004, 0.002), 0.5));
    }

    @Test
    void otherProcessesBusyBeyondAQuarterOfTheProcessorsMakeTheRunInconclusive() {
        List<ConditionLimits.Reason> r = LIMITS.reasons("virtual-threads, run 1", new RunConditions(2, 1.6, 0, 0), 0.5);
        assertEquals(1, r.size(), r.toString());
        assertEquals(ConditionLimits.Cause.BUSY_HOST, r.getFirst().cause());
        String text = r.getFirst().text();
        assertTrue(text.startsWith("virtual-threads, run 1: other processes kept 1.60 of the 2 processors busy"), text);
        assertTrue(text.contains("limit 0.50"), text);
        assertEquals(List.of(), LIMITS.reasons("v", new RunConditions(2, 0.5, 0, 0), 0.5), "at the limit is within it");
    }

    @Test
    void sendsOrAnswersLateByMoreThanATenthOfThePredictedMedianMakeTheRunInconclusive() {
        List<ConditionLimits.Reason> r = LIMITS.reasons("v", new RunConditions(2, 0, 0.06, 0.07), 0.5);
        assertEquals(2, r.size(), r.toString());
        assertEquals(ConditionLimits.Cause.SEND_LAG, r.get(0).cause());
        assertTrue(r.get(0).text().contains("the users sent late by 60.0 ms at p99 (limit 50.0 ms"), r.get(0).text());
        assertEquals(ConditionLimits.Cause.STUB_LAG, r.get(1).cause());
        assertTrue(r.get(1).text().contains("the third-party stub answered late by 70.0 ms"), r.get(1).text());
    }

    @Test
    void whatThePlatformDidNotSayCrossesNoLimit() {
        assertEquals(List.of(), LIMITS.reasons("v", RunConditions.UNKNOWN, 0.5));
    }

    @Test
    void aValidationWithReasonsIsInconclusiveWhateverItsFiguresSay() {
        assertEquals(Validation.Verdict.PASSED, new Validation(List.of(), List.of()).verdict());
        Comparison failed = new Comparison("v", List.of(new Comparison.Row("throughput /s", 50, 40, 0.2, 0.05, "5%", false)));
        assertEquals(Validation.Verdict.FAILED, new Validation(List.of(failed), List.of()).verdict());
        assertEquals(Validation.Verdict.INCONCLUSIVE, new Validation(List.of(failed),
                List.of(new ConditionLimits.Reason(ConditionLimits.Cause.BUSY_HOST, "busy"))).verdict());
        assertEquals("inconclusive", Validation.Verdict.INCONCLUSIVE.label());
    }

    @Test
    void limitsOutOfRangeAreRefusedNamingTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ConditionLimits(1.5, 0.1));
        assertTrue(e.getMessage().contains("got 1.5; allowed 0 to 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ConditionLimits(0.25, -1));
    }
}
