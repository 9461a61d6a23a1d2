package org.herthon.interpreter.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The generated {@link AstRecords} against the records themselves: a record added, removed or
 * changed without running {@code make_ast_records.py} fails here, not in a parse cache or a
 * mangled name.
 */
class AstRecordsTest {
    @Test
    void everyRecordIsInTheTableAndNothingElse() {
        List<Class<?>> records = TreeNodes.all();
        for (Class<?> type : records) {
            int id = AstRecords.id(type);
            assertTrue(id >= 0, type.getName() + " is not in AstRecords: run make_ast_records.py");
            assertEquals(type.getName(), AstRecords.class.getPackageName() + "." + AstRecords.name(id));
        }
        assertEquals(records.size(), AstRecords.count(), "records in AstRecords");
        assertEquals(-1, AstRecords.id(String.class));
        assertEquals(-1, AstRecords.id(ExprContext.class), "an enum of the package is not a record");
    }

    @Test
    void componentNamesAndTypesAreTheRecords() {
        for (Class<?> type : TreeNodes.all()) {
            int id = AstRecords.id(type);
            RecordComponent[] components = type.getRecordComponents();
            assertEquals(components.length, AstRecords.arity(id), type.getName());
            for (int i = 0; i < components.length; i++) {
                assertEquals(components[i].getName(), AstRecords.field(id, i), type.getName());
                assertEquals(components[i].getType(), AstRecords.type(id, i), type.getName() + "." + components[i].getName());
                assertEquals(components[i].isAnnotationPresent(AsdlOptional.class), AstRecords.optional(id, i),
                        type.getName() + "." + components[i].getName() + " optional");
            }
        }
    }

    @Test
    void pythonNamesAreCPythonsClassNames() {
        assertEquals("BinOp", AstRecords.pythonName(AstRecords.id(Expr.BinOp.class)));
        assertEquals("comprehension", AstRecords.pythonName(AstRecords.id(Comprehension.class)));
        assertEquals("match_case", AstRecords.pythonName(AstRecords.id(MatchCase.class)));
        assertEquals("withitem", AstRecords.pythonName(AstRecords.id(WithItem.class)));
    }

    @Test
    void componentsAndMakeTakeApartAndRebuild() throws Exception {
        for (Class<?> type : TreeNodes.all()) {
            int id = AstRecords.id(type);
            Record node = TreeNodes.instance(type, new ArrayList<>());
            RecordComponent[] components = type.getRecordComponents();
            Object[] expected = new Object[components.length];
            for (int i = 0; i < components.length; i++) expected[i] = components[i].getAccessor().invoke(node);
            Object[] parts = AstRecords.components(id, node);
            assertArrayEquals(expected, parts, type.getName());
            assertEquals(node, AstRecords.make(id, parts), type.getName());
        }
    }
}
