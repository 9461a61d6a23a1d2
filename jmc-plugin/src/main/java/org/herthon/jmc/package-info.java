/**
 * Reading Herthon recordings with JDK Mission Control's core libraries: the {@code herthon-jfr}
 * command, the automated-analysis rules and the HTML report.
 */
package org.herthon.jmc;
