package dev.avalanche.models.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangTest {

    @Test
    void erlangBOfTwoErlangsOnTwoServersIsTwoFifths() {
        // (a²/2!) / (1 + a + a²/2!) = 2 / 5
        assertEquals(0.4, Erlang.blocking(2, 2), 1e-15);
    }

    @Test
    void erlangCOfOneErlangOnTwoServersIsOneThird() {
        // M/M/2 with λ = μ = 1: textbook P(wait) = 1/3
        assertEquals(1.0 / 3, Erlang.waitProbability(1, 2), 1e-15);
    }

    @Test
    void erlangBMatchesTheFactorialFormulaWhereThatFormulaIsStillSafe() {
        for (int c = 1; c <= 30; c++) {
            for (double a : new double[] {0.1, 1, 5, 17.5, 40}) {
                assertEquals(factorialErlangB(a, c), Erlang.blocking(a, c), 1e-13 * factorialErlangB(a, c) + 1e-300,
                        "B(" + a + ", " + c + ")");
            }
        }
    }

    @Test
    void erlangCAtTheStoryScaleIsAboutSixPointSevenFivePercentAndMatchesALogSpaceSum() {
        double c640 = Erlang.waitProbability(600, 640);
        assertEquals(0.0675, c640, 0.0005);
        assertEquals(logSpaceErlangC(600, 640), c640, 1e-11 * c640);
    }

    @Test
    void erlangFormulasStayFiniteAndAccurateFarBeyondTheFactorialOverflow() {
        double c = Erlang.waitProbability(99_000, 100_000);
        assertTrue(c > 0 && c < 1, "C = " + c);
        assertEquals(logSpaceErlangC(99_000, 100_000), c, 1e-9 * c);
        assertTrue(Erlang.blocking(1e6, 10) > 0.99998, "an overloaded loss system blocks nearly everything");
    }

    @Test
    void erlangCRefusesALoadThatNeedsMoreServersThanItHasNamingTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Erlang.waitProbability(640, 640));
        assertTrue(e.getMessage().contains("not stable") && e.getMessage().contains("= 1.0"), e.getMessage());
    }

    @Test
    void erlangBRefusesANegativeLoadAndZeroServers() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Erlang.blocking(-1, 3)).getMessage()
                .contains("offeredLoad (Erlangs) must be finite and >= 0 but was -1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Erlang.blocking(1, 0)).getMessage()
                .contains("servers must be >= 1 but was 0"));
    }

    /** B = (a^c/c!) / Σ_{k≤c} a^k/k!, the definition, safe in doubles for small c and a. */
    private static double factorialErlangB(double a, int c) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k <= c; k++) {
            term = term * a / k;
            sum += term;
        }
        return term / sum;
    }

    /** C from the M/M/c stationary sum written with logarithms and log-sum-exp: an independent route. */
    static double logSpaceErlangC(double a, int c) {
        double[] logTerms = new double[c + 1];
        double logTerm = 0;
        for (int k = 0; k <= c; k++) {
            if (k > 0) {
                logTerm += Math.log(a) - Math.log(k);
            }
            logTerms[k] = logTerm;
        }
        double rho = a / c;
        // waiting mass: term_c / (1 − ρ); non-waiting mass: terms 0..c−1
        double logWaiting = logTerms[c] - Math.log1p(-rho);
        double max = logWaiting;
        for (double t : logTerms) {
            max = Math.max(max, t);
        }
        double sum = Math.exp(logWaiting - max);
        for (int k = 0; k < c; k++) {
            sum += Math.exp(logTerms[k] - max);
        }
        return Math.exp(logWaiting - max) / sum;
    }
}
