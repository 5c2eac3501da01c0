package dev.avalanche.models.analytic;

/**
 * The M/M/1 queue: Poisson arrivals at rate λ, one server with exponential service at rate μ,
 * unlimited FIFO queue. With ρ = λ/μ:
 * <pre>
 *   L = ρ/(1−ρ)      Lq = ρ²/(1−ρ)      W = 1/(μ−λ)      Wq = ρ/(μ−λ)
 * </pre>
 *
 * @param arrivalRate λ, arrivals per second; {@code > 0}
 * @param serviceRate μ, services per second (1 / mean service time); {@code > λ}
 */
public record MM1(double arrivalRate, double serviceRate) {

    /** @throws IllegalArgumentException when a rate is not positive and finite, or when λ ≥ μ (not stable) */
    public MM1 {
        Check.positive("arrivalRate (per second)", arrivalRate);
        Check.positive("serviceRate (per second)", serviceRate);
        Check.stable("M/M/1 with arrivalRate " + arrivalRate + "/s and serviceRate " + serviceRate + "/s",
                arrivalRate / serviceRate, "λ/μ");
    }

    /** ρ = λ/μ: the fraction of time the server is busy, and its mean number of busy servers. */
    public double utilisation() {
        return arrivalRate / serviceRate;
    }

    /** L = ρ/(1−ρ): mean number in the system (waiting and in service). */
    public double meanInSystem() {
        double rho = utilisation();
        return rho / (1 - rho);
    }

    /** Lq = ρ²/(1−ρ): mean number waiting. */
    public double meanInQueue() {
        double rho = utilisation();
        return rho * rho / (1 - rho);
    }

    /** W = 1/(μ−λ): mean time in the system in seconds. */
    public double meanSojourn() {
        return 1 / (serviceRate - arrivalRate);
    }

    /** Wq = ρ/(μ−λ): mean time waiting before service in seconds. */
    public double meanWait() {
        return utilisation() / (serviceRate - arrivalRate);
    }
}
