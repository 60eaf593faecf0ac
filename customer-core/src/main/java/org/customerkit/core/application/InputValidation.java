package org.customerkit.core.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The input layer of validation: Jakarta constraints on the commands, checked once at the incoming port and
 * turned into {@link Refusal}s that name the field. Accessors without {@code get} (records, Immutables) are
 * properties here too. Messages come from the library's own bundles, so no expression language is needed.
 */
public final class InputValidation {

  private final Validator validator;

  private InputValidation(Validator validator) {
    this.validator = validator;
  }

  public static InputValidation standard() {
    Validator validator = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new PlainAccessors())
        .buildValidatorFactory().getValidator();
    return new InputValidation(validator);
  }

  public static InputValidation using(Validator validator) {
    return new InputValidation(validator);
  }

  /** The refusals of a command, one per field and reason; empty when it is fine. */
  List<Refusal> check(Object command) {
    Set<ConstraintViolation<Object>> violations = validator.validate(command);
    Set<Refusal> refusals = new LinkedHashSet<>();
    for (ConstraintViolation<Object> violation : violations) {
      refusals.add(refusal(violation));
    }
    return new ArrayList<>(refusals);
  }

  private Refusal refusal(ConstraintViolation<?> violation) {
    String path = path(violation.getPropertyPath());
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return switch (constraint) {
      case "Size" -> Refusal.of(path, Reason.TOO_LONG, attributes.get("max"));
      case "NotNull", "NotBlank", "NotEmpty" -> Refusal.of(path, Reason.REQUIRED);
      case "Min", "Max" -> Refusal.of(path, Reason.OUT_OF_RANGE, bound(violation, "Min", Long.MIN_VALUE),
          bound(violation, "Max", Long.MAX_VALUE));
      case "Positive" -> Refusal.of(path, Reason.OUT_OF_RANGE, 1, bound(violation, "Max", Long.MAX_VALUE));
      case "PositiveOrZero" -> Refusal.of(path, Reason.OUT_OF_RANGE, 0, bound(violation, "Max", Long.MAX_VALUE));
      default -> Refusal.of(path, Reason.INVALID_FORMAT);
    };
  }

  /**
   * The value of the {@code @Min} or {@code @Max} ({@code constraint}) on the violated value itself or beside the
   * violated constraint, so that a refusal names both ends of the range; {@code otherwise} when there is none.
   */
  private long bound(ConstraintViolation<?> violation, String constraint, long otherwise) {
    ConstraintDescriptor<?> violated = violation.getConstraintDescriptor();
    if (named(violated, constraint)) {
      return value(violated);
    }
    Object bean = violation.getLeafBean();
    String property = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY) {
        property = node.getName();
      }
    }
    if (bean == null || property == null) {
      return otherwise;
    }
    PropertyDescriptor descriptor = validator.getConstraintsForClass(bean.getClass())
        .getConstraintsForProperty(property);
    if (descriptor == null) {
      return otherwise;
    }
    return beside(descriptor.getConstraintDescriptors(), descriptor.getConstrainedContainerElementTypes(), violated,
        constraint).orElse(otherwise);
  }

  private static Optional<Long> beside(Set<ConstraintDescriptor<?>> constraints,
      Set<ContainerElementTypeDescriptor> elements, ConstraintDescriptor<?> violated, String constraint) {
    if (constraints.contains(violated)) {
      return constraints.stream().filter(c -> named(c, constraint)).findFirst().map(InputValidation::value);
    }
    for (ContainerElementTypeDescriptor element : elements) {
      Optional<Long> found = beside(element.getConstraintDescriptors(), element.getConstrainedContainerElementTypes(),
          violated, constraint);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static boolean named(ConstraintDescriptor<?> descriptor, String constraint) {
    return descriptor.getAnnotation().annotationType().getSimpleName().equals(constraint);
  }

  private static long value(ConstraintDescriptor<?> descriptor) {
    return ((Number) descriptor.getAttributes().get("value")).longValue();
  }

  /** {@code form.extraAddresses[0].street} becomes {@code extraAddresses[0].street}: the command's own name goes. */
  private static String path(Path propertyPath) {
    List<String> parts = new ArrayList<>();
    for (Path.Node node : propertyPath) {
      if (node.isInIterable() && node.getIndex() != null && !parts.isEmpty()) {
        int last = parts.size() - 1;
        parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
      } else if (node.isInIterable() && node.getKey() != null && !parts.isEmpty()) {
        parts.set(parts.size() - 1, "fields");
        parts.add(String.valueOf(node.getKey()));
        continue;
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        parts.add(name);
      }
    }
    if (parts.size() > 1 && (parts.get(0).equals("form") || parts.get(0).equals("shape"))) {
      parts.remove(0);
    }
    return parts.isEmpty() ? "input" : String.join(".", parts);
  }

  /** Every public non-static method without parameters that returns something is a property. */
  private static final class PlainAccessors implements GetterPropertySelectionStrategy {
    private static final Set<String> SKIPPED = Set.of("hashCode", "toString", "getClass", "toBuilder",
        "effectiveFilter", "rows", "fullName", "firstLine", "cityLine", "isEmpty");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length > 0 || executable.getReturnType() == void.class
          || SKIPPED.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }
}
