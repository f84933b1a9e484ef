package jp.madoguchi.app.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test class that checks what all the others left behind: run after them (see LastOrderer). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface RunsLast {}
