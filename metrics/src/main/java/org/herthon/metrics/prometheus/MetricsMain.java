package org.herthon.metrics.prometheus;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.herthon.metrics.HerthonMetrics;

/**
 * What {@code herthon --metrics-port=PORT [--metrics-host=ADDR]} runs: checks the address and starts
 * the Prometheus endpoint, then hands the arguments to the language runtime's own main class
 * (named by {@code herthon.metrics.main}, looked up by name: this module does not depend on the
 * interpreter, and the interpreter does not depend on Micrometer). A bad port or host, or a port
 * in use, is one line on stderr and exit status 2, before any program runs.
 */
public final class MetricsMain {
    static final String PORT = "herthon.metrics.port";
    static final String HOST = "herthon.metrics.host";
    static final String MAIN = "herthon.metrics.main";

    private MetricsMain() {
    }

    public static void main(String[] args) throws Throwable {
        InetSocketAddress address = address(System.getProperty(PORT), System.getProperty(HOST, "127.0.0.1"));
        PrometheusEndpoint endpoint;
        try {
            endpoint = PrometheusEndpoint.start(address, HerthonMetrics.fromSystemProperties());
        } catch (BindException inUse) {
            throw fail("--metrics-port=" + address.getPort() + ": cannot listen on "
                    + address.getAddress().getHostAddress() + ":" + address.getPort() + " (" + inUse.getMessage() + ")");
        } catch (IOException failed) {
            throw fail("--metrics-port=" + address.getPort() + ": " + failed.getMessage());
        }
        if (address.getPort() == 0) {
            InetSocketAddress bound = endpoint.address();
            System.err.println("herthon: metrics at http://" + hostForUrl(bound) + ":" + bound.getPort() + "/metrics");
        }
        String mainClass = System.getProperty(MAIN, "org.herthon.interpreter.cli.Main");
        MethodHandle main = MethodHandles.publicLookup().findStatic(Class.forName(mainClass), "main",
                MethodType.methodType(void.class, String[].class));
        main.invokeExact(args);
    }

    static InetSocketAddress address(String port, String host) {
        int number;
        try {
            number = Integer.parseInt(port == null ? "" : port.trim());
        } catch (NumberFormatException notNumber) {
            throw fail("--metrics-port=" + port + ": not a port number (0 to 65535; 0 picks a free one)");
        }
        if (number < 0 || number > 65535) {
            throw fail("--metrics-port=" + port + ": not a port number (0 to 65535; 0 picks a free one)");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), number);
        } catch (UnknownHostException | SecurityException unknown) {
            throw fail("--metrics-host=" + host + ": not an address of this machine");
        }
    }

    private static String hostForUrl(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static RuntimeException fail(String message) {
        System.err.println("herthon: " + message);
        System.exit(2);
        return new IllegalStateException(message);
    }
}
