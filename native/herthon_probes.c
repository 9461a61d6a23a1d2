/*
 * One exported function per marker of herthon.d, so a JVM (through the JNI functions below)
 * can fire the USDT markers, and one function that hands out each marker's semaphore address, so the JVM can
 * read the semaphore directly (no native call per enabled check).
 *
 * The HERTHON_* macros and the semaphores come from herthon.d (dtrace -h / dtrace -G): this
 * file adds no marker of its own. The callers check the semaphore first; the functions fire
 * unconditionally so that one call is one marker hit.
 */
#include <stddef.h>
#include <string.h>
#include "herthon_provider.h"

#define HERTHON_EXPORT __attribute__((visibility("default"), noinline))

HERTHON_EXPORT void herthon_function_entry(const char *filename, const char *funcname, int lineno,
                                           long frameid, const char *module)
{
    HERTHON_FUNCTION_ENTRY(filename, funcname, lineno, frameid, module);
}

HERTHON_EXPORT void herthon_function_return(const char *filename, const char *funcname, int lineno,
                                            long frameid, const char *module)
{
    HERTHON_FUNCTION_RETURN(filename, funcname, lineno, frameid, module);
}

HERTHON_EXPORT void herthon_line(const char *filename, const char *funcname, int lineno)
{
    HERTHON_LINE(filename, funcname, lineno);
}

HERTHON_EXPORT void herthon_gc_start(int generation)
{
    HERTHON_GC_START(generation);
}

HERTHON_EXPORT void herthon_gc_done(long collected)
{
    HERTHON_GC_DONE(collected);
}

HERTHON_EXPORT void herthon_import_find_load_start(const char *modulename)
{
    HERTHON_IMPORT_FIND_LOAD_START(modulename);
}

HERTHON_EXPORT void herthon_import_find_load_done(const char *modulename, int found)
{
    HERTHON_IMPORT_FIND_LOAD_DONE(modulename, found);
}

HERTHON_EXPORT void herthon_audit(const char *event, const char *args)
{
    HERTHON_AUDIT(event, args);
}

#if defined(_SDT_HAS_SEMAPHORES)
/* SystemTap-style SDT (Linux): the kernel, bpftrace or stap increment these when they attach. */
#define SEMAPHORE(marker) &herthon_##marker##_semaphore
#else
/* DTrace proper (macOS): there is no semaphore variable; is-enabled probes are native code. */
#define SEMAPHORE(marker) NULL
#endif

/*
 * The address of the semaphore of the marker named as in herthon.d (e.g. "function__entry"),
 * or NULL when the platform has no semaphores or the name is unknown.
 */
HERTHON_EXPORT const volatile unsigned short *herthon_semaphore(const char *marker)
{
    static const struct { const char *name; const volatile unsigned short *semaphore; } table[] = {
        { "function__entry", SEMAPHORE(function__entry) },
        { "function__return", SEMAPHORE(function__return) },
        { "line", SEMAPHORE(line) },
        { "gc__start", SEMAPHORE(gc__start) },
        { "gc__done", SEMAPHORE(gc__done) },
        { "import__find__load__start", SEMAPHORE(import__find__load__start) },
        { "import__find__load__done", SEMAPHORE(import__find__load__done) },
        { "audit", SEMAPHORE(audit) },
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(table[i].name, marker) == 0) {
            return table[i].semaphore;
        }
    }
    return NULL;
}

/*
 * 1 if a tracer listens to the marker. Needed where semaphores do not exist (macOS DTrace);
 * on Linux the JVM reads the semaphore directly instead.
 */
HERTHON_EXPORT int herthon_is_enabled(const char *marker)
{
#define ENABLED_IF(name, macro) if (strcmp(marker, name) == 0) return macro() ? 1 : 0
    ENABLED_IF("function__entry", HERTHON_FUNCTION_ENTRY_ENABLED);
    ENABLED_IF("function__return", HERTHON_FUNCTION_RETURN_ENABLED);
    ENABLED_IF("line", HERTHON_LINE_ENABLED);
    ENABLED_IF("gc__start", HERTHON_GC_START_ENABLED);
    ENABLED_IF("gc__done", HERTHON_GC_DONE_ENABLED);
    ENABLED_IF("import__find__load__start", HERTHON_IMPORT_FIND_LOAD_START_ENABLED);
    ENABLED_IF("import__find__load__done", HERTHON_IMPORT_FIND_LOAD_DONE_ENABLED);
    ENABLED_IF("audit", HERTHON_AUDIT_ENABLED);
#undef ENABLED_IF
    return 0;
}

/*
 * The JVM's way in: JNI, not JNA. A JNI call costs a few nanoseconds, JNA's generic dispatch
 * 150-300 ns (more than the 1.3x budget against CPython's own marker with bpftrace attached),
 * and loading JNA adds over 100 ms to every JVM start (docs/performance.md). Each function
 * calls the exported marker function above (noinline), so each marker keeps one SDT note.
 * Strings arrive as native addresses (0 = NULL) made once per probe site, or, for the markers
 * whose strings change per firing, as NUL-terminated UTF-8 byte arrays (null = NULL).
 */
