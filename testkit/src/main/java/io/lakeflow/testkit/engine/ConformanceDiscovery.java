package io.lakeflow.testkit.engine;

import io.lakeflow.testkit.LakeflowConformance;
import io.lakeflow.testkit.checks.ConformanceCheck;
import io.lakeflow.testkit.checks.ConformanceSuite;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * Finds {@link LakeflowConformance} classes from class selectors (Surefire), package and
 * classpath-root selectors (IDEs), and unique-id selectors (re-running one check or one table).
 */
final class ConformanceDiscovery {

    private static final Predicate<Class<?>> IS_CONFORMANCE_CLASS = c -> c.isAnnotationPresent(LakeflowConformance.class)
            && !Modifier.isAbstract(c.getModifiers()) && !c.isInterface() && !c.isAnnotation();

    private final EngineDescriptor engine;
    private final Map<Class<?>, ConformanceClassDescriptor> classes = new LinkedHashMap<>();

    ConformanceDiscovery(EngineDescriptor engine) {
        this.engine = engine;
    }

    EngineDescriptor discover(EngineDiscoveryRequest request) {
        Predicate<String> names = nameFilter(request);
        for (ClassSelector selector : request.getSelectorsByType(ClassSelector.class)) {
            load(selector).filter(IS_CONFORMANCE_CLASS).filter(c -> names.test(c.getName())).ifPresent(this::addWhole);
        }
        for (PackageSelector selector : request.getSelectorsByType(PackageSelector.class)) {
            ReflectionSupport.findAllClassesInPackage(selector.getPackageName(), IS_CONFORMANCE_CLASS, names)
                    .forEach(this::addWhole);
        }
        for (ClasspathRootSelector selector : request.getSelectorsByType(ClasspathRootSelector.class)) {
            ReflectionSupport.findAllClassesInClasspathRoot(selector.getClasspathRoot(), IS_CONFORMANCE_CLASS, names)
                    .forEach(this::addWhole);
        }
        for (UniqueIdSelector selector : request.getSelectorsByType(UniqueIdSelector.class)) {
            addSelected(selector.getUniqueId());
        }
        return engine;
    }

    private static Optional<Class<?>> load(ClassSelector selector) {
        try {
            return Optional.of(selector.getJavaClass());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static Predicate<String> nameFilter(EngineDiscoveryRequest request) {
        List<Filter<String>> filters = new ArrayList<>();
        filters.addAll(request.getFiltersByType(ClassNameFilter.class));
        filters.addAll(request.getFiltersByType(PackageNameFilter.class));
        return Filter.composeFilters(filters).toPredicate();
    }

    private void addWhole(Class<?> testClass) {
        ConformanceClassDescriptor descriptor = classDescriptor(testClass);
        for (ConformanceCheck check : ConformanceSuite.standardChecks()) {
            Optional<CheckDescriptor> existing = checkDescriptor(descriptor, check.id());
            if (existing.isPresent()) {
                existing.get().select(null);
            } else {
                descriptor.addChild(new CheckDescriptor(descriptor.getUniqueId(), check, null));
            }
        }
        order(descriptor);
    }

    /** Adds what a unique id names: a whole class, one check of it, or one subject of one check. */
    private void addSelected(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        if (segments.isEmpty() || !id.getEngineId().map(engine.getUniqueId().getEngineId().orElse("")::equals).orElse(false)) {
            return;
        }
        if (segments.size() < 2 || !segments.get(1).getType().equals(ConformanceClassDescriptor.SEGMENT)) {
            return; // the engine alone names nothing without other selectors
        }
        Optional<Class<?>> testClass = ReflectionSupport.tryToLoadClass(segments.get(1).getValue()).toOptional()
                .filter(IS_CONFORMANCE_CLASS);
        if (testClass.isEmpty()) {
            return;
        }
        if (segments.size() == 2) {
            addWhole(testClass.get());
            return;
        }
        if (!segments.get(2).getType().equals(CheckDescriptor.SEGMENT)) {
            return;
        }
        String checkId = segments.get(2).getValue();
        Optional<ConformanceCheck> check = ConformanceSuite.standardChecks().stream().filter(c -> c.id().equals(checkId)).findFirst();
        if (check.isEmpty()) {
            return;
        }
        String subject = null;
        if (segments.size() >= 4) {
            UniqueId.Segment s = segments.get(3);
            subject = s.getType().equals(SubjectDescriptor.CONNECTOR_SEGMENT) ? SubjectDescriptor.CONNECTOR : s.getValue();
        }
        ConformanceClassDescriptor descriptor = classDescriptor(testClass.get());
        Optional<CheckDescriptor> existing = checkDescriptor(descriptor, checkId);
        if (existing.isPresent()) {
            existing.get().select(subject);
        } else {
            descriptor.addChild(new CheckDescriptor(descriptor.getUniqueId(), check.get(),
                    subject == null ? null : Set.of(subject)));
        }
        order(descriptor);
    }

    private ConformanceClassDescriptor classDescriptor(Class<?> testClass) {
        return classes.computeIfAbsent(testClass, c -> {
            ConformanceClassDescriptor d = new ConformanceClassDescriptor(engine.getUniqueId(), c);
            engine.addChild(d);
            return d;
        });
    }

    private static Optional<CheckDescriptor> checkDescriptor(ConformanceClassDescriptor parent, String checkId) {
        return parent.getChildren().stream().map(CheckDescriptor.class::cast)
                .filter(c -> c.check().id().equals(checkId)).findFirst();
    }

    /** Keeps checks in the suite's order however they were selected. */
    private static void order(TestDescriptor descriptor) {
        List<String> order = ConformanceSuite.standardChecks().stream().map(ConformanceCheck::id).toList();
        descriptor.orderChildren(children -> {
            List<TestDescriptor> sorted = new ArrayList<>(children);
            sorted.sort(Comparator.comparingInt(c -> order.indexOf(((CheckDescriptor) c).check().id())));
            return sorted;
        });
    }
}
