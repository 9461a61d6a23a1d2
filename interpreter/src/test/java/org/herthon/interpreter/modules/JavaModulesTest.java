package org.herthon.interpreter.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The registry names each twin by its import name without loading it; the two names must agree. */
class JavaModulesTest {
    @Test
    void everyEntryIsNamedAsItsTwinNamesItself() {
        List<String> made = JavaModules.createAll().stream().map(JavaModule::name).toList();
        assertEquals(JavaModules.names(), made);
    }
}
