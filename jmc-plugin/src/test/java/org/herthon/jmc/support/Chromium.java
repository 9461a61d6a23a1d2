package org.herthon.jmc.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.herthon.bridge.support.RequiredTool;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Headless Chromium (Debian's {@code chromium}) driven over the Chrome DevTools Protocol: one
 * page, its console errors and uncaught exceptions collected, JavaScript evaluated in it, real
 * mouse events, screenshots.
 */
public final class Chromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long TIMEOUT_SECONDS = 120;

    private final Process process;
    private final WebSocket socket;
    private final Gson gson = new Gson();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private String session;

    private Chromium(Process process, String url) throws Exception {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new Listener()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts Chromium with a fresh profile in {@code profile} and opens a blank page. */
    public static Chromium start(Path profile) throws Exception {
        Path chromium = RequiredTool.onPath("chromium");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=1280,1000", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String url = null;
        StringBuilder seen = new StringBuilder();
        for (String line; url == null && (line = err.readLine()) != null;) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                url = m.group(1);
            }
        }
        if (url == null) {
            process.destroyForcibly();
            throw new IOException("chromium did not open its DevTools port:\n" + seen);
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) {
                    // keep the pipe open and empty
                }
            } catch (IOException ignored) {
                // chromium ended
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        Chromium browser = new Chromium(process, url);
        JsonObject target = browser.call("Target.createTarget", Map.of("url", "about:blank"));
        JsonObject attached = browser.call("Target.attachToTarget",
                Map.of("targetId", target.get("targetId").getAsString(), "flatten", true));
        browser.session = attached.get("sessionId").getAsString();
        browser.call("Runtime.enable", Map.of());
        browser.call("Log.enable", Map.of());
        browser.call("Page.enable", Map.of());
        browser.call("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 1000, "deviceScaleFactor", 1,
                "mobile", false));
        return browser;
    }

    /** Opens {@code page} and waits until {@code readyExpression} is truthy. */
    public void open(Path page, String readyExpression) throws Exception {
        call("Page.navigate", Map.of("url", page.toUri().toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        // While the page loads, the expression may meet the old document or a half-built one.
        String ready = "(() => { try { return !!(" + readyExpression + "); } catch (e) { return false; } })()";
        while (!Boolean.TRUE.equals(evaluate(ready))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not get ready (" + readyExpression + "); errors: " + errors);
            }
            Thread.sleep(50);
        }
    }

    /** The value of a JavaScript expression in the page (JSON-compatible values). */
    public Object evaluate(String expression) throws Exception {
        JsonObject result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("evaluating " + expression + ": " + result.get("exceptionDetails"));
        }
        JsonElement value = result.getAsJsonObject("result").get("value");
        return value == null || value.isJsonNull() ? null : gson.fromJson(value, Object.class);
    }

    /** A real left click at page coordinates (CSS pixels). */
    public void click(double x, double y) throws Exception {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left", "clickCount", 1));
        }
    }

    public void hover(double x, double y) throws Exception {
        call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
    }

    /** A PNG of the whole page. */
    public byte[] screenshot() throws Exception {
        JsonObject shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        return java.util.Base64.getDecoder().decode(shot.get("data").getAsString());
    }

    /** Console errors, uncaught exceptions and error log entries so far. */
    public List<String> errors() {
        synchronized (errors) {
            return new ArrayList<>(errors);
        }
    }

    private JsonObject call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", gson.toJsonTree(params));
        if (session != null && !method.startsWith("Target.")) {
            message.addProperty("sessionId", session);
        }
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(gson.toJson(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        JsonObject answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IOException(method + ": " + answer.get("error"));
        }
        return answer.getAsJsonObject("result");
    }

    private void event(JsonObject message) {
        String method = message.get("method").getAsString();
        JsonObject params = message.getAsJsonObject("params");
        switch (method) {
        case "Runtime.consoleAPICalled" -> {
            if ("error".equals(params.get("type").getAsString())) {
                errors.add("console.error: " + params.get("args"));
            }
        }
        case "Runtime.exceptionThrown" -> errors.add("exception: " + params.get("exceptionDetails"));
        case "Log.entryAdded" -> {
            JsonObject entry = params.getAsJsonObject("entry");
            if ("error".equals(entry.get("level").getAsString())) {
                errors.add("log: " + entry.get("text").getAsString() + " " + entry.get("url"));
            }
        }
        default -> {
        }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonObject message = gson.fromJson(buffer.toString(), JsonObject.class);
                buffer.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonObject> reply = pending.remove(message.get("id").getAsInt());
                    if (reply != null) {
                        reply.complete(message);
                    }
                } else if (message.has("method")) {
                    event(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // chromium is stopped below anyway
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
