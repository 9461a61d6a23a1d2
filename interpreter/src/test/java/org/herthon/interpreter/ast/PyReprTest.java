package org.herthon.interpreter.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Expected strings were printed by CPython 3.11's repr(). */
class PyReprTest {

    @Test
    void floats() {
        double[] values = {0.1, 1e16, 1e15, 1.5e-5, 0.0001, 123.456, 1.0 / 3, Math.pow(2, 70), 5e-324,
                1.7976931348623157e308, -2.5, 1e22, 1e23, 100.0, Double.POSITIVE_INFINITY, 0.0, -0.0};
        String[] expected = {"0.1", "1e+16", "1000000000000000.0", "1.5e-05", "0.0001", "123.456", "0.3333333333333333",
                "1.1805916207174113e+21", "5e-324", "1.7976931348623157e+308", "-2.5", "1e+22", "1e+23", "100.0", "inf",
                "0.0", "-0.0"};
        for (int i = 0; i < values.length; i++) {
            assertEquals(expected[i], PyRepr.floatRepr(values[i]));
        }
    }

    @Test
    void strings() {
        assertEquals("'a'", PyRepr.strRepr("a"));
        assertEquals("\"it's\"", PyRepr.strRepr("it's"));
        assertEquals("'say \"hi\"'", PyRepr.strRepr("say \"hi\""));
        assertEquals("'both \\' \"'", PyRepr.strRepr("both ' \""));
        assertEquals("'tab\\tnl\\n\\x00\\x7f'", PyRepr.strRepr("tab\tnl\n\0\u007f"));
        assertEquals("'é€\\u200b\uD83D\uDE00\\xa0'", PyRepr.strRepr("é€\u200b\uD83D\uDE00\u00a0"));
    }

    @Test
    void bytesComplexAndOthers() {
        assertEquals("b\"a'\\x00\\xff\\\\\"", PyRepr.repr(new Bytes(new byte[] {'a', '\'', 0, (byte) 0xff, '\\'})));
        assertEquals("2500j", PyRepr.repr(new Imaginary(2500)));
        assertEquals("1e+20j", PyRepr.repr(new Imaginary(1e20)));
        assertEquals("1.5j", PyRepr.repr(new Imaginary(1.5)));
        assertEquals("Ellipsis", PyRepr.repr(Ellipsis.INSTANCE));
        assertEquals("None", PyRepr.repr(null));
        assertEquals("True", PyRepr.repr(true));
    }

    @Test
    void dumpMatchesAstDumpFormat() {
        // ast.dump(ast.parse('return x[1:]', ...)) for a hand-built tree.
        Expr.Name x = new Expr.Name("x", ExprContext.Load, 1, 7, 1, 8);
        Expr.Slice slice = new Expr.Slice(new Expr.Constant(1L, null, 1, 9, 1, 10), null, null, 1, 9, 1, 11);
        Stmt ret = new Stmt.Return(new Expr.Subscript(x, slice, ExprContext.Load, 1, 7, 1, 12), 1, 0, 1, 12);
        Module m = new Module(List.of(ret, new Stmt.Return(null, 2, 0, 2, 6)));
        assertEquals("Module(body=[Return(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Constant(value=1)),"
                + " ctx=Load())), Return()], type_ignores=[])", AstDump.dump(m));
        assertEquals("Return(lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)",
                AstDump.dumpWithPositions(new Stmt.Return(null, 2, 0, 2, 6)));
        assertEquals("arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[])",
                AstDump.dump(Arguments.EMPTY));
        assertEquals("Constant(value=None)", AstDump.dump(new Expr.Constant(null, null, 1, 0, 1, 4)));
    }
}
