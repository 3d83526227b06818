package org.sibcalc.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of a JFR recording: the methods most often on
 * top of the stack (self time), the methods most often anywhere on the stack (total time), and the first
 * sibcalc method on each stack (which part of sibcalc the time is spent under).
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=rec.jfr,settings=profile -jar sibcalc-0.1.0-cli.jar statement DIR ...
 * java -cp bench-classes org.sibcalc.bench.JfrTop rec.jfr [top]
 * </pre>
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> sibcalc = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            threads.merge(e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName(), 1, Integer::sum);
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            String firstSibcalc = null;
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n)) {
                    total.merge(n, 1, Integer::sum);
                }
                if (firstSibcalc == null && n.startsWith("org.sibcalc.")) {
                    firstSibcalc = n;
                }
            }
            sibcalc.merge(firstSibcalc == null ? "(no sibcalc frame)" : firstSibcalc, 1, Integer::sum);
        }
        System.out.println(samples + " execution samples; by thread: " + threads);
        print("Self (top frame)", self, samples, top);
        print("Total (anywhere on the stack)", total, samples, top);
        print("Innermost sibcalc method on the stack", sibcalc, samples, top);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("\n" + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf("  %5.1f%%  %6d  %s%n", 100.0 * en.getValue() / samples, en.getValue(), en.getKey()));
    }
}
