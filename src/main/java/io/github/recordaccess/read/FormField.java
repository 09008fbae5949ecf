package io.github.recordaccess.read;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter that a page's form fills in: a browser sends it empty when the box is left empty, so
 * the API's {@code RequestContract} lets it be empty and the resource answers with the form's own error message.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface FormField {}
