package org.sibcalc.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol, with the JDK's own WebSocket client: no
 * driver, no browser download. Chromium is started with {@code --remote-debugging-port=0} on loopback,
 * says on standard error where it listens, and is sent commands as JSON over one WebSocket; a page is a
 * target attached in flat mode, its commands and events carrying its session id.
 *
 * <p>The browser runs with the options this machine needs (no sandbox as root, no GPU, and no background
 * networking, which a closed network refuses) and a new profile in a folder of the caller's.
 */
final class Chromium implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final StringBuffer stderr = new StringBuffer();
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new ArrayList<>();

    private Chromium(Process process, URI endpoint) throws IOException {
        this.process = process;
        this.socket = join(HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(endpoint, new Listener()));
    }

    /**
     * Returns the Chromium to run: the {@code CHROMIUM} environment variable when set, else the first of
     * {@code chromium}, {@code chromium-browser} and {@code google-chrome} on the {@code PATH}.
     */
    static Optional<Path> executable() {
        String given = System.getenv("CHROMIUM");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts headless Chromium with a new profile in {@code profile}, and connects to it. */
    static Chromium start(Path executable, Path profile) throws IOException {
        java.util.Objects.requireNonNull(profile, "profile");
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--window-size=1000,1400", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<URI> endpoint = new CompletableFuture<>();
        StringBuffer stderr = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    stderr.append(line).append('\n');
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(URI.create(m.group(1)));
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.completeExceptionally(new IOException("Chromium ended before it listened:\n" + stderr));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            Chromium chromium = new Chromium(process, endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            chromium.stderr.append(stderr);
            return chromium;
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            process.destroyForcibly();
            throw new IOException("Chromium did not start: " + e + "\n" + stderr, e);
        }
    }

    /** Opens a new tab on {@code about:blank}, with its page, console, log and network events reported. */
    Tab open() throws IOException {
        String target = send(null, "Target.createTarget", params().put("url", "about:blank")).get("targetId").asText();
        String session = send(null, "Target.attachToTarget", params().put("targetId", target).put("flatten", true))
                .get("sessionId").asText();
        Tab tab = new Tab(session);
        synchronized (listeners) {
            listeners.add(tab::event);
        }
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            tab.send(domain + ".enable", params());
        }
        return tab;
    }

    /** Returns an empty object of command parameters. */
    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    private JsonNode send(String session, String method, ObjectNode params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        join(socket.sendText(message.toString(), true));
        JsonNode answer = join(reply);
        if (answer.has("error")) {
            throw new IOException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    private static <T> T join(CompletionStage<T> stage) throws IOException {
        try {
            return stage.toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for Chromium", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("No answer from Chromium: " + e, e);
        }
    }

    /** Closes the browser, and ends its process if it does not end by itself. */
    @Override
    public void close() {
        try {
            socket.sendText("{\"id\":0,\"method\":\"Browser.close\",\"params\":{}}", true);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** One tab: its commands, and what it reported. */
    final class Tab {
        private final String session;
        private final List<JsonNode> events = new ArrayList<>();

        private Tab(String session) {
            this.session = session;
        }

        private void event(JsonNode message) {
            if (session.equals(message.path("sessionId").asText())) {
                synchronized (events) {
                    events.add(message);
                    events.notifyAll();
                }
            }
        }

        /** Sends a command to the tab and returns its result. */
        JsonNode send(String method, ObjectNode params) throws IOException {
            return Chromium.this.send(session, method, params);
        }

        /** Loads the page at {@code url} and waits for its load event. */
        void load(URI url) throws IOException {
            int before;
            synchronized (events) {
                before = events.size();
            }
            JsonNode navigated = send("Page.navigate", params().put("url", url.toString()));
            if (navigated.hasNonNull("errorText")) {
                throw new IOException("Chromium could not load " + url + ": " + navigated.get("errorText").asText());
            }
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            synchronized (events) {
                while (events.subList(before, events.size()).stream()
                        .noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new IOException("Chromium did not finish loading " + url);
                    }
                    try {
                        events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("Interrupted while loading " + url, e);
                    }
                }
            }
        }

        /** Returns the value of a JavaScript expression evaluated in the page, as JSON. */
        JsonNode evaluate(String expression) throws IOException {
            JsonNode result = send("Runtime.evaluate", params().put("expression", expression)
                    .put("returnByValue", true).put("awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new IOException("The page could not evaluate " + expression + ": " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** Returns a PNG picture of the whole page, {@code width} CSS pixels wide. */
        byte[] screenshot(int width) throws IOException {
            send("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", 1000)
                    .put("deviceScaleFactor", 1).put("mobile", false));
            JsonNode size = send("Page.getLayoutMetrics", params()).path("cssContentSize");
            int height = (int) Math.ceil(size.path("height").asDouble());
            send("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
                    .put("deviceScaleFactor", 1).put("mobile", false));
            ObjectNode clip = params().put("x", 0).put("y", 0).put("width", width).put("height", height).put("scale", 1);
            ObjectNode shot = params().put("format", "png").put("captureBeyondViewport", true);
            shot.set("clip", clip);
            return Base64.getDecoder().decode(send("Page.captureScreenshot", shot).get("data").asText());
        }

        /** Returns the page printed as a PDF on A4, with its backgrounds and its own page size. */
        byte[] printA4() throws IOException {
            JsonNode pdf = send("Page.printToPDF", params().put("paperWidth", 8.27).put("paperHeight", 11.69)
                    .put("printBackground", true).put("preferCSSPageSize", true));
            return Base64.getDecoder().decode(pdf.get("data").asText());
        }

        /** Shows the page as printed ({@code "print"}) or on screen ({@code ""}). */
        void media(String media) throws IOException {
            send("Emulation.setEmulatedMedia", params().put("media", media));
        }

        /** Returns every event the tab reported so far, such as {@code Log.entryAdded}. */
        List<JsonNode> events() {
            synchronized (events) {
                return List.copyOf(events);
            }
        }

        /**
         * Returns what the page reported as wrong so far: exceptions, console errors and warnings, log
         * entries that are errors or warnings (a refused load, a broken policy), and failed loads.
         */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (JsonNode event : events()) {
                JsonNode p = event.path("params");
                switch (event.path("method").asText()) {
                    case "Runtime.exceptionThrown":
                        problems.add("exception: " + p.path("exceptionDetails"));
                        break;
                    case "Runtime.consoleAPICalled":
                        if (List.of("error", "warning", "assert").contains(p.path("type").asText())) {
                            problems.add("console " + p.path("type").asText() + ": " + p.path("args"));
                        }
                        break;
                    case "Log.entryAdded":
                        if (List.of("error", "warning").contains(p.path("entry").path("level").asText())) {
                            problems.add("log " + p.path("entry").path("level").asText() + ": " + p.path("entry"));
                        }
                        break;
                    case "Network.loadingFailed":
                        problems.add("failed load: " + p);
                        break;
                    default:
                        break;
                }
            }
            return problems;
        }

        /** Returns the address of every request the page made, in order. */
        List<String> requests() {
            return events().stream().filter(e -> "Network.requestWillBeSent".equals(e.path("method").asText()))
                    .map(e -> e.path("params").path("request").path("url").asText()).toList();
        }
    }

    /** Puts each message together from its parts, then answers a command's future or hands on an event. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    JsonNode json = JSON.readTree(message);
                    if (json.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.remove(json.get("id").asInt());
                        if (reply != null) {
                            reply.complete(json);
                        }
                    } else {
                        List<Consumer<JsonNode>> now;
                        synchronized (listeners) {
                            now = List.copyOf(listeners);
                        }
                        now.forEach(l -> l.accept(json));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }

    /** Returns what Chromium wrote on standard error when it started, for messages. */
    String startupLog() {
        return stderr.toString();
    }
}
