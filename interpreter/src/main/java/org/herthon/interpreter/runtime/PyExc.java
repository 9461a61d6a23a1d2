package org.herthon.interpreter.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** The builtin exception types. */
public final class PyExc {
    private PyExc() {}
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BaseException = PyType.BASE_EXCEPTION;
    static {
        BaseException.isException = true;
        BaseException.factory = PyBaseException::new;
        BaseException.solid = BaseException;
        ALL.put("BaseException", BaseException);
    }
    public static final PyType GeneratorExit = t("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = t("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = t("SystemExit", BaseException);
    public static final PyType Exception = t("Exception", BaseException);
    public static final PyType ArithmeticError = t("ArithmeticError", Exception);
    public static final PyType FloatingPointError = t("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = t("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = t("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = t("AssertionError", Exception);
    public static final PyType AttributeError = t("AttributeError", Exception);
    public static final PyType BufferError = t("BufferError", Exception);
    public static final PyType EOFError = t("EOFError", Exception);
    public static final PyType ImportError = t("ImportError", Exception);
    public static final PyType ModuleNotFoundError = t("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = t("LookupError", Exception);
    public static final PyType IndexError = t("IndexError", LookupError);
    public static final PyType KeyError = t("KeyError", LookupError);
    public static final PyType MemoryError = t("MemoryError", Exception);
    public static final PyType NameError = t("NameError", Exception);
    public static final PyType UnboundLocalError = t("UnboundLocalError", NameError);
    public static final PyType OSError = t("OSError", Exception);
    public static final PyType BlockingIOError = t("BlockingIOError", OSError);
    public static final PyType ChildProcessError = t("ChildProcessError", OSError);
    public static final PyType ConnectionError = t("ConnectionError", OSError);
    public static final PyType BrokenPipeError = t("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = t("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = t("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = t("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = t("FileExistsError", OSError);
    public static final PyType FileNotFoundError = t("FileNotFoundError", OSError);
    public static final PyType InterruptedError = t("InterruptedError", OSError);
    public static final PyType IsADirectoryError = t("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = t("NotADirectoryError", OSError);
    public static final PyType PermissionError = t("PermissionError", OSError);
    public static final PyType ProcessLookupError = t("ProcessLookupError", OSError);
    public static final PyType TimeoutError = t("TimeoutError", OSError);
    public static final PyType ReferenceError = t("ReferenceError", Exception);
    public static final PyType RuntimeError = t("RuntimeError", Exception);
    public static final PyType NotImplementedError = t("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = t("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = t("StopAsyncIteration", Exception);
    public static final PyType StopIteration = t("StopIteration", Exception);
    public static final PyType SyntaxError = t("SyntaxError", Exception);
    public static final PyType IndentationError = t("IndentationError", SyntaxError);
    public static final PyType TabError = t("TabError", IndentationError);
    public static final PyType SystemError = t("SystemError", Exception);
    public static final PyType TypeError = t("TypeError", Exception);
    public static final PyType ValueError = t("ValueError", Exception);
    public static final PyType UnicodeError = t("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = t("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = t("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = t("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = t("Warning", Exception);
    public static final PyType BytesWarning = t("BytesWarning", Warning);
    public static final PyType DeprecationWarning = t("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = t("EncodingWarning", Warning);
    public static final PyType FutureWarning = t("FutureWarning", Warning);
    public static final PyType ImportWarning = t("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = t("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = t("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = t("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = t("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = t("UnicodeWarning", Warning);
    public static final PyType UserWarning = t("UserWarning", Warning);

    /** Exception groups (PEP 654): the types, their fields and str(); methods and except* in {@link ExceptionGroups}. */
    public static final PyType BaseExceptionGroup = t("BaseExceptionGroup", BaseException);
    public static final PyType ExceptionGroup;
    static {
        ExceptionGroup = new PyType("ExceptionGroup", true, new PyType[]{BaseExceptionGroup, Exception});
        ExceptionGroup.isException = true;
        ALL.put("ExceptionGroup", ExceptionGroup);
        ExceptionGroups.init(BaseExceptionGroup);
    }

    private static PyType t(String name, PyType base) {
        PyType t = new PyType(name, true, new PyType[]{base});
        t.isException = true;
        ALL.put(name, t);
        return t;
    }
}
