package org.herthon.bridge.bench;

import org.herthon.bridge.ProbeSite;

/** The probe sites the benchmarks fire, with names of the lengths that matter to JFR. */
final class Sites {
    private Sites() {
    }

    /**
     * {@code short}: every name under 16 characters, which JFR writes inline on every commit.
     * {@code long}: every name 16..128 characters, which JFR puts in its string pool and then
     * writes as a constant-pool reference (a lookup keyed by the String).
     * {@code typical}: a path-like filename (pooled) with a short function and module name (inline).
     */
    static ProbeSite named(String kind) {
        return switch (kind) {
            case "short" -> new ProbeSite("orders.py", "handle", "orders", 12);
            case "long" -> new ProbeSite("/srv/shop/handlers/orders.py", "process_pending_orders", "shop.handlers.orders", 12);
            case "typical" -> new ProbeSite("/srv/shop/handlers/orders.py", "handle", "orders", 12);
            default -> throw new IllegalArgumentException("no site kind " + kind);
        };
    }
}
