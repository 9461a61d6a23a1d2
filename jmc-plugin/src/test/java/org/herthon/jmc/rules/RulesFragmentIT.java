package org.herthon.jmc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.concurrent.RunnableFuture;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.herthon.jmc.support.HerthonRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;
import org.openjdk.jmc.flightrecorder.rules.IRule;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The packaged jar, loaded the way JMC loads a plugin from {@code dropins/}: an OSGi framework
 * (Eclipse Equinox, JMC's own) with JMC's core bundles installed resolves the jar as a fragment of
 * {@code org.openjdk.jmc.flightrecorder.rules}, and JMC's {@code RuleRegistry}, called inside the
 * framework, returns the Herthon rules, which then evaluate a Herthon recording there.
 */
class RulesFragmentIT {
    private static final String HOST = "org.openjdk.jmc.flightrecorder.rules";

    @TempDir
    Path storage;

    @Test
    void theManifestIsAFragmentManifestAndTheServiceFileListsEveryRule() throws Exception {
        try (JarFile jar = new JarFile(pluginJar().toFile())) {
            Manifest manifest = jar.getManifest();
            var main = manifest.getMainAttributes();
            assertEquals("2", main.getValue(Constants.BUNDLE_MANIFESTVERSION));
            assertEquals("org.herthon.jmc.rules", main.getValue(Constants.BUNDLE_SYMBOLICNAME));
            Version.parseVersion(main.getValue(Constants.BUNDLE_VERSION));
            String host = main.getValue(Constants.FRAGMENT_HOST);
            assertTrue(host.startsWith(HOST + ";"), host);
            String range = host.replaceAll(".*bundle-version=\"([^\"]+)\".*", "$1");
            assertTrue(new VersionRange(range).includes(Version.parseVersion("9.1.0")), range);

            List<String> listed;
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/services/" + IRule.class.getName()))) {
                listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
            }
            // Every concrete IRule in the jar is listed, and only those.
            TreeSet<String> rules = new TreeSet<>();
            for (var entries = jar.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (name.startsWith("org/herthon/") && name.endsWith(".class") && !name.contains("$")) {
                    Class<?> c = Class.forName(name.replace('/', '.').replace(".class", ""), false, getClass().getClassLoader());
                    if (IRule.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                        rules.add(c.getName());
                    }
                }
            }
            assertEquals(List.copyOf(rules), listed);
            assertEquals(5, listed.size(), listed.toString());
        }
    }

    @Test
    void equinoxResolvesTheFragmentOntoJmcsRulesBundleAndRuleRegistryReturnsTheRules() throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        Framework framework = factory.newFramework(config);
        framework.start();
        try {
            BundleContext context = framework.getBundleContext();
            // JMC's core bundles as they come from Maven Central, and what they require.
            List<Bundle> bundles = new ArrayList<>();
            for (Class<?> c : List.of(org.owasp.encoder.Encode.class, net.jpountz.lz4.LZ4Factory.class,
                    org.openjdk.jmc.common.IDisplayable.class, JfrLoaderToolkit.class, IRule.class)) {
                bundles.add(context.installBundle(location(c)));
            }
            Bundle fragment = context.installBundle(pluginJar().toUri().toString());
            bundles.add(fragment);
            assertTrue(framework.adapt(FrameworkWiring.class).resolveBundles(bundles), "every bundle resolves: " + states(bundles));

            Bundle host = bundles.get(4);
            assertEquals(HOST, host.getSymbolicName());
            List<BundleWire> hosts = fragment.adapt(BundleWiring.class).getRequiredWires(HostNamespace.HOST_NAMESPACE);
            assertEquals(1, hosts.size());
            assertSame(host, hosts.get(0).getProvider().getBundle(), "attached to JMC's rules bundle");
            host.start();

            // JMC's RuleRegistry, in the framework, finds the rules through ServiceLoader.
            Class<?> registry = host.loadClass("org.openjdk.jmc.flightrecorder.rules.RuleRegistry");
            assertTrue(registry != org.openjdk.jmc.flightrecorder.rules.RuleRegistry.class, "the framework's own copy");
            Collection<?> rules = (Collection<?>) registry.getMethod("getRules").invoke(null);
            Map<String, Object> herthon = new HashMap<>();
            for (Object rule : rules) {
                if ("herthon".equals(rule.getClass().getMethod("getTopic").invoke(rule))) {
                    herthon.put((String) rule.getClass().getMethod("getId").invoke(rule), rule);
                    assertSame(host.adapt(BundleWiring.class).getClassLoader(), rule.getClass().getClassLoader(),
                            "loaded by the host's class loader, as a fragment's classes are");
                }
            }
            assertEquals(new TreeSet<>(List.of(HotFunctionsRule.ID, GcPressureRule.ID, SlowImportsRule.ID,
                    AuditEventsRule.ID, RecordingQualityRule.ID)), new TreeSet<>(herthon.keySet()));

            // And a rule evaluates a Herthon recording there (the jar needs nothing but JMC).
            Bundle flightrecorder = bundles.get(3);
            Class<?> loader = flightrecorder.loadClass(JfrLoaderToolkit.class.getName());
            Object items = loader.getMethod("loadEvents", File.class).invoke(null, HerthonRuns.trace("hot.py").toFile());
            Class<?> preferences = host.loadClass("org.openjdk.jmc.common.util.IPreferenceValueProvider");
            Object defaults = preferences.getField("DEFAULT_VALUES").get(null);
            Object rule = herthon.get(HotFunctionsRule.ID);
            Method evaluation = null;
            for (Method m : rule.getClass().getMethods()) {
                if (m.getName().equals("createEvaluation")) {
                    evaluation = m;
                }
            }
            assertNotNull(evaluation);
            RunnableFuture<?> future = (RunnableFuture<?>) evaluation.invoke(rule, items, defaults, null);
            future.run();
            Object result = future.get();
            Class<?> resultType = host.loadClass("org.openjdk.jmc.flightrecorder.rules.IResult");
            assertEquals("WARNING", String.valueOf(resultType.getMethod("getSeverity").invoke(result)));
            String summary = (String) resultType.getMethod("getSummary").invoke(result);
            assertTrue(summary.startsWith("__main__.churn takes"), summary);
            assertTrue(!(items instanceof IItemCollection), "the recording was read by the framework's JMC");
        } finally {
            framework.stop();
            framework.waitForStop(60_000);
        }
    }

    private static String states(List<Bundle> bundles) {
        StringBuilder s = new StringBuilder();
        for (Bundle b : bundles) {
            s.append(b.getSymbolicName()).append('=').append(b.getState()).append(' ');
        }
        return s.toString();
    }

    private static String location(Class<?> c) throws Exception {
        return c.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
    }

    /** The jar mvn package made (failsafe runs after package). */
    static Path pluginJar() throws Exception {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target").toAbsolutePath(),
                "herthon-jmc-plugin-*.jar")) {
            for (Path jar : jars) {
                if (!jar.getFileName().toString().contains("-tests")) {
                    return jar;
                }
            }
        }
        throw new AssertionError("no herthon-jmc-plugin jar in target/ (the test runs after mvn package)");
    }
}