#include <stdint.h>
#include <jni.h>

#define JNI_TEXT(address) ((const char *)(intptr_t)(address))

HERTHON_EXPORT void JNICALL Java_org_herthon_bridge_usdt_HerthonJni_functionEntry(JNIEnv *env, jclass cls,
        jlong filename, jlong funcname, jint lineno, jlong frameid, jlong module)
{
    (void)env; (void)cls;
    herthon_function_entry(JNI_TEXT(filename), JNI_TEXT(funcname), lineno, (long)frameid, JNI_TEXT(module));
}

HERTHON_EXPORT void JNICALL Java_org_herthon_bridge_usdt_HerthonJni_functionReturn(JNIEnv *env, jclass cls,
        jlong filename, jlong funcname, jint lineno, jlong frameid, jlong module)
{
    (void)env; (void)cls;
    herthon_function_return(JNI_TEXT(filename), JNI_TEXT(funcname), lineno, (long)frameid, JNI_TEXT(module));
}

HERTHON_EXPORT void JNICALL Java_org_herthon_bridge_usdt_HerthonJni_line(JNIEnv *env, jclass cls,
        jlong filename, jlong funcname, jint lineno)
{
    (void)env; (void)cls;
    herthon_line(JNI_TEXT(filename), JNI_TEXT(funcname), lineno);
}

HERTHON_EXPORT void JNICALL Java_org_herthon_bridge_usdt_HerthonJni_gcStart(JNIEnv *env, jclass cls, jint generation)
{
    (void)env; (void)cls;
    herthon_gc_start(generation);
}

HERTHON_EXPORT void JNICALL Java_org_herthon_bridge_usdt_HerthonJni_gcDone(JNIEnv *env, jclass cls, jlong collected)
{
    (void)env; (void)cls;
    herthon_gc_done((long)collected);
}

/* The bytes of a Java byte[] (NUL-terminated by the caller), or NULL for a null array. */
static char *pin(JNIEnv *env, jbyteArray text)
{
    return text == NULL ? NULL : (char *)(*env)->GetByteArrayElements(env, text, NULL);
}

static void unpin(JNIEnv *env, jbyteArray text, char *bytes)
{
    if (bytes != NULL) {
        (*env)->ReleaseByteArrayElements(env, text, (jbyte *)bytes, JNI_ABORT);
    }
}

HERTHON_EXPORT void JNICALL Java_org_herthon_bridge_usdt_HerthonJni_importFindLoadStart(JNIEnv *env, jclass cls,
        jbyteArray modulename)
{
    (void)cls;
    char *name = pin(env, modulename);
    herthon_import_find_load_start(name);
    unpin(env, modulename, name);
}

HERTHON_EXPORT void JNICALL Java_org_herthon_bridge_usdt_HerthonJni_importFindLoadDone(JNIEnv *env, jclass cls,
        jbyteArray modulename, jint found)
{
    (void)cls;
    char *name = pin(env, modulename);
    herthon_import_find_load_done(name, found);
    unpin(env, modulename, name);
}

HERTHON_EXPORT void JNICALL Java_org_herthon_bridge_usdt_HerthonJni_audit(JNIEnv *env, jclass cls,
        jbyteArray event, jbyteArray args)
{
    (void)cls;
    char *event_text = pin(env, event);
    char *args_text = pin(env, args);
    herthon_audit(event_text, args_text);
    unpin(env, args, args_text);
    unpin(env, event, event_text);
}

/* A 2-byte direct buffer over the marker's semaphore, or null where there is none. */
HERTHON_EXPORT jobject JNICALL Java_org_herthon_bridge_usdt_HerthonJni_semaphore(JNIEnv *env, jclass cls, jstring marker)
{
    (void)cls;
    const char *name = (*env)->GetStringUTFChars(env, marker, NULL);
    const volatile unsigned short *semaphore = herthon_semaphore(name);
    (*env)->ReleaseStringUTFChars(env, marker, name);
    return semaphore == NULL ? NULL : (*env)->NewDirectByteBuffer(env, (void *)semaphore, sizeof *semaphore);
}

HERTHON_EXPORT jint JNICALL Java_org_herthon_bridge_usdt_HerthonJni_isEnabled(JNIEnv *env, jclass cls, jstring marker)
{
    (void)cls;
    const char *name = (*env)->GetStringUTFChars(env, marker, NULL);
    int enabled = herthon_is_enabled(name);
    (*env)->ReleaseStringUTFChars(env, marker, name);
    return enabled;
}

/* The address of a direct buffer's memory: how a probe site's names reach the hot markers. */
HERTHON_EXPORT jlong JNICALL Java_org_herthon_bridge_usdt_HerthonJni_address(JNIEnv *env, jclass cls, jobject buffer)
{
    (void)cls;
    return (jlong)(intptr_t)(*env)->GetDirectBufferAddress(env, buffer);
}
