package org.sibcalc.payment;

/**
 * One of the contract's limits on what is due ({@link org.sibcalc.contract.Caps}), as a {@link Payment} names
 * those that bound at its date: that made the amount smaller than it would have been without them.
 */
public enum Cap {

    /**
     * {@code caps.perCohort}: some cohort's care days avoided were worth more than the cap under COHORT
     * netting.
     */
    PER_COHORT("caps.perCohort"),

    /** {@code caps.perParticipant}: some young person's participant outcomes were worth more than the cap. */
    PER_PARTICIPANT("caps.perParticipant"),

    /** {@code caps.total}: the cumulative due, rounded, was more than the cap. */
    TOTAL("caps.total");

    private final String field;

    Cap(String field) {
        this.field = field;
    }

    /** {@return the cap's field in the contract file, such as {@code caps.total}; never null} */
    public String field() {
        return field;
    }

    /**
     * {@return the cap whose field in the contract file is {@code field}, such as {@code caps.total}}
     *
     * @param field the field, such as {@code caps.total}
     */
    public static Cap ofField(String field) {
        for (Cap cap : values()) {
            if (cap.field.equals(field)) {
                return cap;
            }
        }
        throw new IllegalArgumentException("'" + field + "' is not a cap: caps.total, caps.perCohort or caps.perParticipant");
    }
}
