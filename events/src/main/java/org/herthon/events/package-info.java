/**
 * The JDK Flight Recorder twins of the {@code herthon} USDT markers (one class per marker of
 * {@code native/herthon.d}, same field meanings) and the duration events that suit JFR better.
 *
 * <p>All events are in the category {@code Herthon}, record no stack trace by default, and are
 * enabled through {@code events/herthon.jfc} or {@code events/herthon-lines.jfc}. Nothing here
 * commits an event: the bridge does, when the event is enabled in some recording.
 */
package org.herthon.events;
