package org.herthon.interpreter.runtime;

public final class PyCell extends PyObject {
    public PyObject value;
    public PyCell() {}
    public PyCell(PyObject v) { value = v; }
    @Override public PyType type() { return PyType.CELL; }
    @Override public PyObject pyGetAttr(String name) {
        if (name.equals("cell_contents")) {
            if (value == null) throw Err.valueError("Cell is empty");
            return value;
        }
        return super.pyGetAttr(name);
    }
    @Override public void pySetAttr(String name, PyObject v) {
        if (name.equals("cell_contents")) value = v;
        else super.pySetAttr(name, v);
    }
    @Override public void pyDelAttr(String name) {
        if (name.equals("cell_contents")) value = null;
        else super.pyDelAttr(name);
    }
    @Override public String pyRepr() {
        return "<cell at " + Ops.addressString(this) + ": " + (value == null ? "empty" : value.type().name + " object at " + Ops.addressString(value)) + ">";
    }
}
