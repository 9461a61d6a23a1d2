package org.herthon.bridge.usdt;

/**
 * libherthon could not be loaded while {@code -Dherthon.usdt=required} was set. Its message is
 * one line for the user, naming the reason (the same reason the warning names otherwise).
 */
public final class UsdtUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsdtUnavailableException(String message) {
        // no stack trace: the message is all a user needs, and it is all that is shown
        super(message, null, false, false);
    }
}
