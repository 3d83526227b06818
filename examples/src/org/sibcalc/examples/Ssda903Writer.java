package org.sibcalc.examples;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes young people's care as the DfE's SSDA903 return holds it: a Header table {@code header.csv} (one row
 * per child, with the birth date) and one Episodes table a year, {@code episodes_2013-14.csv} for the year
 * from 1 April 2013 to 31 March 2014, and so on. As in real returns, each year's table lists every episode open
 * at some time in the year: an episode still open on 31 March is written without {@code DEC} in that year's
 * table and again, with its {@code DEC}, in the table of the year it ceased (and without, in every year between).
 * An episode open at the extract is open in every table from its start to {@code lastYear}.
 *
 * <p>Beyond {@code CHILD}, {@code DECOM}, {@code RNE}, {@code LS}, {@code PLACE} and {@code DEC}, which sibcalc
 * reads, the return's other columns are filled with codes of the right shape drawn from the child's random
 * stream (category of need, placement provider, reason the episode ceased, partial postcodes, Ofsted URNs of
 * children's homes), so that the tables look like a council's. Dates are {@code dd/MM/yyyy}; UTF-8, {@code \n}
 * line endings. <b>Synthetic</b>: no row describes a real child.
 *
 * <p>Not thread-safe; one writer writes one folder.
 */
final class Ssda903Writer implements Closeable {

    static final String EPISODES_HEADER = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\n";
    static final String HEADER_HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";

    private static final String[] ETHNIC = {"WBRI", "WOTH", "MWBC", "MOTH", "ABAN", "APKN", "BAFR", "BCRB", "CHNE", "OOTH"};
    private static final int[] ETHNIC_PERCENT = {72, 5, 4, 3, 2, 3, 4, 3, 1, 3};
    private static final String[] HOME_AREAS = {"CM1", "CM2", "CO1", "CO4", "SS1", "SS14", "RM16", "IG10", "CB11", "SG12"};

    /** One episode as the return has it: epoch days {@code [start, end)}, {@code end} -1 while open. */
    record Episode(long start, long end, String legalStatus, String placement, String reasonForNewEpisode) {
    }

    private final Path dir;
    private final int lastYear;
    private final Writer header;
    private final Map<Integer, Writer> years = new TreeMap<>();
    private final StringBuilder line = new StringBuilder(128);
    private long rows;

    /**
     * Opens {@code dir/header.csv}; each year's table is opened when its first row is written.
     *
     * @param lastYear the year (from 1 April) of the last return: an open episode is in every table up to it
     */
    Ssda903Writer(Path dir, int lastYear) throws IOException {
        this.dir = dir;
        this.lastYear = lastYear;
        Files.createDirectories(dir);
        header = EssexGenerator.open(dir.resolve("header.csv"));
        header.write(HEADER_HEADER);
    }

    /**
     * The episodes of sibcalc's form as the return writes them: each with a reason for new episode, {@code S}
     * when it starts a period of care (it does not start the day the one before it ended), else {@code L} for
     * a change of legal status, {@code P} of placement, {@code U} of both.
     */
    static List<Episode> episodes(List<IllustrativeGenerator.Row> rows) {
        List<Episode> episodes = new ArrayList<>(rows.size());
        IllustrativeGenerator.Row before = null;
        for (IllustrativeGenerator.Row row : rows) {
            String reason = "S";
            if (before != null && before.end() == row.start()) {
                boolean status = !before.type().equals(row.type());
                boolean placement = !before.placement().equals(row.placement());
                reason = status && placement ? "U" : status ? "L" : "P";
            }
            episodes.add(new Episode(row.start(), row.end(), row.type(), row.placement(), reason));
            before = row;
        }
        return episodes;
    }

    /** Returns the year (from 1 April) of the return whose table holds {@code day}. */
    static int yearOf(long day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** Returns the name of the Episodes table of the year from 1 April {@code year}: {@code episodes_2013-14.csv}. */
    static String tableName(int year) {
        int next = (year + 1) % 100;
        return "episodes_" + year + "-" + (next < 10 ? "0" : "") + next + ".csv";
    }

    /**
     * Writes a child: its Header row, and each episode in the table of every year it is open in. The other
     * columns are drawn from {@code random}, the child's own stream.
     */
    void child(String id, long birth, List<Episode> episodes, SplittableRandom random) throws IOException {
        boolean girl = random.nextBoolean();
        String ethnic = ETHNIC[EssexGenerator.pick(ETHNIC_PERCENT, random.nextInt(100))];
        String upn = (char) ('A' + random.nextInt(26)) + digits(random, 12);
        String need = "N" + (1 + random.nextInt(8));
        String home = HOME_AREAS[random.nextInt(HOME_AREAS.length)] + " " + random.nextInt(10);
        line.setLength(0);
        line.append(id).append(',').append(girl ? '2' : '1').append(',');
        date(birth);
        line.append(',').append(ethnic).append(',').append(upn).append(',').append(girl ? "0" : "").append(",\n");
        header.append(line);
        for (int k = 0; k < episodes.size(); k++) {
            Episode episode = episodes.get(k);
            Episode next = k + 1 < episodes.size() ? episodes.get(k + 1) : null;
            boolean continues = next != null && next.start() == episode.end();
            String provider = provider(episode.placement(), random);
            String placed = HOME_AREAS[random.nextInt(HOME_AREAS.length)] + " " + random.nextInt(10);
            String urn = episode.placement().startsWith("K") || episode.placement().startsWith("R")
                    ? "SC" + digits(random, 6) : "XXXXXXX";
            String placeChange = episode.reasonForNewEpisode().equals("P") || episode.reasonForNewEpisode().equals("U")
                    ? (random.nextBoolean() ? "CARPL" : "PLACE") : "";
            int last = episode.end() < 0 ? lastYear : yearOf(episode.end());
            if (last > lastYear) {
                throw new IllegalStateException("An episode of " + id + " ends after the last return's year " + lastYear);
            }
            for (int year = yearOf(episode.start()); year <= last; year++) {
                boolean ceased = episode.end() >= 0 && yearOf(episode.end()) == year;
                line.setLength(0);
                line.append(id).append(',');
                date(episode.start());
                line.append(',').append(episode.reasonForNewEpisode()).append(',').append(episode.legalStatus())
                        .append(',').append(need).append(',').append(episode.placement()).append(',').append(provider)
                        .append(',');
                if (ceased) {
                    date(episode.end());
                }
                line.append(',').append(ceased ? continues ? "X1" : "E8" : "").append(',').append(placeChange)
                        .append(',').append(home).append(',').append(placed).append(',').append(urn).append('\n');
                table(year).append(line);
                rows++;
            }
        }
    }

    /** The number of Episodes rows written so far, over every year's table. */
    long rows() {
        return rows;
    }

    private Writer table(int year) throws IOException {
        Writer table = years.get(year);
        if (table == null) {
            table = EssexGenerator.open(dir.resolve(tableName(year)));
            table.write(EPISODES_HEADER);
            years.put(year, table);
        }
        return table;
    }

    /** The placement provider: the council's own (PR1), another council's (PR2) or private (PR4); PR0 for home. */
    private static String provider(String placement, SplittableRandom random) {
        if (placement.startsWith("P")) {
            return "PR0";
        }
        int draw = random.nextInt(100);
        return draw < 55 ? "PR1" : draw < 65 ? "PR2" : "PR4";
    }

    private static String digits(SplittableRandom random, int count) {
        char[] digits = new char[count];
        for (int i = 0; i < count; i++) {
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }

    /** Appends an epoch day as {@code dd/MM/yyyy}. */
    private void date(long day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        two(date.getDayOfMonth());
        line.append('/');
        two(date.getMonthValue());
        line.append('/').append(date.getYear());
    }

    private void two(int value) {
        line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Writer writer : years.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                failed = e;
            }
        }
        header.close();
        if (failed != null) {
            throw failed;
        }
    }
}
