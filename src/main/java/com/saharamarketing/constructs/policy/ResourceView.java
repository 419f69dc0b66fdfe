package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource's attributes as they will be synthesized (snake_case, overrides applied), for
 * policy rules to read.
 */
public final class ResourceView {
  private final String type;
  private final Map<?, ?> attributes;

  private ResourceView(String type, Map<?, ?> attributes) {
    this.type = type;
    this.attributes = attributes;
  }

  /** The view of a resource, from {@link TerraformResource#toTerraform()}. */
  static ResourceView of(TerraformResource resource) {
    String type = resource.getTerraformResourceType();
    Object json = resource.toTerraform();
    Map<?, ?> attrs = Map.of();
    if (json instanceof Map<?, ?> root && root.get("resource") instanceof Map<?, ?> byType
        && byType.get(type) instanceof Map<?, ?> byName && byName.size() == 1
        && byName.values().iterator().next() instanceof Map<?, ?> body) {
      attrs = body;
    }
    return new ResourceView(type, attrs);
  }

  /** The Terraform resource type, such as {@code google_storage_bucket}. */
  public String type() {
    return type;
  }

  /** A top-level attribute, or empty when it is not set. */
  public Optional<Object> get(String attribute) {
    return Optional.ofNullable(attributes.get(attribute));
  }

  /** Whether the attribute is set at all, to any value. */
  public boolean has(String attribute) {
    return attributes.get(attribute) != null;
  }

  /** Whether the attribute is the literal boolean (or "true"/"false" text) given. */
  public boolean isLiteral(String attribute, boolean expected) {
    Object value = attributes.get(attribute);
    return value instanceof Boolean b ? b == expected : String.valueOf(expected).equals(value);
  }

  /** A nested block: Terraform JSON writes a block as an object or a list of one object. */
  public Optional<Map<?, ?>> block(String attribute) {
    Object value = attributes.get(attribute);
    if (value instanceof List<?> list && !list.isEmpty()) {
      value = list.get(0);
    }
    return value instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
  }

  /** Every string anywhere in the resource's attributes (cdktf's "//" metadata excluded). */
  public List<String> allStrings() {
    List<String> out = new ArrayList<>();
    attributes.forEach((key, value) -> {
      if (!"//".equals(key)) {
        collect(value, out);
      }
    });
    return out;
  }

  private static void collect(Object value, List<String> out) {
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, out));
    } else if (value instanceof Iterable<?> items) {
      items.forEach(v -> collect(v, out));
    }
  }
}
