package org.sibcalc.measure;

import java.util.Objects;

/**
 * The measurement of one cohort.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cohort      the cohort label, not null
 * @param measurement its measurement, not null
 */
public record CohortMeasurement(String cohort, Measurement measurement) {

    /**
     * Checks that both are present.
     *
     * @param cohort the {@link #cohort() cohort} record component
     * @param measurement the {@link #measurement() measurement} record component
     */
    public CohortMeasurement {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(measurement, "measurement");
    }
}
