package org.herthon.metrics.prometheus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The HTTP side of the metrics endpoint: answers {@code GET /metrics} (and {@code HEAD}) with a
 * body made at each request, one connection at a time, on one daemon thread. Prometheus needs no
 * more. Not the JDK's {@code HttpServer}, whose class loading and logger set-up cost tens of
 * milliseconds of every start-up, before the program runs.
 */
final class ScrapeServer implements AutoCloseable {
    private static final int MAX_REQUEST_HEAD = 16 * 1024;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final ServerSocket socket;

    private ScrapeServer(ServerSocket socket) {
        this.socket = socket;
    }

    /** Binds the address now, so that a port in use fails before anything else starts. */
    static ScrapeServer bind(InetSocketAddress address) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(address, 16);
        } catch (IOException failed) {
            socket.close();
            throw failed;
        }
        return new ScrapeServer(socket);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Starts answering on a daemon thread; {@code body} makes the text of each scrape. */
    void serve(String contentType, Supplier<String> body) {
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    answer(connection, contentType, body);
                } catch (IOException | RuntimeException broken) {
                    // one bad client must not end the endpoint
                }
            }
        }, "herthon-metrics-http");
        acceptor.setDaemon(true);
        acceptor.start();
        // A thread blocked in accept() is in native code, and HotSpot's exit waits up to 300 ms
        // for such threads: close the socket first, so every run does not end 300 ms late.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close();
            } catch (IOException ignored) {
                // exiting anyway
            }
        }, "herthon-metrics-close"));
    }

    private static void answer(Socket connection, String contentType, Supplier<String> body) throws IOException {
        connection.setSoTimeout(READ_TIMEOUT_MILLIS);
        String requestLine;
        try {
            requestLine = readHead(connection.getInputStream());
        } catch (SocketTimeoutException slow) {
            return;
        }
        String[] parts = requestLine.split(" ");
        OutputStream out = connection.getOutputStream();
        if (parts.length < 2) {
            respond(out, "400 Bad Request", "text/plain; charset=utf-8", "bad request\n", true);
            return;
        }
        String method = parts[0];
        String path = parts[1].split("\\?", 2)[0];
        if (!path.equals("/metrics")) {
            respond(out, "404 Not Found", "text/plain; charset=utf-8", "Herthon metrics are at /metrics\n", true);
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
            respond(out, "405 Method Not Allowed", "text/plain; charset=utf-8", "GET or HEAD\n", true);
        } else {
            String text;
            try {
                text = body.get();
            } catch (RuntimeException failed) {
                respond(out, "500 Internal Server Error", "text/plain; charset=utf-8", "scrape failed: " + failed + "\n", true);
                return;
            }
            respond(out, "200 OK", contentType, text, method.equals("GET"));
        }
    }

    /** The request line; the rest of the head (headers, up to the blank line) is read and ignored. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4 && head.size() < MAX_REQUEST_HEAD) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1
                    : b == '\r' ? 1 : 0;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n");
        return end < 0 ? text.trim() : text.substring(0, end);
    }

    private static void respond(OutputStream out, String status, String contentType, String text, boolean withBody) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (withBody) {
            out.write(body);
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
