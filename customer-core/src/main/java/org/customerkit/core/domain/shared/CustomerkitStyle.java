package org.customerkit.core.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: the generated class stays package-private behind the abstract
 * value type ({@code Customer}, {@code Address}, ...), which exposes {@code builder()} and its nested
 * {@code Builder}; collections are JDK ones; no Guava; no generated-code annotations in the class files.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    defaults = @Value.Immutable(copy = true),
    // no @Generated on the generated classes: value-annotations is compile-only, and javac in every module
    // that reads the class files would warn about the annotation it cannot find
    allowedClasspathAnnotations = {Override.class})
public @interface CustomerkitStyle {}
