package org.herthon.bridge.usdt;

/**
 * libherthon could not be loaded while {@code -Dherthon.usdt=required} was set. Its message is
 * the same one line the bridge otherwise prints as a warning.
 */
public final class UsdtUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsdtUnavailableException(String message) {
        super(message, null, false, false);
    }
}
