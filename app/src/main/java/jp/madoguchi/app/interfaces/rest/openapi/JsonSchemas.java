package jp.madoguchi.app.interfaces.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * JSON Schemas (the OpenAPI 3.0 subset) of Java types: a record becomes a named component with one
 * property per record component (described by its {@link Schema} annotation: description, example,
 * format, required), collections arrays, maps objects. Only keywords that say something are
 * written: no zero bounds, no {@code false} flags.
 */
final class JsonSchemas {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, ObjectNode> components = new TreeMap<>();
  private final Map<Class<?>, String> names = new HashMap<>();

  /** The components written so far, by name. */
  ObjectNode components() {
    ObjectNode schemas = NODES.objectNode();
    components.forEach(schemas::set);
    return schemas;
  }

  /**
   * A request body read by {@link JsonBodies#read}: the record's schema, closed (the reader refuses
   * any other top-level key).
   */
  ObjectNode body(Class<? extends Record> shape) {
    String name = nameOf(shape);
    if (!shape.isAnnotationPresent(Schema.class) && !name.endsWith("Body")) {
      name += "Body";
    }
    if (!components.containsKey(name)) {
      ObjectNode schema = record(shape);
      schema.put("additionalProperties", false);
      components.put(name, schema);
    }
    return ref(name);
  }

  /** The schema of a Java type, records by reference to their component. */
  ObjectNode of(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return array(of(bound(arguments[0])));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return map(bound(arguments[1]));
      }
      return of(raw);
    }
    if (type instanceof GenericArrayType array) {
      return array(of(array.getGenericComponentType()));
    }
    if (!(type instanceof Class<?> cls)) {
      return NODES.objectNode();
    }
    if (cls.isArray()) {
      return cls.getComponentType() == byte.class
          ? typed("string").put("format", "byte")
          : array(of(cls.getComponentType()));
    }
    ObjectNode simple = simple(cls);
    if (simple != null) {
      return simple;
    }
    if (cls.isRecord()) {
      String name = nameOf(cls);
      if (!components.containsKey(name)) {
        components.put(name, NODES.objectNode());
        components.put(name, record(cls));
      }
      return ref(name);
    }
    if (JsonNode.class.isAssignableFrom(cls) || cls == Object.class) {
      return NODES.objectNode();
    }
    if (Collection.class.isAssignableFrom(cls)) {
      return array(NODES.objectNode());
    }
    return typed("object");
  }

  private static ObjectNode simple(Class<?> cls) {
    if (cls == String.class || cls == char.class || cls == Character.class) {
      return typed("string");
    }
    if (cls == UUID.class) {
      return typed("string").put("format", "uuid");
    }
    if (cls == Instant.class || cls == OffsetDateTime.class) {
      return typed("string").put("format", "date-time");
    }
    if (cls == LocalDate.class) {
      return typed("string").put("format", "date");
    }
    if (cls == int.class || cls == Integer.class || cls == short.class || cls == Short.class) {
      return typed("integer").put("format", "int32");
    }
    if (cls == long.class || cls == Long.class || cls == BigInteger.class) {
      return typed("integer").put("format", "int64");
    }
    if (cls == double.class
        || cls == Double.class
        || cls == float.class
        || cls == Float.class
        || cls == BigDecimal.class) {
      return typed("number");
    }
    if (cls == boolean.class || cls == Boolean.class) {
      return typed("boolean");
    }
    if (cls.isEnum()) {
      ObjectNode schema = typed("string");
      for (Object constant : cls.getEnumConstants()) {
        schema.withArray("enum").add(((Enum<?>) constant).name());
      }
      return schema;
    }
    if (com.fasterxml.jackson.databind.node.ObjectNode.class.isAssignableFrom(cls)
        || Map.class.isAssignableFrom(cls)) {
      return typed("object");
    }
    return null;
  }

  private ObjectNode record(Class<?> type) {
    ObjectNode schema = typed("object");
    Schema about = type.getAnnotation(Schema.class);
    if (about != null && !about.description().isEmpty()) {
      schema.put("description", about.description());
    }
    ObjectNode properties = NODES.objectNode();
    for (RecordComponent component : type.getRecordComponents()) {
      ObjectNode property = of(component.getGenericType());
      Schema annotation = annotation(component);
      if (annotation != null) {
        describe(property, annotation);
        if (annotation.required()) {
          schema.withArray("required").add(component.getName());
        }
      }
      properties.set(component.getName(), property);
    }
    schema.set("properties", properties);
    return schema;
  }

  /** Description, example and format of a property; a reference keeps only its description. */
  private static void describe(ObjectNode property, Schema annotation) {
    if (property.has("$ref")) {
      if (!annotation.description().isEmpty()) {
        ObjectNode ref = property.deepCopy();
        property.removeAll();
        property.withArray("allOf").add(ref);
        property.put("description", annotation.description());
      }
      return;
    }
    if (!annotation.description().isEmpty()) {
      property.put("description", annotation.description());
    }
    if (!annotation.format().isEmpty()) {
      property.put("format", annotation.format());
    }
    if (!annotation.example().isEmpty()) {
      property.put("example", annotation.example());
    }
  }

  /** The record component's annotation, wherever the compiler put it (accessor or field). */
  private static Schema annotation(RecordComponent component) {
    for (AnnotatedElement element :
        new AnnotatedElement[] {component, component.getAccessor(), field(component)}) {
      Schema schema = element == null ? null : element.getAnnotation(Schema.class);
      if (schema != null) {
        return schema;
      }
    }
    return null;
  }

  private static AnnotatedElement field(RecordComponent component) {
    try {
      return component.getDeclaringRecord().getDeclaredField(component.getName());
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  /** The component name: the {@link Schema#name()} of the class, else its simple name. */
  private String nameOf(Class<?> type) {
    return names.computeIfAbsent(
        type,
        t -> {
          Schema about = t.getAnnotation(Schema.class);
          String name = about != null && !about.name().isEmpty() ? about.name() : t.getSimpleName();
          Class<?> outer = t.getEnclosingClass();
          while (names.containsValue(name) && outer != null) {
            name = outer.getSimpleName() + name;
            outer = outer.getEnclosingClass();
          }
          return name;
        });
  }

  private ObjectNode map(Type values) {
    ObjectNode schema = typed("object");
    ObjectNode valueSchema = of(values);
    if (!valueSchema.isEmpty()) {
      schema.set("additionalProperties", valueSchema);
    }
    return schema;
  }

  private static Type bound(Type type) {
    return type instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : type;
  }

  private static ObjectNode array(ObjectNode items) {
    ObjectNode schema = typed("array");
    schema.set("items", items);
    return schema;
  }

  private static ObjectNode typed(String type) {
    return NODES.objectNode().put("type", type);
  }

  static ObjectNode ref(String name) {
    return NODES.objectNode().put("$ref", "#/components/schemas/" + name);
  }
}
