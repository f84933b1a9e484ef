package jp.madoguchi.app.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shape of a resource method's JSON body: the record that the method hands to {@link
 * JsonBodies#read} and from which {@code /openapi} documents the request body ({@code
 * openapi.OpenApiDocument}), so that the allowed keys and the documented properties are the same
 * list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JsonBody {

  /** The record read by {@link JsonBodies#read}. */
  Class<? extends Record> value();

  /** False when the method also accepts an empty body. */
  boolean required() default true;
}
