package org.sibcalc.contract;

/** How the recorded {@code end} of a care episode is read. */
public enum EpisodeEnd {

    /** The end is the first day out of care, as SSDA903's date episode ceased: the span is {@code [start, end)}. */
    EXCLUSIVE,
    /** The end is the last day in care: the span is {@code [start, end + 1 day)}. */
    INCLUSIVE;

    /**
     * Returns the first day after the episode's span, as an epoch day.
     *
     * @param recordedEnd the recorded end as an epoch day, or {@code openEnd} for an open episode
     * @param openEnd     the value that marks an open episode; returned unchanged
     * @return the epoch day after the span's last day
     */
    public int spanEnd(int recordedEnd, int openEnd) {
        return this == INCLUSIVE && recordedEnd != openEnd ? recordedEnd + 1 : recordedEnd;
    }
}
