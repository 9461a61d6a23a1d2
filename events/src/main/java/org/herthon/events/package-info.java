/**
 * The JDK Flight Recorder twins of the {@code herthon} USDT markers (one class per marker of
 * {@code native/herthon.d}, same field meanings) and the duration events that suit JFR better.
 *
 * <p>All events are in the category {@code Herthon} and record no stack trace by default. The
 * per-call and per-line twins are off by default and FunctionCall keeps calls of 20 ms or more,
 * so a recording made with JFR's own settings (a plain {@code jcmd PID JFR.start}) stays as cheap
 * as {@code events/herthon.jfc}; {@code events/herthon-trace.jfc} and {@code herthon-lines.jfc}
 * turn them on. Nothing here
 * commits an event: the bridge does, when the event is enabled in some recording.
 */
package org.herthon.events;
