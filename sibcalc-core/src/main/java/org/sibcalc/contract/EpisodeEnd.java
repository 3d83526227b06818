package org.sibcalc.contract;

import java.time.LocalDate;

/** How the recorded {@code end} of a care episode is read. */
public enum EpisodeEnd {

    /** The end is the first day out of care, as SSDA903's date episode ceased: the span is {@code [start, end)}. */
    EXCLUSIVE,
    /** The end is the last day in care: the span is {@code [start, end + 1 day)}. */
    INCLUSIVE;

    /**
     * {@return the first day after the span of an episode with this recorded end: the end itself when it is
     * EXCLUSIVE, the day after it when it is INCLUSIVE}
     *
     * @param recordedEnd the episode's recorded end, not null
     */
    public LocalDate firstDayAfter(LocalDate recordedEnd) {
        return this == INCLUSIVE ? recordedEnd.plusDays(1) : recordedEnd;
    }
}
