package org.sibcalc.contract;

/** Which group of participants has its care days avoided floored at zero before payments are added up. */
public enum Netting {

    /** The whole programme is one unit: a cohort doing worse than the baseline offsets one doing better. */
    PROGRAMME,
    /** Each cohort is a unit: a cohort doing worse than the baseline counts as zero, not as a deduction. */
    COHORT
}
